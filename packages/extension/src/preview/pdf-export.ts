/**
 * PDF export on the desktop extension host: the same code as `cjourney render -o X.pdf`
 * (one page the size of the drawing, Arimo and the Noto fallbacks embedded, text selectable),
 * with the fonts the extension ships in dist/fonts, laid out as in node_modules. The Chinese,
 * Japanese and Korean faces are not shipped (they would make the .vsix ten megabytes heavier),
 * so a drawing with such text says where to get a PDF that shows it.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import type { PdfMaker } from './journey-preview.js';
import { pdfMakerWithFonts } from './pdf-maker.js';

/** Han, kana, Hangul and their punctuation: the characters only the CJK faces draw. */
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

export function pdfMaker(extensionUri: vscode.Uri): PdfMaker {
    const make = pdfMakerWithFonts(path.join(vscode.Uri.joinPath(extensionUri, 'dist', 'fonts').fsPath));
    return async (svg, meta) => {
        if (CJK.test(svg)) {
            void vscode.window.showWarningMessage(
                'The extension does not ship Chinese, Japanese or Korean fonts, so that text is missing from this PDF. ' +
                    '`cjourney render FILE -o map.pdf` embeds them.'
            );
        }
        return make(svg, meta);
    };
}
