/**
 * PDF export on the desktop extension host: the same code as `cjourney render -o X.pdf`
 * (one page the size of the drawing, Arimo and the Noto fallbacks embedded, text selectable),
 * with the fonts the extension ships in dist/fonts, laid out as in node_modules.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import type { PdfMaker } from './journey-preview.js';
import { pdfMakerWithFonts } from './pdf-maker.js';

export function pdfMaker(extensionUri: vscode.Uri): PdfMaker {
    return pdfMakerWithFonts(path.join(vscode.Uri.joinPath(extensionUri, 'dist', 'fonts').fsPath));
}
