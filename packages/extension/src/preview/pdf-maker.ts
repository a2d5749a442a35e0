/** The PDF maker over a fonts folder laid out as in node_modules (no VS Code API: tested on its own). */
import path from 'node:path';
import type { PdfMaker } from './journey-preview.js';

export function pdfMakerWithFonts(fontsFolder: string): PdfMaker {
    return async (svg, meta) => {
        // Loaded on the first PDF export only: pdfkit and fontkit are large.
        const { posterPdf } = await import('@cjourney/cli/out/render/pdf/journey-pdf.js');
        const { bytes } = await posterPdf(svg, { ...meta, fontFile: request => path.join(fontsFolder, request) });
        return new Uint8Array(bytes);
    };
}
