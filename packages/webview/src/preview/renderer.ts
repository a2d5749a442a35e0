/**
 * The one place where the preview calls the map renderer. The preview draws with the
 * VS Code theme (classes styled by the preview stylesheet); exports embed a fixed palette.
 */
import type { Journey } from '@cjourney/model';
import { renderView } from '@cjourney/render';
import type { ExportTheme, LayoutDirection, ViewName } from '../protocol.js';

export interface MapRequest {
    journey: Journey;
    view: ViewName;
    direction: LayoutDirection;
    /** The personas and lanes chosen in the toolbar (map-filter.ts); all when absent. */
    personas?: readonly string[];
    lanes?: readonly string[];
}

/** The preview's view names to the renderer's (the CLI's `--view map|stakeholders|flow`). */

/** Colours come from the preview's stylesheet (VS Code theme variables), so the SVG carries classes only. */
export async function renderForPreview(request: MapRequest): Promise<string> {
    const { personas, lanes } = request;
    return renderView(request.journey, request.view, { direction: request.direction, personas, lanes, paint: 'classes' });
}

export async function renderForExport(request: MapRequest, theme: ExportTheme): Promise<string> {
    const { personas, lanes } = request;
    return renderView(request.journey, request.view, { direction: request.direction, personas, lanes, theme });
}
