/**
 * Where the bands of the power/interest grid lie: each band as wide (interest) or tall
 * (power) as its most crowded cell needs, the high half as big as low and medium together.
 */
import type { Level, Stakeholder } from '@cjourney/model';
import { MARKER, NODE_PAD, NODE_W, nodeContent } from './stakeholder-node.js';

export type Band = Level;
export const BANDS: readonly Band[] = ['low', 'medium', 'high'];
/** Space between cards: wide enough for an arrow to leave a card straight (stub 18) and keep 7 px from the next. */
export const GAP = 28;
export const CELL_PAD = 16;
/** Room for a quadrant's label and advice at the top of the high-power and medium bands. */
export const LABEL_SPACE = 62;
const MIN_BAND = 150;

export interface GridGeometry {
    /** The stakeholders of each cell, by `power/interest`. */
    cells: ReadonlyMap<string, Stakeholder[]>;
    nodeHeight: number;
    widths: Record<Band, number>;
    heights: Record<Band, number>;
    /** Left edge of each interest band, top edge of each power band. */
    x0: Record<Band, number>;
    y0: Record<Band, number>;
    left: number;
    top: number;
    right: number;
    bottom: number;
    /** Where the halves meet. */
    halfX: number;
    halfY: number;
    columnsFor(count: number): number;
}

/** Columns a crowded cell uses: up to three side by side, so cells stay closer to square. */
function columnsFor(count: number): number {
    return Math.min(3, Math.max(1, Math.ceil(Math.sqrt(count))));
}

/** Widths of the interest bands (low, medium, high): the high half as wide as low + medium. */
function balancedBands(needs: Record<Band, number>): Record<Band, number> {
    const lowHalf = needs.low + needs.medium;
    const half = Math.max(lowHalf, needs.high);
    return { low: (needs.low / lowHalf) * half, medium: (needs.medium / lowHalf) * half, high: half };
}

function cellsOf(placed: readonly Stakeholder[]): Map<string, Stakeholder[]> {
    const cells = new Map<string, Stakeholder[]>();
    for (const stakeholder of placed) {
        const key = `${stakeholder.power}/${stakeholder.interest}`;
        cells.set(key, [...(cells.get(key) ?? []), stakeholder]);
    }
    return cells;
}

/** Band sizes from the most crowded cell of each band. */
function bandNeeds(
    cells: ReadonlyMap<string, Stakeholder[]>,
    nodeHeight: number
): { widthNeeds: Record<Band, number>; heightNeeds: Record<Band, number> } {
    const widthNeeds = { low: MIN_BAND, medium: MIN_BAND, high: 2 * MIN_BAND } as Record<Band, number>;
    const heightNeeds = { low: MIN_BAND * 0.6, medium: MIN_BAND * 0.6, high: MIN_BAND * 1.2 } as Record<Band, number>;
    for (const power of BANDS) {
        for (const interest of BANDS) {
            const count = cells.get(`${power}/${interest}`)?.length ?? 0;
            if (count === 0) continue;
            const columns = columnsFor(count);
            const rows = Math.ceil(count / columns);
            widthNeeds[interest] = Math.max(widthNeeds[interest], columns * (NODE_W + GAP) - GAP + 2 * CELL_PAD);
            heightNeeds[power] = Math.max(heightNeeds[power], rows * (nodeHeight + GAP) - GAP + 2 * CELL_PAD);
        }
    }
    return { widthNeeds, heightNeeds };
}

export function gridGeometry(all: readonly Stakeholder[], placed: readonly Stakeholder[], left: number, top: number): GridGeometry {
    const cells = cellsOf(placed);
    const nodeHeight = Math.max(MARKER + 2 * NODE_PAD, ...all.map(stakeholder => nodeContent(stakeholder, 0, 0).height));
    const { widthNeeds, heightNeeds } = bandNeeds(cells, nodeHeight);
    const widths = balancedBands(widthNeeds);
    // Quadrant labels sit at the top of the high-power band and of the medium band (top of the lower half).
    const heights = balancedBands({ low: heightNeeds.low, medium: heightNeeds.medium + LABEL_SPACE, high: heightNeeds.high + LABEL_SPACE });
    const x0 = { low: left, medium: left + widths.low, high: left + widths.low + widths.medium } as Record<Band, number>;
    const y0 = { high: top, medium: top + heights.high, low: top + heights.high + heights.medium } as Record<Band, number>;
    return {
        cells,
        nodeHeight,
        widths,
        heights,
        x0,
        y0,
        left,
        top,
        right: x0.high + widths.high,
        bottom: y0.low + heights.low,
        halfX: x0.high,
        halfY: y0.medium,
        columnsFor
    };
}
