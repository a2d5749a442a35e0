/**
 * The arithmetic of zoom and pan, DOM-free so it is unit-tested: where the map opens, what
 * "fit" shows, where a zoom is anchored and how far the map may be panned. All in map units
 * except `Size` of the panel (screen pixels); a viewport's `x`/`y` is the map point at the
 * panel's top-left corner and `scale` the screen pixels per map unit.
 *
 * Why these rules: fitting a wide map to the panel's width opened five of six examples at
 * 16–18 %, with card titles about 2 px high and most of the panel empty. A map now opens at
 * a size where its text can be read, at its top-left corner (the title and the first
 * stage), and nothing lets the map leave the panel entirely.
 */
import type { Viewport } from '../protocol.js';

export interface Size {
    width: number;
    height: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 8;
/** The smallest zoom a map opens at unless it fits whole: card titles (13 px) stay ≥ 10 px high. */
export const READABLE_SCALE = 0.75;
/**
 * Below OVERVIEW_SCALE, "fit" shows the map's full height from its start instead of a strip
 * of the whole width, at most at OVERVIEW_MAX_SCALE so it still shows several stages at once.
 */
export const OVERVIEW_SCALE = 0.1;
export const OVERVIEW_MAX_SCALE = 0.5;
/** Buttons and keys zoom by this factor; one wheel notch (100 px of delta) by WHEEL_STEP. */
export const ZOOM_STEP = 1.25;
export const WHEEL_STEP = 1.1;
/** Margin (map units) kept around the map when it is fitted or panned to its edge. */
export const MARGIN = 16;

/** The zoom at which the whole map (with its margin) fits the panel, never above 100 %. */
function wholeScale(content: Size, panel: Size): number {
    return Math.min(panel.width / (content.width + 2 * MARGIN), panel.height / (content.height + 2 * MARGIN), 1);
}

function heightScale(content: Size, panel: Size): number {
    return panel.height / (content.height + 2 * MARGIN);
}

/** The whole map, centred across, read from the top down. */
function centred(scale: number, content: Size, panel: Size): Viewport {
    return { scale, x: -MARGIN - (panel.width / scale - content.width - 2 * MARGIN) / 2, y: -MARGIN };
}

function topLeft(scale: number): Viewport {
    return { scale, x: -MARGIN, y: -MARGIN };
}

/**
 * Where a map opens: whole when it fits at a readable size; otherwise at the largest zoom
 * between 75 % and 100 % that fits its height, from its top-left corner (the rest is a pan away).
 */
export function openingViewport(content: Size, panel: Size): Viewport {
    const whole = wholeScale(content, panel);
    if (whole >= READABLE_SCALE) return centred(whole, content, panel);
    return topLeft(clamp(heightScale(content, panel), READABLE_SCALE, 1));
}

/**
 * "Fit": the whole map when that is still an overview (≥ 10 %); a map too wide for that (a
 * 150-touchpoint journey) is fitted to its height instead, from its start, so the title and
 * the first stage are in view and panning reaches the rest.
 */
export function fittedViewport(content: Size, panel: Size): Viewport {
    const whole = wholeScale(content, panel);
    if (whole >= OVERVIEW_SCALE) return centred(whole, content, panel);
    return topLeft(clamp(heightScale(content, panel), OVERVIEW_SCALE, OVERVIEW_MAX_SCALE));
}

export interface Area extends Size {
    x: number;
    y: number;
}

/**
 * Where the stage picker takes the map: the stage's area (its header, or its whole box in the
 * flow view) at the panel's top-left corner, at the zoom that fits it in the panel but never
 * below the readable 75 % nor above 100 %. A stage wider than that shows its start and its title.
 */
export function areaViewport(area: Area, panel: Size): Viewport {
    const fits = Math.min(panel.width / (area.width + 2 * MARGIN), panel.height / (area.height + 2 * MARGIN));
    return { scale: clamp(fits, READABLE_SCALE, 1), x: area.x - MARGIN, y: area.y - MARGIN };
}

/**
 * Stops panning at the map's edges: a map larger than the panel cannot be pulled further
 * than its margin; a smaller one stays wholly inside the panel. So the panel is never blank.
 */
export function clampViewport(viewport: Viewport, content: Size, panel: Size): Viewport {
    const scale = clamp(viewport.scale, MIN_SCALE, MAX_SCALE);
    const axis = (position: number, extent: number, screen: number): number => {
        const visible = screen / scale;
        const far = extent + MARGIN - visible;
        return far >= -MARGIN ? clamp(position, -MARGIN, far) : clamp(position, far, -MARGIN);
    };
    return { scale, x: axis(viewport.x, content.width, panel.width), y: axis(viewport.y, content.height, panel.height) };
}

/**
 * The screen point (relative to the panel) a button or key zooms around: the centre of the
 * part of the map in view, not the panel's centre, which may be empty space beside the map.
 */
export function visibleMapCentre(viewport: Viewport, content: Size, panel: Size): { x: number; y: number } {
    const axis = (position: number, extent: number, screen: number): number => {
        const from = Math.max(position, 0);
        const to = Math.min(position + screen / viewport.scale, extent);
        const centre = from <= to ? (from + to) / 2 : clamp(position + screen / viewport.scale / 2, 0, extent);
        return (centre - position) * viewport.scale;
    };
    return { x: axis(viewport.x, content.width, panel.width), y: axis(viewport.y, content.height, panel.height) };
}

/** Zooms to `scale`, keeping the map point under the screen point `anchor` where it is. */
export function zoomAround(viewport: Viewport, scale: number, anchor: { x: number; y: number }): Viewport {
    const next = clamp(scale, MIN_SCALE, MAX_SCALE);
    const mapX = viewport.x + anchor.x / viewport.scale;
    const mapY = viewport.y + anchor.y / viewport.scale;
    return { scale: next, x: mapX - anchor.x / next, y: mapY - anchor.y / next };
}

/**
 * The zoom factor of a Ctrl/Cmd+wheel event: 10 % per notch of a mouse wheel (100 px, or 3
 * lines), proportionally less for the small deltas of a touchpad pinch, never more than a notch.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
    const pixels = deltaMode === 1 ? (deltaY * 100) / 3 : deltaMode === 2 ? deltaY * 800 : deltaY;
    return Math.pow(WHEEL_STEP, -clamp(pixels, -100, 100) / 100);
}

export function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}
