/**
 * The stakeholder map (Mendelow's power/interest grid). The language has three levels and
 * the grid two halves; only `high` is the high half (docs/language.md), so each half of an
 * axis is split into bands — low and medium share the low half — and every stakeholder sits
 * in the cell of its power and interest. Cells grow to hold everyone without overlap; those
 * without power or interest are listed apart. Placement is deterministic, no ELK.
 */
import { plural, QUADRANT_INFO, quadrantOf, type Level, type Quadrant, type Stakeholder } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { journeyHeader, type HeaderContent } from '../journey-header.js';
import { arrowHead } from '../marks.js';
import type { GroupMark, Mark, Point, Role, Scene } from '../scene.js';
import { ATTITUDE_SYMBOL, stakeholderMarker, TYPE_SHAPE_NAME } from '../stakeholder-marker.js';
import { textBlock } from '../text-block.js';

const MARGIN = 32;
const NODE_W = 176;
const GAP = 14;
const CELL_PAD = 16;
const LABEL_SPACE = 62;
const AXIS_SPACE = 64;
const MIN_BAND = 150;
const MARKER = 26;

type Band = Level;
const BANDS: readonly Band[] = ['low', 'medium', 'high'];

interface PlacedNode {
    stakeholder: Stakeholder;
    /** The node's card. */
    x: number;
    y: number;
    width: number;
    height: number;
}

const NODE_PAD = 8;

interface NodeContent {
    marks: Mark[];
    height: number;
}

