/**
 * The preview's font files (Arimo and the Noto script subsets the build copies into
 * dist/webview/fonts) as data:font/woff2 URLs by file name, for the webview's SVG and PNG
 * exports: the webview may load fonts from the extension but not read their bytes. Read with
 * workspace.fs, so the web extension host answers too; none when they cannot be read.
 */
import * as vscode from 'vscode';
import { PREVIEW_ASSETS } from './preview-html.js';
import { dataUri } from './image-access.js';

export async function previewFontDataUris(extensionUri: vscode.Uri): Promise<Record<string, string>> {
    const folder = vscode.Uri.joinPath(extensionUri, ...PREVIEW_ASSETS, 'fonts');
    try {
        const names = (await vscode.workspace.fs.readDirectory(folder))
            .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.woff2'))
            .map(([name]) => name);
        const fonts: Record<string, string> = {};
        for (const name of names) {
            fonts[name] = dataUri('font/woff2', await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
        }
        return fonts;
    } catch {
        return {};
    }
}
