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
import { influenceEdge, routedInfluenceEdge } from './influence-edge.js';
import { OrthogonalRouter, type Box, type RouterOptions } from './orthogonal-router.js';
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
    /** Every card drawn, including repeats: what arrows must go around. */
    boxes: Box[];
    marks: Mark[];
}

export function layoutStakeholderMap(input: StakeholderMapInput): Scene {
    const ids = new ElementIds();
    const placed = input.stakeholders.filter(stakeholder => stakeholder.power && stakeholder.interest);
    const unplaced = input.stakeholders.filter(stakeholder => !stakeholder.power || !stakeholder.interest);
    const header = journeyHeader(input.header, MARGIN, MARGIN, 900);
    const grid = gridGeometry(input.stakeholders, placed, MARGIN + AXIS_SPACE, MARGIN + header.height + 24);
    const marks: Mark[] = [...header.marks, ...quadrantMarks(grid, placed, ids), ...axisMarks(grid)];
    const cards: Cards = { nodes: new Map(), boxes: [], marks: [] };
    placeGridCards(grid, cards, ids);
    const legendBox = legend(grid.right + 40, grid.top);
    const sideMarks: Mark[] = [...legendBox.marks];
    const sideBottom = placeUnplacedCards(unplaced, grid, { x: grid.right + 40, y: grid.top + legendBox.height }, cards, sideMarks, ids);
    if (input.stakeholders.length === 0) {
        marks.push(
            textBlock(
                'No stakeholders yet: add “stakeholder Name { power high interest high }” to place them here.',
                grid.halfX - 200,
                grid.halfY - 10,
                400,
                { size: 13, role: 'placeholder', anchor: 'start', maxLines: 2 }
            ).mark
        );
    }
    const legendArea = { x: grid.right + 40, y: grid.top, width: legendBox.width, height: legendBox.height };
    const routeArea = {
        x: grid.left + 2,
        y: grid.top + 2,
        width: legendArea.x + legendArea.width + 20 - grid.left,
        height: Math.max(grid.bottom, sideBottom + 20) - grid.top - 4
    };
    marks.push(...influenceEdges(input.stakeholders, cards, [legendArea], routeArea, avoidAreas(grid), ids), ...cards.marks, ...sideMarks);
    const width = Math.max(grid.right + 40 + legendBox.width, MARGIN + header.width) + MARGIN;
    const height = Math.max(grid.bottom + 56, sideBottom) + MARGIN;
    return { view: 'stakeholders', width, height, title: `${input.subject} — stakeholder map`, notes: [], marks };
}

function addCard(cards: Cards, stakeholder: Stakeholder, x: number, y: number, height: number, ids: ElementIds): void {
    const { group, node } = nodeGroup(stakeholder, x, y, height, ids);
    cards.marks.push(group);
    cards.boxes.push(node);
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

/** What arrows should not run along: the quadrants' labels and advice, and the axes between the halves. */
function avoidAreas(grid: GridGeometry): RouterOptions['avoid'] {
    const { left, right, top, bottom, halfX, halfY } = grid;
    const label = (x: number, y: number, width: number) => ({
        x: x + CELL_PAD,
        y: y + 8,
        width: width - 2 * CELL_PAD,
        height: LABEL_SPACE - 20,
        weight: 3
    });
    return [
        label(left, top, halfX - left),
        label(halfX, top, right - halfX),
        label(left, halfY, halfX - left),
        label(halfX, halfY, right - halfX),
        { x: halfX - 3, y: top, width: 6, height: bottom - top, weight: 2 },
        { x: left, y: halfY - 3, width: right - left, height: 6, weight: 2 }
    ];
}

/** The arrows, routed in model order around every card and the legend; a curve only where no route exists. */
function influenceEdges(
    stakeholders: readonly Stakeholder[],
    cards: Cards,
    others: readonly Box[],
    area: Box,
    avoid: RouterOptions['avoid'],
    ids: ElementIds
): Mark[] {
    const boxes = [...cards.boxes, ...others];
    const router = new OrthogonalRouter(boxes, { clearance: 7, stub: 18, bendCost: 40, bounds: area, avoid });
    const edges: Mark[] = [];
    for (const stakeholder of stakeholders) {
        const from = cards.nodes.get(stakeholder.id);
        for (const target of stakeholder.influences) {
            const to = cards.nodes.get(target);
            if (!from || !to || to === from) continue;
            const route = router.route(boxes.indexOf(from), boxes.indexOf(to), 2);
            edges.push(route ? routedInfluenceEdge(from, to, route, ids) : influenceEdge(from, to, ids));
        }
    }
    return edges;
}
