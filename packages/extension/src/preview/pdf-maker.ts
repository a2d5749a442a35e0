/**
 * The PDF maker over the extension's fonts (no VS Code API: tested on its own): Arimo and the Noto
 * fallbacks in a folder laid out as in node_modules (dist/fonts), and the preview's Chinese, Japanese
 * and Korean subsets (dist/webview/fonts) in place of the whole CJK faces (pdf-cjk-fonts.ts).
 */
import path from 'node:path';
import type { PdfMaker } from './journey-preview.js';
import { previewCjkFaces, standInsFor, undrawnCjk, undrawnWarning } from './pdf-cjk-fonts.js';

export interface ExtensionFonts {
    /** Arimo and the fallbacks, as in node_modules. */
    fonts: string;
    /** The preview's fonts with their list (cjk-faces.json); none when absent. */
    previewFonts?: string;
}

/** The PDF maker; `warn` hears when the drawing has characters no shipped font draws. */
export function pdfMakerWithFonts(folders: ExtensionFonts, warn: (message: string) => void = () => {}): PdfMaker {
    const fontFile = (request: string) => path.join(folders.fonts, request);
    return async (svg, meta) => {
        // Loaded on the first PDF export only: pdfkit and fontkit are large.
        const { posterPdf } = await import('@cjourney/cli/out/render/pdf/journey-pdf.js');
        const { fallbackGlyphOwners } = await import('@cjourney/cli/out/render/fallback-fonts.js');
        const standIns = await standInsFor(svg, folders.previewFonts ? previewCjkFaces(folders.previewFonts) : []);
        const owned = new Set([...fallbackGlyphOwners(svg, fontFile, standIns).values()].flat());
        const warning = undrawnWarning(undrawnCjk(svg, owned));
        if (warning) warn(warning);
        const { bytes } = await posterPdf(svg, { ...meta, fontFile, standIns });
        return new Uint8Array(bytes);
    };
}
