/**
 * The map's grid of lanes: a lane holds one cell per column (a touchpoint) or per stage, each
 * cell's marks laid out from the lane's top; lanes are stacked under their labels.
 */
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

/** Builds a cell per touchpoint column; undefined when no column has anything to show. */
export function columnCells(columns: readonly MapColumn[], build: (column: MapColumn) => Cell | undefined): Cell | undefined {
    const marks: Mark[] = [];
    let height = 0;
    for (const column of columns) {
        const cell = build(column);
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
