/**
 * The stakeholder map (Mendelow's power/interest grid). The language has three levels and
 * the grid two halves; only `high` is the high half (docs/language.md), so each half of an
 * axis is split into bands — low and medium share the low half — and every stakeholder sits
 * in the cell of its power and interest. Cells grow to hold everyone without overlap; those
 * without power or interest are listed apart. Placement is deterministic, no ELK.
 */
import type { Stakeholder } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { journeyHeader, type HeaderContent } from '../journey-header.js';
import type { Mark, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { BANDS, CELL_PAD, GAP, gridGeometry, LABEL_SPACE, type GridGeometry } from './grid-geometry.js';
import { axisMarks, quadrantMarks } from './grid-marks.js';
import { influenceEdge } from './influence-edge.js';
import { legend, nodeGroup, NODE_W, type PlacedNode } from './stakeholder-node.js';

const MARGIN = 32;
const AXIS_SPACE = 64;

export interface StakeholderMapInput {
    stakeholders: readonly Stakeholder[];
    header: HeaderContent;
    /** Used in the scene's title. */
    subject: string;
}

/** The cards drawn so far, and the first card of each stakeholder (where its arrows attach). */
interface Cards {
    nodes: Map<string, PlacedNode>;
    marks: Mark[];
}

export function layoutStakeholderMap(input: StakeholderMapInput): Scene {
    const ids = new ElementIds();
    const placed = input.stakeholders.filter(stakeholder => stakeholder.power && stakeholder.interest);
    const unplaced = input.stakeholders.filter(stakeholder => !stakeholder.power || !stakeholder.interest);
    const header = journeyHeader(input.header, MARGIN, MARGIN, 900);
    const grid = gridGeometry(input.stakeholders, placed, MARGIN + AXIS_SPACE, MARGIN + header.height + 24);
    const marks: Mark[] = [...header.marks, ...quadrantMarks(grid, placed, ids), ...axisMarks(grid)];
    const cards: Cards = { nodes: new Map(), marks: [] };
    placeGridCards(grid, cards, ids);
    const legendBox = legend(grid.right + 40, grid.top);
    const sideMarks: Mark[] = [...legendBox.marks];
    const sideBottom = placeUnplacedCards(unplaced, grid, { x: grid.right + 40, y: grid.top + legendBox.height }, cards, sideMarks, ids);
    if (input.stakeholders.length === 0) {
        marks.push(
            textBlock(
                'No stakeholders yet: add `stakeholder Name { power high interest high }` to place them here.',
                grid.halfX - 200,
                grid.halfY - 10,
                400,
                { size: 13, role: 'placeholder', anchor: 'start', maxLines: 2 }
            ).mark
        );
    }
    marks.push(...influenceEdges(input.stakeholders, cards.nodes, ids), ...cards.marks, ...sideMarks);
    const width = Math.max(grid.right + 40 + legendBox.width, MARGIN + header.width) + MARGIN;
    const height = Math.max(grid.bottom + 56, sideBottom) + MARGIN;
    return { view: 'stakeholders', width, height, title: `${input.subject} — stakeholder map`, notes: [], marks };
}

function addCard(cards: Cards, stakeholder: Stakeholder, x: number, y: number, height: number, ids: ElementIds): void {
    const { group, node } = nodeGroup(stakeholder, x, y, height, ids);
    cards.marks.push(group);
    if (!cards.nodes.has(stakeholder.id)) cards.nodes.set(stakeholder.id, node);
}

/** The cards in their cells, cell by cell, row by row. */
function placeGridCards(grid: GridGeometry, cards: Cards, ids: ElementIds): void {
    for (const power of BANDS) {
        for (const interest of BANDS) {
            const members = grid.cells.get(`${power}/${interest}`) ?? [];
            const columns = grid.columnsFor(members.length);
            const top = grid.y0[power] + CELL_PAD + (power === 'high' || power === 'medium' ? LABEL_SPACE : 0);
            members.forEach((stakeholder, i) =>
                addCard(
                    cards,
                    stakeholder,
                    grid.x0[interest] + CELL_PAD + (i % columns) * (NODE_W + GAP),
                    top + Math.floor(i / columns) * (grid.nodeHeight + GAP),
                    grid.nodeHeight,
                    ids
                )
            );
        }
    }
}

/** Stakeholders without power or interest, in a column under the legend; returns its bottom. */
function placeUnplacedCards(
    unplaced: readonly Stakeholder[],
    grid: GridGeometry,
    at: { x: number; y: number },
    cards: Cards,
    sideMarks: Mark[],
    ids: ElementIds
): number {
    if (unplaced.length === 0) {
        return at.y;
    }
    let y = at.y + 24;
    sideMarks.push(
        textBlock('Not on the grid', at.x, y, 220, { size: 13, weight: 'bold', role: 'text' }).mark,
        textBlock('power or interest not set', at.x, y + 18, 220, { size: 11, role: 'muted' }).mark
    );
    y += 40;
    for (const stakeholder of unplaced) {
        addCard(cards, stakeholder, at.x, y, grid.nodeHeight, ids);
        y += grid.nodeHeight + GAP;
    }
    return y;
}

function influenceEdges(stakeholders: readonly Stakeholder[], nodes: ReadonlyMap<string, PlacedNode>, ids: ElementIds): Mark[] {
    const edges: Mark[] = [];
    for (const stakeholder of stakeholders) {
        const from = nodes.get(stakeholder.id);
        for (const target of stakeholder.influences) {
            const to = nodes.get(target);
            if (from && to && to !== from) edges.push(influenceEdge(from, to, ids));
        }
    }
    return edges;
}
