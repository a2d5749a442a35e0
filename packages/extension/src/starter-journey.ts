/**
 * The start screen's "Insert a starter journey": the `journey` snippet, inserted into the
 * previewed document's editor so the user can tab through its placeholders.
 */
import * as vscode from 'vscode';
import snippets from '../snippets/cjourney.json';

export async function insertStarterJourney(documentUri: vscode.Uri): Promise<void> {
    const shown = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === documentUri.toString());
    const editor = shown
        ? await vscode.window.showTextDocument(shown.document, shown.viewColumn)
        : await vscode.window.showTextDocument(documentUri, { viewColumn: vscode.ViewColumn.One });
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    const separator = document.getText().trim() === '' ? '' : '\n\n';
    const at = separator ? end : new vscode.Position(0, 0);
    await editor.insertSnippet(
        new vscode.SnippetString(separator + snippets.Journey.body.join('\n')),
        separator ? at : new vscode.Range(at, end)
    );
}
