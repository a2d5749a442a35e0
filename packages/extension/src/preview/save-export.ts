/**
 * Saves a map exported by the preview: a save dialog next to the journey file (or the given
 * target, for automation), then the bytes through `workspace.fs`, which also works in VS Code
 * for the Web.
 */
import * as vscode from 'vscode';
import type { ExportMessage, ExportTheme } from '@cjourney/webview/protocol';
import type { PdfMaker } from './journey-preview.js';
import { safeFileName } from './webview-messages.js';

const FILTERS: Readonly<Record<ExportMessage['format'], Record<string, string[]>>> = {
    svg: { 'SVG image': ['svg'] },
    png: { 'PNG image': ['png'] },
    pdf: { 'PDF document': ['pdf'] }
};

export async function saveExport(message: ExportMessage, documentUri: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const uri =
        target ??
        (await vscode.window.showSaveDialog({
            // The name comes from the webview: a bare file name, never a path (see webview-messages.ts).
            defaultUri: defaultLocation(documentUri, safeFileName(message.suggestedName, message.format)),
            filters: FILTERS[message.format],
            saveLabel: 'Export',
            title: `Export the map as ${message.format.toUpperCase()}`
        }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, bytesOf(message.data));
    return uri;
}

function defaultLocation(documentUri: vscode.Uri, name: string): vscode.Uri | undefined {
    if (documentUri.scheme !== 'untitled') {
        return vscode.Uri.joinPath(documentUri, '..', name);
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

function bytesOf(data: ExportMessage['data']): Uint8Array {
    if (typeof data === 'string') return new TextEncoder().encode(data);
    // Typed arrays cross postMessage as typed arrays; be tolerant of an ArrayBuffer too.
    return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBufferLike);
}

/** A PDF export arrives as SVG: the host makes the PDF, as `cjourney render -o X.pdf` does. */
export async function withPdf(message: ExportMessage, pdf: PdfMaker | undefined, theme: ExportTheme): Promise<ExportMessage> {
    if (message.format !== 'pdf') return message;
    if (!pdf) throw new Error('PDF export needs VS Code on the desktop; export SVG or PNG here.');
    const data = await pdf(String(message.data), { title: message.title ?? message.suggestedName, theme });
    return { ...message, data };
}
