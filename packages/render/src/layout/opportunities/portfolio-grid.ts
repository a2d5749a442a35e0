/**
 * The impact × effort grid, drawn as the stakeholder map's power/interest grid is: four
 * quadrants with their label, advice and count, axes with their band words. As there, only
 * `high` is the high half, so `medium` shares the low half with `low` (model/facts.ts,
 * portfolioOf). Each quadrant is as big as its cards need: they are packed into up to three
 * columns, always the shortest next, so they never overlap.
 */
import { plural, PORTFOLIO_INFO, PORTFOLIO_PLACES, type PortfolioPlace } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { arrowHead, shiftMarks } from '../marks.js';
import type { GroupMark, Mark, Point, Role } from '../scene.js';
import { quadrantGroup } from '../quadrant-group.js';
import { CARD_WIDTH } from './opportunity-card.js';

const PAD = 16;
export const GAP = 12;
const LABEL_SPACE = 58;
const MIN_WIDTH = CARD_WIDTH + 2 * PAD + 120;
const MIN_HEIGHT = 150;

/** Quick wins top left (high impact, less effort), big bets top right, fill-ins and money pits below. */
const CELL: Readonly<Record<PortfolioPlace, { column: 0 | 1; row: 0 | 1 }>> = {
    'quick-win': { column: 0, row: 0 },
    'big-bet': { column: 1, row: 0 },
    'fill-in': { column: 0, row: 1 },
    'money-pit': { column: 1, row: 1 }
};

export interface BuiltCard {
    group: GroupMark;
    height: number;
}

export interface Packing {
    /** Offsets of each card inside the quadrant's card area. */
    offsets: Point[];
    width: number;
    height: number;
}

/** Cards in `columns` columns (up to three by default, about as many rows as columns), each into the shortest column. */
export function pack(cards: readonly BuiltCard[], columns = Math.min(3, Math.max(1, Math.ceil(Math.sqrt(cards.length))))): Packing {
    const heights = new Array<number>(columns).fill(0);
    const offsets = cards.map(card => {
        const column = heights.indexOf(Math.min(...heights));
        const offset = { x: column * (CARD_WIDTH + GAP), y: heights[column] };
        heights[column] += card.height + GAP;
        return offset;
    });
    return { offsets, width: columns * (CARD_WIDTH + GAP) - GAP, height: Math.max(0, ...heights.map(height => height - GAP)) };
}

export interface PortfolioGrid {
    marks: Mark[];
    cards: Mark[];
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** The grid with its top-left corner at (left, top); `cards` are built at (0, 0) and moved into place here. */
export function portfolioGrid(cards: ReadonlyMap<PortfolioPlace, BuiltCard[]>, left: number, top: number, ids: ElementIds): PortfolioGrid {
    const packed = new Map(PORTFOLIO_PLACES.map(place => [place, pack(cards.get(place) ?? [])]));
    const widths = [0, 0];
    const heights = [0, 0];
    for (const place of PORTFOLIO_PLACES) {
        const { column, row } = CELL[place];
        const packing = packed.get(place)!;
        widths[column] = Math.max(widths[column], MIN_WIDTH, packing.width + 2 * PAD);
        heights[row] = Math.max(heights[row], MIN_HEIGHT, LABEL_SPACE + packing.height + PAD);
    }
    const marks: Mark[] = [];
    const placed: Mark[] = [];
    for (const place of PORTFOLIO_PLACES) {
        const { column, row } = CELL[place];
        const x = left + (column === 1 ? widths[0] : 0);
        const y = top + (row === 1 ? heights[0] : 0);
        const count = cards.get(place)?.length ?? 0;
        marks.push(quadrant(place, { x, y, width: widths[column], height: heights[row] }, count, ids));
        (cards.get(place) ?? []).forEach((card, i) => {
            const offset = packed.get(place)!.offsets[i];
            shiftMarks([card.group], x + PAD + offset.x, y + LABEL_SPACE + offset.y);
            placed.push(card.group);
        });
    }
    const right = left + widths[0] + widths[1];
    const bottom = top + heights[0] + heights[1];
    marks.push(...axes({ left, top, right, bottom, halfX: left + widths[0], halfY: top + heights[0] }));
    return { marks, cards: placed, left, top, right, bottom };
}

function quadrant(
    place: PortfolioPlace,
    area: { x: number; y: number; width: number; height: number },
    count: number,
    ids: ElementIds
): Mark {
    const info = PORTFOLIO_INFO[place];
    return quadrantGroup({
        id: ids.make('quadrant', place),
        modelId: place,
        frame: { type: 'rect', ...area, role: `portfolio-${place}` as Role },
        label: info.label,
        counted: plural(count, 'opportunity', 'opportunities'),
        advice: info.advice,
        pad: PAD,
        adviceLines: 1
    });
}

const line = (from: Point, to: Point, role: Role, strokeWidth: number): Mark => ({
    type: 'path',
    role,
    strokeWidth,
    segments: [
        { op: 'M', to: from },
        { op: 'L', to }
    ]
});

function axisText(text: string, x: number, y: number, bold: boolean, rotate?: number): Mark {
    const size = bold ? 13 : 11.5;
    return {
        type: 'text',
        x,
        y,
        lines: [text],
        size,
        lineHeight: size,
        weight: bold ? 'bold' : 'normal',
        anchor: 'middle',
        role: 'axis-label',
        rotate
    };
}

/** Effort runs right, impact up; the halves are named by their band words, as on the stakeholder grid. */
function axes(box: { left: number; top: number; right: number; bottom: number; halfX: number; halfY: number }): Mark[] {
    const { left, top, right, bottom, halfX, halfY } = box;
    return [
        line({ x: halfX, y: top }, { x: halfX, y: bottom }, 'axis', 1.5),
        line({ x: left, y: halfY }, { x: right, y: halfY }, 'axis', 1.5),
        line({ x: left, y: bottom }, { x: right + 10, y: bottom }, 'axis', 1.5),
        arrowHead({ x: right, y: bottom }, { x: right + 14, y: bottom }, 'edge-arrow'),
        line({ x: left, y: bottom }, { x: left, y: top - 10 }, 'axis', 1.5),
        arrowHead({ x: left, y: top }, { x: left, y: top - 14 }, 'edge-arrow'),
        axisText('low · medium', (left + halfX) / 2, bottom + 18, false),
        axisText('high', (halfX + right) / 2, bottom + 18, false),
        axisText('Effort →', (left + right) / 2, bottom + 40, true),
        axisText('high', left - 10, (top + halfY) / 2, false, -90),
        axisText('low · medium', left - 10, (halfY + bottom) / 2, false, -90),
        axisText('Impact →', left - 34, (top + bottom) / 2, true, -90)
    ];
}
