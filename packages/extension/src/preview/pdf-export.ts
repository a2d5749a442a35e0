/**
 * PDF export on the desktop extension host: the same code as `cjourney render -o X.pdf`
 * (one page the size of the drawing, Arimo and the Noto fallbacks embedded, text selectable),
 * with the fonts the extension ships in dist/fonts, laid out as in node_modules, and for
 * Chinese, Japanese and Korean the preview's subsets of the commonly used characters
 * (dist/webview/fonts). A drawing with rarer characters says where to get a PDF that shows them.
 */
import * as vscode from 'vscode';
import type { PdfMaker } from './journey-preview.js';
import { pdfMakerWithFonts } from './pdf-maker.js';
import { PREVIEW_ASSETS } from './preview-html.js';

export function pdfMaker(extensionUri: vscode.Uri): PdfMaker {
    return pdfMakerWithFonts(
        {
            fonts: vscode.Uri.joinPath(extensionUri, 'dist', 'fonts').fsPath,
            previewFonts: vscode.Uri.joinPath(extensionUri, ...PREVIEW_ASSETS, 'fonts').fsPath
        },
        message => void vscode.window.showWarningMessage(message)
    );
}