/** A stakeholder's card content with its top-left corner at (x, y): marker, name, type and attitude in words. */
function nodeContent(stakeholder: Stakeholder, x: number, y: number): NodeContent {
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
    return { marks, height: Math.max(MARKER, name.height + meta.height) + 2 * NODE_PAD };
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

function nodeGroup(
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

/** Columns a crowded cell uses: up to three side by side, so cells stay closer to square. */
function columnsFor(count: number): number {
    return Math.min(3, Math.max(1, Math.ceil(Math.sqrt(count))));
}

function cellKey(power: Band, interest: Band): string {
    return `${power}/${interest}`;
}

/** Widths of the interest bands (low, medium, high): the high half as wide as low + medium. */
function balancedBands(needs: Record<Band, number>): Record<Band, number> {
    const lowHalf = needs.low + needs.medium;
    const half = Math.max(lowHalf, needs.high);
    return { low: (needs.low / lowHalf) * half, medium: (needs.medium / lowHalf) * half, high: half };
}

function centreOf(node: PlacedNode): Point {
    return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

/** Where the line from the node's centre toward `toward` leaves its card. */
function exitPoint(node: PlacedNode, toward: Point, gap: number): Point {
    const centre = centreOf(node);
    const dx = toward.x - centre.x;
    const dy = toward.y - centre.y;
    const scale = Math.min(
        dx === 0 ? Infinity : (node.width / 2 + gap) / Math.abs(dx),
        dy === 0 ? Infinity : (node.height / 2 + gap) / Math.abs(dy)
    );
    return Number.isFinite(scale) ? { x: centre.x + dx * scale, y: centre.y + dy * scale } : centre;
}

function influenceEdge(from: PlacedNode, to: PlacedNode, ids: ElementIds): GroupMark {
    const a = centreOf(from);
    const b = centreOf(to);
    const distance = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Bend to the left of the direction of travel: A→B and B→A take different sides.
    const bend = Math.min(60, distance * 0.18);
    const control = { x: (a.x + b.x) / 2 - ((b.y - a.y) / distance) * bend, y: (a.y + b.y) / 2 + ((b.x - a.x) / distance) * bend };
    const start = exitPoint(from, control, 2);
    const tip = exitPoint(to, control, 2);
    const length = Math.hypot(control.x - tip.x, control.y - tip.y) || 1;
    const lineEnd = { x: tip.x + ((control.x - tip.x) / length) * 7, y: tip.y + ((control.y - tip.y) / length) * 7 };
    return {
        type: 'group',
        id: ids.make('influence', from.stakeholder.id, to.stakeholder.id),
        kind: 'influence',
        modelId: `${from.stakeholder.id}->${to.stakeholder.id}`,
        tooltip: `${from.stakeholder.title} influences ${to.stakeholder.title}`,
        children: [
            {
                type: 'path',
                role: 'influence',
                strokeWidth: 1.6,
                segments: [
                    { op: 'M', to: start },
                    { op: 'Q', control, to: lineEnd }
                ]
            },
            arrowHead(control, tip, 'influence-arrow')
        ]
    };
}

function legend(x: number, y: number): { marks: Mark[]; height: number; width: number } {
    const width = 220;
    const marks: Mark[] = [
        { type: 'text', x: x + 14, y: y + 22, lines: ['Shape: type'], size: 12, lineHeight: 12, weight: 'bold', role: 'text' }
    ];
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
    marks.push({
        type: 'text',
        x: x + 14,
        y: row + 10,
        lines: ['Colour and symbol: attitude'],
        size: 12,
        lineHeight: 12,
        weight: 'bold',
        role: 'text'
    });
    row += 22;
    for (const attitude of Object.keys(ATTITUDE_SYMBOL) as Array<keyof typeof ATTITUDE_SYMBOL>) {
        marks.push(...stakeholderMarker('customer', attitude, x + 24, row + 9, 18), {
            type: 'text',
            x: x + 40,
            y: row + 13,
            lines: [attitude],
            size: 11.5,
            lineHeight: 11.5,
            weight: 'normal',
            role: 'text'
        });
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
        { type: 'text', x: x + 50, y: row + 12, lines: ['influences'], size: 11.5, lineHeight: 11.5, weight: 'normal', role: 'text' }
    );
    row += 28;
    marks.unshift({ type: 'rect', x, y, width, height: row - y, radius: 8, role: 'legend-box' });
    return { marks, height: row - y, width };
}

export interface StakeholderMapInput {
    stakeholders: readonly Stakeholder[];
    header: HeaderContent;
    /** Used in the scene's title. */
    subject: string;
}

export function layoutStakeholderMap(input: StakeholderMapInput): Scene {
    const ids = new ElementIds();
    const placed = input.stakeholders.filter(stakeholder => stakeholder.power && stakeholder.interest);
    const unplaced = input.stakeholders.filter(stakeholder => !stakeholder.power || !stakeholder.interest);
    const cells = new Map<string, Stakeholder[]>();
    for (const stakeholder of placed) {
        const key = cellKey(stakeholder.power!, stakeholder.interest!);
        cells.set(key, [...(cells.get(key) ?? []), stakeholder]);
    }
    const nodeHeight = Math.max(MARKER + 2 * NODE_PAD, ...input.stakeholders.map(stakeholder => nodeContent(stakeholder, 0, 0).height));

    // Band sizes from the most crowded cell of each band.
    const widthNeeds = { low: MIN_BAND, medium: MIN_BAND, high: 2 * MIN_BAND } as Record<Band, number>;
    const heightNeeds = { low: MIN_BAND * 0.6, medium: MIN_BAND * 0.6, high: MIN_BAND * 1.2 } as Record<Band, number>;
    for (const power of BANDS) {
        for (const interest of BANDS) {
            const count = cells.get(cellKey(power, interest))?.length ?? 0;
            if (count === 0) continue;
            const columns = columnsFor(count);
            const rows = Math.ceil(count / columns);
            widthNeeds[interest] = Math.max(widthNeeds[interest], columns * (NODE_W + GAP) - GAP + 2 * CELL_PAD);
            heightNeeds[power] = Math.max(heightNeeds[power], rows * (nodeHeight + GAP) - GAP + 2 * CELL_PAD);
        }
    }
    const widths = balancedBands(widthNeeds);
    // Quadrant labels sit at the top of the high-power band and of the medium band (top of the lower half).
    const heights = balancedBands({ low: heightNeeds.low, medium: heightNeeds.medium + LABEL_SPACE, high: heightNeeds.high + LABEL_SPACE });

    const header = journeyHeader(input.header, MARGIN, MARGIN, 900);
    const gridLeft = MARGIN + AXIS_SPACE;
    const gridTop = MARGIN + header.height + 24;
    const x0 = { low: gridLeft, medium: gridLeft + widths.low, high: gridLeft + widths.low + widths.medium } as Record<Band, number>;
    const y0 = { high: gridTop, medium: gridTop + heights.high, low: gridTop + heights.high + heights.medium } as Record<Band, number>;
    const gridRight = x0.high + widths.high;
    const gridBottom = y0.low + heights.low;
    const halfX = x0.high;
    const halfY = y0.medium;

    const marks: Mark[] = [...header.marks];
    const quadrants: Array<{ quadrant: Quadrant; x: number; y: number; width: number; height: number }> = [
        { quadrant: 'keep-satisfied', x: gridLeft, y: gridTop, width: halfX - gridLeft, height: halfY - gridTop },
        { quadrant: 'manage-closely', x: halfX, y: gridTop, width: gridRight - halfX, height: halfY - gridTop },
        { quadrant: 'monitor', x: gridLeft, y: halfY, width: halfX - gridLeft, height: gridBottom - halfY },
        { quadrant: 'keep-informed', x: halfX, y: halfY, width: gridRight - halfX, height: gridBottom - halfY }
    ];
    const quadrantOfPlaced = (stakeholder: Stakeholder) => quadrantOf(stakeholder.power!, stakeholder.interest!);
    for (const area of quadrants) {
        const count = placed.filter(stakeholder => quadrantOfPlaced(stakeholder) === area.quadrant).length;
        const info = QUADRANT_INFO[area.quadrant];
        const title = textBlock(
            `${info.label}  ·  ${plural(count, 'stakeholder')}`,
            area.x + CELL_PAD,
            area.y + 12,
            area.width - 2 * CELL_PAD,
            { size: 14, weight: 'bold', role: 'quadrant-label', maxLines: 1 }
        );
        const advice = textBlock(info.advice, area.x + CELL_PAD, area.y + 12 + title.height + 1, area.width - 2 * CELL_PAD, {
            size: 11,
            role: 'muted',
            maxLines: 2
        });
        marks.push({
            type: 'group',
            id: ids.make('quadrant', area.quadrant),
            kind: 'quadrant',
            modelId: area.quadrant,
            tooltip: `${info.label}: ${info.advice}`,
            children: [
                { type: 'rect', x: area.x, y: area.y, width: area.width, height: area.height, role: `quadrant-${area.quadrant}` as Role },
                title.mark,
                advice.mark
            ]
        });
    }
    // Dashed lines between the low and medium bands; solid lines between the halves.
    const line = (from: Point, to: Point, role: Role, dash?: number[], strokeWidth = 1): Mark => ({
        type: 'path',
        role,
        strokeWidth,
        dash,
        segments: [
            { op: 'M', to: from },
            { op: 'L', to }
        ]
    });
    marks.push(
        line({ x: x0.medium, y: halfY + LABEL_SPACE - 8 }, { x: x0.medium, y: gridBottom }, 'band-divider', [4, 4]),
        line({ x: x0.medium, y: gridTop + LABEL_SPACE - 8 }, { x: x0.medium, y: halfY }, 'band-divider', [4, 4]),
        line({ x: gridLeft, y: y0.low }, { x: gridRight, y: y0.low }, 'band-divider', [4, 4]),
        line({ x: halfX, y: gridTop }, { x: halfX, y: gridBottom }, 'axis', undefined, 1.5),
        line({ x: gridLeft, y: halfY }, { x: gridRight, y: halfY }, 'axis', undefined, 1.5)
    );

    // Axes with their band words: the position reads without colour.
    marks.push(
        line({ x: gridLeft, y: gridBottom }, { x: gridRight + 10, y: gridBottom }, 'axis', undefined, 1.5),
        arrowHead({ x: gridRight, y: gridBottom }, { x: gridRight + 14, y: gridBottom }, 'edge-arrow'),
        line({ x: gridLeft, y: gridBottom }, { x: gridLeft, y: gridTop - 10 }, 'axis', undefined, 1.5),
        arrowHead({ x: gridLeft, y: gridTop }, { x: gridLeft, y: gridTop - 14 }, 'edge-arrow')
    );
    for (const band of BANDS) {
        marks.push(
            {
                type: 'text',
                x: x0[band] + widths[band] / 2,
                y: gridBottom + 18,
                lines: [band],
                size: 11.5,
                lineHeight: 11.5,
                weight: 'normal',
                anchor: 'middle',
                role: 'axis-label'
            },
            {
                type: 'text',
                x: gridLeft - 10,
                y: y0[band] + heights[band] / 2,
                lines: [band],
                size: 11.5,
                lineHeight: 11.5,
                weight: 'normal',
                anchor: 'middle',
                role: 'axis-label',
                rotate: -90
            }
        );
    }
    marks.push(
        {
            type: 'text',
            x: (gridLeft + gridRight) / 2,
            y: gridBottom + 40,
            lines: ['Interest →'],
            size: 13,
            lineHeight: 13,
            weight: 'bold',
            anchor: 'middle',
            role: 'axis-label'
        },
        {
            type: 'text',
            x: gridLeft - 34,
            y: (gridTop + gridBottom) / 2,
            lines: ['Power →'],
            size: 13,
            lineHeight: 13,
            weight: 'bold',
            anchor: 'middle',
            role: 'axis-label',
            rotate: -90
        }
    );

    // Nodes, cell by cell, row by row.
    const nodes = new Map<string, PlacedNode>();
    const nodeMarks: Mark[] = [];
    for (const power of BANDS) {
        for (const interest of BANDS) {
            const members = cells.get(cellKey(power, interest)) ?? [];
            const columns = columnsFor(members.length);
            const top = y0[power] + CELL_PAD + (power === 'high' || power === 'medium' ? LABEL_SPACE : 0);
            members.forEach((stakeholder, i) => {
                const { group, node } = nodeGroup(
                    stakeholder,
                    x0[interest] + CELL_PAD + (i % columns) * (NODE_W + GAP),
                    top + Math.floor(i / columns) * (nodeHeight + GAP),
                    nodeHeight,
                    ids
                );
                nodeMarks.push(group);
                if (!nodes.has(stakeholder.id)) nodes.set(stakeholder.id, node);
            });
        }
    }

    const legendBox = legend(gridRight + 40, gridTop);
    let sideBottom = gridTop + legendBox.height;
    const sideMarks: Mark[] = [...legendBox.marks];
    if (unplaced.length > 0) {
        const x = gridRight + 40;
        let y = sideBottom + 24;
        sideMarks.push(
            textBlock('Not on the grid', x, y, 220, { size: 13, weight: 'bold', role: 'text' }).mark,
            textBlock('power or interest not set', x, y + 18, 220, { size: 11, role: 'muted' }).mark
        );
        y += 40;
        for (const stakeholder of unplaced) {
            const { group, node } = nodeGroup(stakeholder, x, y, nodeHeight, ids);
            nodeMarks.push(group);
            if (!nodes.has(stakeholder.id)) nodes.set(stakeholder.id, node);
            y += nodeHeight + GAP;
        }
        sideBottom = y;
    }
    if (input.stakeholders.length === 0) {
        marks.push(
            textBlock(
                'No stakeholders yet: add `stakeholder Name { power high interest high }` to place them here.',
                halfX - 200,
                halfY - 10,
                400,
                { size: 13, role: 'placeholder', anchor: 'start', maxLines: 2 }
            ).mark
        );
    }

    const edges: Mark[] = [];
    for (const stakeholder of input.stakeholders) {
        const from = nodes.get(stakeholder.id);
        for (const target of stakeholder.influences) {
            const to = nodes.get(target);
            if (from && to && to !== from) edges.push(influenceEdge(from, to, ids));
        }
    }
    marks.push(...edges, ...nodeMarks, ...sideMarks);
    const width = Math.max(gridRight + 40 + legendBox.width, MARGIN + header.width) + MARGIN;
    const height = Math.max(gridBottom + 56, sideBottom) + MARGIN;
    return { view: 'stakeholders', width, height, title: `${input.subject} — stakeholder map`, notes: [], marks };
}
