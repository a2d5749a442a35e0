/** A custom lane of the map (`lane ID "Title"`): each step's cell (`lane ID "…"` in a touchpoint) as a card. */
import type { Lane as LaneDeclaration, Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import { columnCells, type CellBuilds, type Lane } from './lane-cells.js';
import { MAP } from './map-geometry.js';

const PAD = 8;

function cell(touchpoint: Touchpoint, lane: LaneDeclaration, x: number, ids: ElementIds) {
    const texts = touchpoint.laneCells.filter(entry => entry.laneId === lane.id).map(entry => entry.text);
    if (texts.length === 0) return undefined;
    const children: Mark[] = [];
    let y = PAD;
    for (const text of texts) {
        const block = textBlock(text, x + PAD, y, MAP.cardWidth - 2 * PAD, { size: 12, role: 'text', maxLines: 5 });
        children.push(block.mark);
        y += block.height + 4;
    }
    const height = y + PAD - 4;
    children.unshift({ type: 'rect', x, y: 0, width: MAP.cardWidth, height, radius: 6, role: 'tag' });
    return {
        marks: [
            {
                type: 'group' as const,
                id: ids.make('lane', lane.id, touchpoint.id),
                kind: 'touchpoint-details' as const,
                modelId: touchpoint.id,
                tooltip: `${lane.title} — ${touchpoint.title}\n${texts.join('\n')}`,
                children
            }
        ],
        height
    };
}

export function customLane(lane: LaneDeclaration, grid: CellBuilds): Lane {
    const cells = columnCells(grid, `lane-${lane.id}`, [lane], (touchpoint, x) => cell(touchpoint, lane, x, grid.ids));
    return { key: `lane-${lane.id}`, title: lane.title, subtitle: 'custom lane', marks: cells?.marks ?? [], height: cells?.height ?? 8 };
}
