/**
 * A whole view (summary, stakeholder grid, opportunity portfolio) too large for one slide at
 * a readable size, cut into blocks along the empty space between its parts (an XY cut): first
 * into bands top to bottom, then a band too wide into pieces left to right — the stakeholder
 * grid by quadrant, the summary's lists by column, the portfolio's cards by rows. A cut never
 * goes through a text, a card or a box; lines (axes, arrows) crossing a cut are drawn on both
 * sides, clipped. Each block keeps only the marks that reach into it, so a slide carries no
 * hidden text. Pure functions over the render package's scene.
 */
import type { Mark, Scene } from '@cjourney/render';
import { markExtent } from './scene-bands.js';
import { shapeBox } from './mark-bounds.js';

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

interface Span {
    from: number;
    to: number;
}

/** A text's width, estimated from its longest line (Arimo's average advance is about 0.55 em). */
export function textSpan(mark: Extract<Mark, { type: 'text' }>): Span {
    const width = Math.max(0, ...mark.lines.map(line => line.length)) * mark.size * 0.55;
    if (mark.anchor === 'middle') return { from: mark.x - width / 2, to: mark.x + width / 2 };
    return mark.anchor === 'end' ? { from: mark.x - width, to: mark.x } : { from: mark.x, to: mark.x + width };
}

function horizontalSpan(mark: Mark): Span | undefined {
    switch (mark.type) {
        case 'rect':
        case 'image':
        case 'circle':
        case 'icon': {
            const { left, right } = shapeBox(mark);
            return { from: left, to: right };
        }
        case 'text':
            // A rotated text (the vertical axis label) is left out: it sits alone at the edge.
            return mark.rotate ? undefined : textSpan(mark);
        default:
            return undefined;
    }
}

/** The solid marks (not lines, not rotated texts): what a cut must not go through, with their boxes. */
function solidBoxes(marks: readonly Mark[]): Box[] {
    return marks.flatMap((mark): Box[] => {
        if (mark.type === 'group') return solidBoxes(mark.children);
        const span = horizontalSpan(mark);
        if (!span) return [];
        const { top, bottom } = markExtent(mark);
        return [{ x: span.from, y: top, width: span.to - span.from, height: bottom - top }];
    });
}

interface Place {
    at: number;
    /** The empty run's size: a wide one parts sections, a narrow one a heading from its content. */
    gap: number;
}

/** Where a cut may go between `from` and `to`: the middles of the empty runs left by these spans. */
function cutPlaces(spans: readonly Span[], from: number, to: number): Place[] {
    const sorted = [...spans].sort((a, b) => a.from - b.from);
    const places: Place[] = [];
    let reach = from;
    for (const span of sorted) {
        if (span.from >= reach && span.from > from && span.from < to) places.push({ at: (span.from + reach) / 2, gap: span.from - reach });
        reach = Math.max(reach, span.to);
    }
    return places;
}

/**
 * [from, to] cut into pieces of at most `max` (a piece with no place to cut stays whole): each
 * cut at the widest empty run in the piece's second half, so a heading stays with what it heads.
 */
function greedyPieces(places: readonly Place[], from: number, to: number, max: number): Span[] {
    const pieces: Span[] = [];
    let start = from;
    while (to - start > max) {
        const fitting = places.filter(place => place.at > start && place.at - start <= max);
        if (fitting.length === 0) break;
        const late = fitting.filter(place => place.at - start >= max / 2);
        const best = (late.length > 0 ? late : fitting).reduce((a, b) => (b.gap > a.gap ? b : a));
        pieces.push({ from: start, to: best.at });
        start = best.at;
    }
    pieces.push({ from: start, to });
    return mergeSlivers(pieces, max / 4);
}

/** A piece shorter than `min` (a title line, an axis's labels) joins its neighbour instead of taking a slide of its own. */
function mergeSlivers(pieces: readonly Span[], min: number): Span[] {
    const merged: Span[] = [];
    for (const piece of pieces) {
        const last = merged.at(-1);
        if (last && (piece.to - piece.from < min || last.to - last.from < min)) last.to = piece.to;
        else merged.push({ ...piece });
    }
    return merged;
}

const inside = (box: Box, within: Box) =>
    box.x >= within.x - 0.5 &&
    box.x + box.width <= within.x + within.width + 0.5 &&
    box.y >= within.y - 0.5 &&
    box.y + box.height <= within.y + within.height + 0.5;

/**
 * The scene cut into blocks of at most `max.height` (px), in reading order: bands top to bottom,
 * a band more than half as wide again as `max.width` cut into pieces of at most that, left to right.
 */
export function viewBlocks(scene: Scene, max: { width: number; height: number }): Box[] {
    const solids = solidBoxes(scene.marks);
    const whole: Box = { x: 0, y: 0, width: scene.width, height: scene.height };
    const ySpans = solids.map(box => ({ from: box.y, to: box.y + box.height }));
    const bands = greedyPieces(cutPlaces(ySpans, 0, scene.height), 0, scene.height, max.height);
    return bands.flatMap(band => {
        const box = { ...whole, y: band.from, height: band.to - band.from };
        // Only a band far wider than a slide is cut across (the stakeholder grid by quadrant): one a
        // little too wide is drawn a little smaller rather than its chart cut in two.
        if (box.width <= max.width * 1.5) return [box];
        const xSpans = solids.filter(solid => inside(solid, box)).map(solid => ({ from: solid.x, to: solid.x + solid.width }));
        const pieces = greedyPieces(cutPlaces(xSpans, 0, scene.width), 0, scene.width, max.width).map(piece => ({
            ...box,
            x: piece.from,
            width: piece.to - piece.from
        }));
        // A piece with nothing solid in it (the margin beside a title) gets no slide.
        return pieces.filter(piece => solids.some(solid => inside(solid, piece)));
    });
}

/** The marks that reach into the box (a group crossing its edges keeps only its children that do). */
export function marksInBox(marks: readonly Mark[], box: Box): Mark[] {
    return marks.flatMap((mark): Mark[] => {
        const { top, bottom } = markExtent(mark);
        const span = mark.type === 'group' || mark.type === 'path' ? undefined : horizontalSpan(mark);
        const outside =
            bottom <= box.y || top >= box.y + box.height || (span !== undefined && (span.to <= box.x || span.from >= box.x + box.width));
        if (outside) return [];
        if (mark.type !== 'group') return [mark];
        const children = marksInBox(mark.children, box);
        return children.length === 0 ? [] : [{ ...mark, children }];
    });
}
