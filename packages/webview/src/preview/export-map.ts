/**
 * Exports from the preview: the current view drawn again with a fixed palette (the preview's
 * own SVG carries theme classes only), as SVG text or PNG bytes, with a file name to suggest.
 * An SVG and the PNG made from it carry the fonts their text uses (export-fonts.ts); for a PDF
 * the SVG goes to the extension host, which makes the PDF (fonts embedded) from it.
 */
import type { CjourneyModel } from '@cjourney/model';
import type { ExportFailedMessage, ExportFormat, ExportMessage, ExportTheme } from '../protocol.js';
import { svgToPng } from './export-image.js';
import type { FontEmbedder } from './export-fonts.js';
import { renderForExport, type MapRequest } from './renderer.js';

export async function exportMessage(
    request: MapRequest | undefined,
    model: CjourneyModel | undefined,
    fileName: string,
    format: ExportFormat,
    theme: ExportTheme,
    embedFonts: FontEmbedder = svg => svg
): Promise<ExportMessage | ExportFailedMessage> {
    if (!request || !model) {
        return { type: 'exportFailed', message: 'There is no map to export yet.' };
    }
    try {
        const drawn = await renderForExport(request, theme);
        const svg = format === 'pdf' ? drawn : embedFonts(drawn);
        const base = fileName.replace(/\.cjourney$/i, '') + (model.journeys.length > 1 ? `-${request.journey.id}` : '');
        const suggestedName = `${base}.${request.view}.${format}`;
        const data = format === 'png' ? await svgToPng(svg) : svg;
        return { type: 'export', format, suggestedName, data, title: `${request.journey.title} — ${request.view}` };
    } catch (error) {
        return { type: 'exportFailed', message: `The export failed: ${error instanceof Error ? error.message : String(error)}` };
    }
}
