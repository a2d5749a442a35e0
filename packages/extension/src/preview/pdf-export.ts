/**
 * PDF export on the desktop extension host: the same code as `cjourney render -o X.pdf`
 * (one page the size of the drawing, Arimo and the Noto fallbacks embedded, text selectable),
 * with the fonts the extension ships in dist/fonts, laid out as in node_modules.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import type { PdfMaker } from './journey-preview.js';

export function pdfMaker(extensionUri: vscode.Uri): PdfMaker {
    const fonts = vscode.Uri.joinPath(extensionUri, 'dist', 'fonts').fsPath;
    return async (svg, meta) => {
        // Loaded on the first PDF export only: pdfkit and fontkit are large.
        const { posterPdf } = await import('@cjourney/cli/out/render/pdf/journey-pdf.js');
        const { bytes } = await posterPdf(svg, { ...meta, fontFile: request => path.join(fonts, request) });
        return new Uint8Array(bytes);
    };
}
