/**
 * Click-to-source: opens the file an element is written in (the previewed document, or the
 * file of a shared definition) and selects the element's name, in the editor column that
 * already shows the file, else beside the preview.
 */
import * as vscode from 'vscode';
import type { SourceLocation, SourceRange } from '@cjourney/model';

export async function revealSource(
    location: SourceLocation,
    documentUri: vscode.Uri,
    previewColumn: vscode.ViewColumn | undefined
): Promise<void> {
    const uri = location.file ? vscode.Uri.parse(location.file) : documentUri;
    const selection = toRange(location.nameRange ?? location.range);
    const editor = await vscode.window.showTextDocument(uri, {
        viewColumn: sourceColumn(uri, previewColumn),
        selection,
        preserveFocus: false
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** "Show Source": the previewed document, where it is shown or beside the preview. */
export async function showSource(documentUri: vscode.Uri, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    await vscode.window.showTextDocument(documentUri, { viewColumn: sourceColumn(documentUri, previewColumn) });
}

/** The column of an editor already showing the file, else one that is not the preview's. */
function sourceColumn(uri: vscode.Uri, previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
    const shown = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    return shown?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
}

function toRange(range: SourceRange): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
