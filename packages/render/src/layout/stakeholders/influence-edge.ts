/**
 * An influence arrow between two stakeholder cards: routed around the other cards when a route
 * exists (orthogonal-router.ts), else a curve bent so that A→B and B→A do not overlap.
 */
import type { ElementIds } from '../element-ids.js';
import { arrowHead, roundedPolyline } from '../marks.js';
import type { GroupMark, Mark, Point } from '../scene.js';
import type { PlacedNode } from './stakeholder-node.js';

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

const ARROW_LENGTH = 8;

function edgeGroup(from: PlacedNode, to: PlacedNode, ids: ElementIds, children: Mark[]): GroupMark {
    return {
        type: 'group',
        id: ids.make('influence', from.stakeholder.id, to.stakeholder.id),
        kind: 'influence',
        modelId: `${from.stakeholder.id}->${to.stakeholder.id}`,
        tooltip: `${from.stakeholder.title} influences ${to.stakeholder.title}`,
        children
    };
}

/** The arrow along a route's corner points (the last point is the arrow's tip), corners rounded. */
export function routedInfluenceEdge(from: PlacedNode, to: PlacedNode, route: readonly Point[], ids: ElementIds): GroupMark {
    const tip = route[route.length - 1];
    const before = route[route.length - 2];
    const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
    // The line stops inside the arrowhead, so its end does not poke through the tip.
    const lineEnd = {
        x: tip.x + ((before.x - tip.x) / length) * (ARROW_LENGTH - 1),
        y: tip.y + ((before.y - tip.y) / length) * (ARROW_LENGTH - 1)
    };
    return edgeGroup(from, to, ids, [
        { type: 'path', role: 'influence', strokeWidth: 1.6, segments: roundedPolyline([...route.slice(0, -1), lineEnd], 8) },
        arrowHead(before, tip, 'influence-arrow', ARROW_LENGTH)
    ]);
}

export function influenceEdge(from: PlacedNode, to: PlacedNode, ids: ElementIds): GroupMark {
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
    return edgeGroup(from, to, ids, [
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
    ]);
}
