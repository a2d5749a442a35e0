/**
 * The service blueprint under the customer's steps: frontstage (what staff do in view of
 * the customer), the line of visibility, backstage (out of view) and support (systems and
 * processes), each entry with who does it. Drawn when any step has an entry; then all
 * three rows show, so the blueprint keeps its shape.
 */
import type { BlueprintEntry, BlueprintLane, Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark, Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import { cellContext, columnCells, type CellBuilds, type Lane } from './lane-cells.js';
import { MAP } from './map-geometry.js';

const ROWS: ReadonlyArray<{ lane: BlueprintLane; title: string; subtitle: string }> = [
    { lane: 'frontstage', title: 'Frontstage', subtitle: 'what staff do in view' },
    { lane: 'backstage', title: 'Backstage', subtitle: 'what staff do out of view' },
    { lane: 'support', title: 'Support', subtitle: 'systems and processes' }
];
const PAD = 8;

function entryCard(entry: BlueprintEntry, x: number, y: number, index: JourneyIndex): { marks: Mark[]; height: number } {
    const inner = MAP.cardWidth - 2 * PAD;
    const text = textBlock(entry.text, x + PAD, y + PAD, inner, { size: 12, role: 'text', maxLines: 4 });
    const marks: Mark[] = [text.mark];
    let bottom = y + PAD + text.height;
    if (entry.byId) {
        const by = textBlock(`by ${index.stakeholderTitle(entry.byId)}`, x + PAD, bottom + 2, inner, {
            size: 11,
            role: 'muted',
            maxLines: 1
        });
        marks.push(by.mark);
        bottom += by.height + 2;
    }
    const height = bottom + PAD - 2 - y;
    marks.unshift({ type: 'rect', x, y, width: MAP.cardWidth, height, radius: 6, role: 'card' });
    return { marks, height };
}

function blueprintCell(touchpoint: Touchpoint, lane: BlueprintLane, x: number, index: JourneyIndex, ids: ElementIds) {
    const entries = touchpoint.blueprint.filter(entry => entry.lane === lane);
    if (entries.length === 0) return undefined;
    const marks: Mark[] = [];
    let y = 0;
    for (const entry of entries) {
        const card = entryCard(entry, x, y, index);
        marks.push(...card.marks);
        y += card.height + MAP.itemGap;
    }
    const group: GroupMark = {
        type: 'group',
        id: ids.make('blueprint', lane, touchpoint.id),
        kind: 'touchpoint-details',
        modelId: touchpoint.id,
        tooltip: [
            `${touchpoint.title} — ${lane}`,
            ...entries.map(entry => `${entry.text}${entry.byId ? ` (by ${index.stakeholderTitle(entry.byId)})` : ''}`)
        ].join('\n'),
        children: marks
    };
    return { marks: [group], height: y - MAP.itemGap };
}

export function hasBlueprint(touchpoints: readonly Touchpoint[]): boolean {
    return touchpoints.some(touchpoint => touchpoint.blueprint.length > 0);
}

/** The three rows; the backstage row starts at the line of visibility. Empty when no step has a blueprint. */
export function blueprintLanes(grid: CellBuilds & { index: JourneyIndex }): Lane[] {
    const { columns, index, ids } = grid;
    if (!hasBlueprint(columns.flatMap(column => (column.touchpoint ? [column.touchpoint] : [])))) return [];
    return ROWS.map(row => {
        const build = (touchpoint: Touchpoint, x: number) => blueprintCell(touchpoint, row.lane, x, index, ids);
        const cell = columnCells(grid, `blueprint-${row.lane}`, cellContext(index), build);
        return {
            key: `blueprint-${row.lane}`,
            title: row.title,
            subtitle: row.subtitle,
            marks: cell?.marks ?? [],
            height: cell?.height ?? 8,
            ...(row.lane === 'backstage' ? { visibilityLine: true } : {})
        };
    });
}
