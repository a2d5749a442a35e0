/**
 * The one place where the preview calls the map renderer. The preview draws with the
 * VS Code theme (classes styled by the preview stylesheet); exports embed a fixed palette.
 */
import type { Journey } from '@cjourney/language/model';
import { renderView } from '../index.js';
import type { ExportTheme, LayoutDirection, ViewKind } from '../protocol.js';

export interface MapRequest {
    journey: Journey;
    view: ViewKind;
    direction: LayoutDirection;
}

export async function renderForPreview(request: MapRequest): Promise<string> {
    return renderView(request.journey, request.view, { direction: request.direction });
}

export async function renderForExport(request: MapRequest, theme: ExportTheme): Promise<string> {
    return renderView(request.journey, request.view, { direction: request.direction, theme });
}
