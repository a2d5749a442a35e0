/**
 * Click-to-source: opens the file an element is written in (the previewed document, or the
 * file of a shared definition) and selects the element's name, in the editor column that
 * already shows the file, else beside the preview.
 */
import * as vscode from 'vscode';
import type { SourceLocation, SourceRange } from '@cjourney/language/model';

export async function revealSource(location: SourceLocation, documentUri: vscode.Uri, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    const uri = location.file ? vscode.Uri.parse(location.file) : documentUri;
    const selection = toRange(location.nameRange ?? location.range);
    const shown = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    const viewColumn = shown?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function toRange(range: SourceRange): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
