/**
 * A drawing taller than a page cut into horizontal bands, between the map's lanes: the cuts
 * go along the lane dividers, so no card is cut in two, and each band keeps only the marks
 * it shows (so a page carries no hidden text). Pure functions over the render package's scene.
 */
import type { Mark, Scene } from '@cjourney/render';
import { markBounds } from './mark-bounds.js';

export interface Band {
    top: number;
    bottom: number;
}

interface Extent {
    top: number;
    bottom: number;
}

/** How far a mark reaches up and down (texts from the first line's ascent to the last line's descent). */
export function markExtent(mark: Mark): Extent {
    return markBounds(mark);
}

/** The y of each horizontal lane divider, top to bottom. */
function dividerLines(marks: readonly Mark[]): number[] {
    const all = (list: readonly Mark[]): Mark[] => list.flatMap(mark => (mark.type === 'group' ? [mark, ...all(mark.children)] : [mark]));
    const ys = all(marks).flatMap(mark =>
        mark.type === 'path' && mark.role === 'lane-divider' && mark.segments.length === 2 && mark.segments.every(s => s.op !== 'Z')
            ? [(mark.segments[0] as { to: { y: number } }).to.y]
            : []
    );
    return [...new Set(ys)].sort((a, b) => a - b);
}

/**
 * Bands of at most `maxHeight` (as far as the lanes allow: a single lane taller than that is
 * one band of its own), cut at lane dividers, from `start` down; one band for a scene that fits.
 * Bands after the first leave `reserve` free (for the stage headers repeated above them).
 */
export function sceneBands(scene: Scene, maxHeight: number, start = 0, reserve = 0): Band[] {
    if (scene.height - start <= maxHeight) return [{ top: start, bottom: scene.height }];
    const cuts = [...dividerLines(scene.marks).filter(y => y > start && y < scene.height), scene.height];
    const bands: Band[] = [];
    let top = start;
    let last = start;
    for (const cut of cuts) {
        const room = bands.length === 0 ? maxHeight : maxHeight - reserve;
        if (cut - top > room && last > top) {
            bands.push({ top, bottom: last });
            top = last;
        }
        last = cut;
    }
    bands.push({ top, bottom: scene.height });
    return bands;
}

/** Where the stage bands begin (the journey's title block is above): a little above their top. */
export function stagesTop(scene: Scene): number {
    const tops = scene.marks.flatMap(mark => (mark.type === 'rect' && mark.role === 'stage-band' ? [mark.y] : []));
    return tops.length > 0 ? Math.max(0, Math.min(...tops) - 12) : 0;
}

/** The stage headers' strip, from the stage bands' top to the first lane divider, repeated above a continued band. */
export function stageHeaderBand(scene: Scene): Band | undefined {
    const top = stagesTop(scene);
    const bottom = dividerLines(scene.marks).find(y => y > top);
    return bottom === undefined ? undefined : { top, bottom };
}

/** The marks that reach into the band (a group crossing its edges keeps only its children that do); the rest are clipped when drawn. */
function keepInBand(marks: readonly Mark[], band: Band): Mark[] {
    return marks.flatMap((mark): Mark[] => {
        const extent = markExtent(mark);
        if (extent.bottom <= band.top || extent.top >= band.bottom) return [];
        const inside = extent.top >= band.top && extent.bottom <= band.bottom;
        if (inside || mark.type !== 'group') return [mark];
        const children = keepInBand(mark.children, band);
        return children.length === 0 ? [] : [{ ...mark, children }];
    });
}

export function marksInBand(scene: Scene, band: Band): Scene {
    return { ...scene, marks: keepInBand(scene.marks, band) };
}
