/**
 * The journey map of a site page, drawn the same way when the site is built (the map a page
 * shows first, and without JavaScript) and in the reader's browser when the persona or lane
 * filter changes (assets/render.js, a bundle of this file and the renderer: browser-entry.ts).
 * DOM-free and Node-free: the page carries everything it needs as JSON (the journey's model,
 * the pictures already read as data URIs, the notices).
 */
import type { CjourneyModel, Journey } from '@cjourney/model';
import { renderView, type RenderViewOptions } from '@cjourney/render';

/** What a journey page carries in `<script type="application/json" id="journey-data">`. */
export interface MapData {
    /** The journey and, when in the same file, its baseline (the map marks what changed), with the file's shared definitions. */
    model: CjourneyModel;
    journeyId: string;
    /** Shown at the top of the drawing (errors in the file). */
    notices: string[];
    /** Image path (as in the model) → data URI, for every picture the map draws. */
    images: Record<string, string>;
}

/** The map's filter: undefined draws every persona, every lane. */
export interface MapFilter {
    personas?: string[];
    lanes?: string[];
}

/** The id prefix of the map drawn on a page (see scopeSvgIds). */
export const MAP_SCOPE = 'map0';

/**
 * Several drawings share one page: each gets its own id prefix, so ids (and the title and
 * description the drawing is named by) stay unique and each `<use>` finds its own symbols.
 */
export function scopeSvgIds(svg: string, scope: string): string {
    // One pass over the drawing (pages hold several large ones): ids, references to them, and the drawing's name.
    return svg.replace(/( id="| href="#| aria-labelledby="| aria-describedby="|url\(#)cj-/g, `$1${scope}-cj-`);
}

/** The model a page carries: the journey, its baseline when the file has it, and the file's shared definitions. */
export function pageModel(model: CjourneyModel, journey: Journey): CjourneyModel {
    const journeys = model.journeys.filter(candidate => candidate === journey || candidate.id === journey.baselineId);
    return { ...model, journeys };
}

/** The renderer's options for the site's map: light theme, the page's pictures and notices, the filter. */
export function mapOptions(data: Omit<MapData, 'model'>, filter: MapFilter = {}): RenderViewOptions {
    return {
        theme: 'light',
        journeyId: data.journeyId,
        notices: data.notices,
        imageHref: image => data.images[image.path],
        ...(filter.personas ? { personas: filter.personas } : {}),
        ...(filter.lanes ? { lanes: filter.lanes } : {})
    };
}

/** The map's SVG with the page's id prefix, as the page shows it. */
export async function drawMap(data: MapData, filter: MapFilter = {}): Promise<string> {
    return scopeSvgIds(await renderView(data.model, 'map', mapOptions(data, filter)), MAP_SCOPE).trim();
}
