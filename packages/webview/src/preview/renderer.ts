/**
 * The one place where the preview calls the map renderer. The preview draws with the
 * VS Code theme (classes styled by the preview stylesheet); exports embed a fixed palette.
 */
import { MODEL_VERSION, type CjourneyModel, type ImageFile, type Journey } from '@cjourney/model';
import { LayoutMemo, MarkTextCache, renderView } from '@cjourney/render';
import type { ExportTheme, LayoutDirection, ViewName } from '../protocol.js';

export interface MapRequest {
    journey: Journey;
    view: ViewName;
    direction: LayoutDirection;
    /** The journey's baseline when the file has it: the summary draws its curves faded. */
    baseline?: Journey;
    /** The personas and lanes chosen in the toolbar (map-filter.ts); all when absent. */
    personas?: readonly string[];
    lanes?: readonly string[];
    /** Where each persona and touchpoint image is (image-links.ts); images without one are not drawn. */
    imageHref?: (image: ImageFile) => string | undefined;
}

/** The journey alone, or with its baseline (then drawn by id, the baseline as context). */
function drawn(request: MapRequest): { input: CjourneyModel | Journey; journeyId?: string } {
    if (!request.baseline) return { input: request.journey };
    const shared = { stakeholders: [], personas: [], channels: [], sources: [], competitors: [] };
    const input: CjourneyModel = {
        modelVersion: MODEL_VERSION,
        file: request.journey.id,
        journeys: [request.journey, request.baseline],
        shared
    };
    return { input, journeyId: request.journey.id };
}

/** The preview's view names to the renderer's (the CLI's `--view`, one list: VIEWS). */

/** The map on screen's text, mark by mark: an edit writes again only the marks it changed (same text either way). */
const onScreen = new MarkTextCache();
/** What the map on screen was built of, card by card: an edit builds again only the cards it changed. */
const laidOut = new LayoutMemo();

/** Colours come from the preview's stylesheet (VS Code theme variables), so the SVG carries classes only. */
export async function renderForPreview(request: MapRequest): Promise<string> {
    const { input, journeyId } = drawn(request);
    const { personas, lanes, imageHref } = request;
    const options = {
        direction: request.direction,
        personas,
        lanes,
        imageHref,
        paint: 'classes' as const,
        journeyId,
        reuse: onScreen,
        memo: laidOut
    };
    return renderView(input, request.view, options);
}

export async function renderForExport(request: MapRequest, theme: ExportTheme): Promise<string> {
    const { input, journeyId } = drawn(request);
    const { personas, lanes, imageHref } = request;
    return renderView(input, request.view, { direction: request.direction, personas, lanes, imageHref, theme, journeyId });
}
