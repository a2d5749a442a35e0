/**
 * Zoom and pan remembered per document, journey and view, so switching to the flow view or
 * to another file and back shows the map where the user left it (it used to open fitted
 * again: 104 % → 38 %). DOM-free, shared by the preview and its tests. The memory lives in
 * the state the webview saves, so it also survives the webview being reloaded when hidden.
 */
import type { PreviewState, Viewport } from './protocol.js';

/** Enough for the files of a working session; the oldest are forgotten first. */
export const REMEMBERED_VIEWPORTS = 40;

function keyOf(state: Pick<PreviewState, 'documentUri' | 'journeyId' | 'view'>): string {
    return `${state.view} ${state.journeyId ?? ''} ${state.documentUri}`;
}

/**
 * The state after `change`: when it shows another document, journey or view, the viewport
 * of the one left is remembered and that of the one shown is recalled (undefined if never
 * zoomed: it then opens as a map opens).
 */
export function changeState(state: PreviewState, change: Partial<PreviewState>): PreviewState {
    const next: PreviewState = { ...state, ...change };
    const oldKey = keyOf(state);
    const newKey = keyOf(next);
    if (oldKey === newKey) return next;
    const remembered = remember(state.viewports ?? {}, oldKey, state.viewport);
    return { ...next, viewports: remembered, viewport: remembered[newKey] };
}

function remember(viewports: Readonly<Record<string, Viewport>>, key: string, viewport: Viewport | undefined): Record<string, Viewport> {
    const entries = Object.entries(viewports).filter(([existing]) => existing !== key);
    // Insertion order is recency: the newest last, the oldest dropped beyond the limit.
    if (viewport) entries.push([key, viewport]);
    return Object.fromEntries(entries.slice(-REMEMBERED_VIEWPORTS));
}
