/**
 * The map's grid of lanes: a lane holds one cell per column (a touchpoint) or per stage, each
 * cell's marks laid out from the lane's top; lanes are stacked under their labels.
 */
import type { Touchpoint } from '@cjourney/model';
import type { JourneyIndex } from '../journey-index.js';
import type { Builds } from '../layout-memo.js';
import { shiftMarks } from '../marks.js';
import type { GroupMark, Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import { cardLeft, MAP, type MapColumn, type StageSpan } from './map-geometry.js';

export interface Lane {
    key: string;
    title: string;
    subtitle?: string;
    /** Content built with the lane's top at y = 0. */
    marks: Mark[];
    height: number;
    /** The service blueprint's line of visibility runs along this lane's top (dashed, labelled). */
    visibilityLine?: boolean;
}

export interface Cell {
    marks: Mark[];
    height: number;
    /** The rightmost x the cell reaches, when it is not bounded by the grid. */
    right?: number;
}

/** What building a lane's cells needs: the columns, the scene's ids and the memo of the layout before. */
export interface CellBuilds extends Builds {
    columns: readonly MapColumn[];
}

/**
 * What a card or cell reads besides its touchpoint: the titles of channels, personas,
 * stakeholders and sources (JourneyIndex, evidence-text.ts). Same objects, same drawing.
 */
export function cellContext(index: JourneyIndex): unknown[] {
    const { channels, personas, stakeholders, sources } = index.journey;
    return [channels, personas, stakeholders, sources];
}

/**
 * Builds a cell per touchpoint column (`build` reads the touchpoint and `context` only, so the
 * memo reuses a cell whose touchpoint, column and context are unchanged); undefined when no
 * column has anything to show. `slot` names the lane.
 */
export function columnCells(
    grid: CellBuilds,
    slot: string,
    context: readonly unknown[],
    build: (touchpoint: Touchpoint, x: number) => Cell | undefined
): Cell | undefined {
    const marks: Mark[] = [];
    let height = 0;
    for (const column of grid.columns) {
        const touchpoint = column.touchpoint;
        if (!touchpoint) continue;
        const x = cardLeft(column);
        const built = () => build(touchpoint, x);
        const cell = grid.memo.reuse(`${slot}:${touchpoint.id}`, [touchpoint, x, ...context], grid.ids, built, cell => cell?.marks ?? []);
        if (cell) {
            marks.push(...cell.marks);
            height = Math.max(height, cell.height);
        }
    }
    return marks.length > 0 ? { marks, height } : undefined;
}

/** Lays items of a stage out in a grid whose slots are the stage's card columns, row by row. */
export function stageGrid<T>(
    span: StageSpan,
    items: readonly T[],
    build: (item: T, x: number) => { group: GroupMark; height: number }
): Cell {
    const perRow = span.columns.length;
    const marks: Mark[] = [];
    let top = 0;
    for (let start = 0; start < items.length; start += perRow) {
        const row = items.slice(start, start + perRow).map((item, slot) => build(item, cardLeft(span.columns[slot])));
        const rowHeight = Math.max(...row.map(entry => entry.height));
        row.forEach(entry => {
            shiftMarks([entry.group], 0, top);
            marks.push(entry.group);
        });
        top += rowHeight + MAP.itemGap + 4;
    }
    return { marks, height: Math.max(0, top - MAP.itemGap - 4) };
}

export function stageCells<T>(
    stages: readonly StageSpan[],
    itemsOf: (span: StageSpan) => readonly T[],
    build: (item: T, x: number, span: StageSpan) => { group: GroupMark; height: number }
): Cell | undefined {
    return mergeCells(
        stages.map(span => {
            const items = itemsOf(span);
            return items.length > 0 ? stageGrid(span, items, (item, x) => build(item, x, span)) : undefined;
        })
    );
}

export function mergeCells(cells: ReadonlyArray<Cell | undefined>): Cell | undefined {
    const present = cells.filter((cell): cell is Cell => cell !== undefined);
    return present.length > 0
        ? { marks: present.flatMap(cell => cell.marks), height: Math.max(...present.map(cell => cell.height)) }
        : undefined;
}

export function emptyStagePlaceholder(column: MapColumn, height: number): Mark[] {
    const x = cardLeft(column);
    const dashed: Mark = {
        type: 'path',
        role: 'band-divider',
        strokeWidth: 1.2,
        dash: [5, 4],
        segments: [
            { op: 'M', to: { x, y: 0 } },
            { op: 'L', to: { x: x + MAP.cardWidth, y: 0 } },
            { op: 'L', to: { x: x + MAP.cardWidth, y: height } },
            { op: 'L', to: { x, y: height } },
            { op: 'Z' }
        ]
    };
    return [
        dashed,
        {
            type: 'text',
            x: x + MAP.cardWidth / 2,
            y: height / 2 + 4,
            lines: ['No touchpoints yet'],
            size: 12,
            lineHeight: 12,
            weight: 'normal',
            anchor: 'middle',
            role: 'placeholder'
        }
    ];
}

export function laneLabel(lane: Lane, x: number, top: number): { marks: Mark[]; height: number } {
    const title = textBlock(lane.title, x, top + MAP.lanePad, MAP.labelWidth - 24, {
        size: 12.5,
        weight: 'bold',
        role: 'lane-label',
        maxLines: 2
    });
    const marks: Mark[] = [title.mark];
    let height = MAP.lanePad + title.height;
    if (lane.subtitle) {
        const subtitle = textBlock(lane.subtitle, x, top + height + 3, MAP.labelWidth - 24, { size: 11, role: 'muted', maxLines: 3 });
        marks.push(subtitle.mark);
        height += subtitle.height + 3;
    }
    return { marks, height: height + MAP.lanePad };
}
