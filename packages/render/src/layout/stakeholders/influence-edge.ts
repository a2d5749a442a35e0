/** An influence arrow between two stakeholder cards, bent so that A→B and B→A do not overlap. */
import type { ElementIds } from '../element-ids.js';
import { arrowHead } from '../marks.js';
import type { GroupMark, Point } from '../scene.js';
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
