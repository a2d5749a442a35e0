/** A stakeholder's card on the map: marker, name, type and attitude, with every fact in its tooltip; and the map's legend. */
import { QUADRANT_INFO, type Stakeholder } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { arrowHead, legendText, polygon } from '../marks.js';
import type { GroupMark, Mark } from '../scene.js';
import { ATTITUDE_SYMBOL, stakeholderMarker, TYPE_SHAPE_NAME } from '../stakeholder-marker.js';
import { textBlock } from '../text-block.js';

export const NODE_W = 176;
export const MARKER = 26;

export interface PlacedNode {
    stakeholder: Stakeholder;
    /** The node's card. */
    x: number;
    y: number;
    width: number;
    height: number;
}

export const NODE_PAD = 8;

interface NodeContent {
    marks: Mark[];
    height: number;
}

/** A stakeholder's card content with its top-left corner at (x, y): marker, name, type and attitude in words. */
export function nodeContent(stakeholder: Stakeholder, x: number, y: number): NodeContent {
    const marks = stakeholderMarker(stakeholder.type, stakeholder.attitude, x + NODE_PAD + MARKER / 2, y + NODE_PAD + MARKER / 2, MARKER);
    const textX = x + NODE_PAD + MARKER + 9;
    const textWidth = NODE_W - (textX - x) - NODE_PAD;
    const name = textBlock(stakeholder.title, textX, y + NODE_PAD - 1, textWidth, {
        size: 12.5,
        weight: 'bold',
        role: 'text',
        maxLines: 2
    });
    const meta = textBlock(
        `${stakeholder.type ?? 'type not set'} · ${stakeholder.attitude}`,
        textX,
        y + NODE_PAD + name.height,
        textWidth,
        { size: 11, role: 'muted', maxLines: 1 }
    );
    marks.push(name.mark, meta.mark);
    const top = Math.max(MARKER, name.height + meta.height) + NODE_PAD;
    const risks = riskLines(stakeholder, x, y + top);
    marks.push(...risks.marks);
    return { marks, height: top + risks.height + NODE_PAD };
}

/**
 * A warning triangle with the count and the first risk in words, under the name: what can go
 * wrong with this stakeholder is read on the map, not only on hover (every risk is in the tooltip).
 */
function riskLines(stakeholder: Stakeholder, x: number, top: number): NodeContent {
    const risks = stakeholder.risks;
    if (risks.length === 0) return { marks: [], height: 0 };
    const label = risks.length === 1 ? `Risk: ${risks[0]}` : `${risks.length} risks: ${risks[0]}`;
    const textX = x + NODE_PAD + 16;
    const text = textBlock(label, textX, top + 3, NODE_W - (textX - x) - NODE_PAD, { size: 11, role: 'text', maxLines: 2 });
    const cx = x + NODE_PAD + 6;
    const cy = top + 10;
    const triangle = polygon(
        [
            { x: cx, y: cy - 6 },
            { x: cx + 6.5, y: cy + 5 },
            { x: cx - 6.5, y: cy + 5 }
        ],
        'pain-mark'
    );
    const group: GroupMark = { type: 'group', children: [triangle, text.mark], tooltip: risks.map(risk => `Risk: ${risk}`).join('\n') };
    return { marks: [group], height: text.height + 4 };
}

function tooltip(stakeholder: Stakeholder): string {
    const facts: Array<[string, string | undefined]> = [
        ['Type', stakeholder.type],
        ['Power', stakeholder.power],
        ['Interest', stakeholder.interest],
        ['Attitude', stakeholder.attitude],
        ['Quadrant', stakeholder.quadrant && QUADRANT_INFO[stakeholder.quadrant].label],
        ['Role', stakeholder.role],
        ['Influences', stakeholder.influences.join(', ') || undefined]
    ];
    return [
        stakeholder.title,
        stakeholder.description,
        ...facts.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
        ...stakeholder.risks.map(risk => `Risk: ${risk}`)
    ]
        .filter(Boolean)
        .join('\n');
}

export function nodeGroup(
    stakeholder: Stakeholder,
    x: number,
    y: number,
    height: number,
    ids: ElementIds
): { group: GroupMark; node: PlacedNode } {
    const content = nodeContent(stakeholder, x, y);
    const children: Mark[] = [{ type: 'rect', x, y, width: NODE_W, height, radius: 8, role: 'card' }, ...content.marks];
    return {
        group: {
            type: 'group',
            id: ids.make('stakeholder', stakeholder.id),
            kind: 'stakeholder',
            modelId: stakeholder.id,
            tooltip: tooltip(stakeholder),
            children
        },
        node: { stakeholder, x, y, width: NODE_W, height }
    };
}

export function legend(x: number, y: number): { marks: Mark[]; height: number; width: number } {
    const width = 220;
    const marks: Mark[] = [legendText(x + 14, y + 22, 'Shape: type', true)];
    let row = y + 34;
    const types = ['customer', 'internal', 'external', 'indirect'] as const;
    for (const type of types) {
        marks.push(...stakeholderMarker(type, 'neutral', x + 24, row + 8, 14), {
            type: 'text',
            x: x + 40,
            y: row + 12,
            lines: [`${type} (${TYPE_SHAPE_NAME[type]})`],
            size: 11.5,
            lineHeight: 11.5,
            weight: 'normal',
            role: 'text'
        });
        row += 22;
    }
    row += 8;
    marks.push(legendText(x + 14, row + 10, 'Colour and symbol: attitude', true));
    row += 22;
    for (const attitude of Object.keys(ATTITUDE_SYMBOL) as Array<keyof typeof ATTITUDE_SYMBOL>) {
        marks.push(...stakeholderMarker('customer', attitude, x + 24, row + 9, 18), legendText(x + 40, row + 13, attitude));
        row += 24;
    }
    row += 4;
    marks.push(
        {
            type: 'path',
            role: 'influence',
            strokeWidth: 1.6,
            segments: [
                { op: 'M', to: { x: x + 14, y: row + 8 } },
                { op: 'L', to: { x: x + 36, y: row + 8 } }
            ]
        },
        arrowHead({ x: x + 30, y: row + 8 }, { x: x + 42, y: row + 8 }, 'influence-arrow'),
        legendText(x + 50, row + 12, 'influences')
    );
    row += 28;
    marks.unshift({ type: 'rect', x, y, width, height: row - y, radius: 8, role: 'legend-box' });
    return { marks, height: row - y, width };
}
