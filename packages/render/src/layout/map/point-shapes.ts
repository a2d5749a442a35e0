/**
 * The point shapes of the emotion curves: each persona's points have their own shape (and
 * line style), so two curves are told apart without colour.
 */
import type { Mark, PathSegment, Role } from '../scene.js';

export const POINT_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'hexagon'] as const;
export type PointShape = (typeof POINT_SHAPES)[number];

/** A regular polygon's corners around (cx, cy), the first at `start` radians (0 = right, clockwise on screen). */
function polygon(cx: number, cy: number, r: number, corners: number, start: number): PathSegment[] {
    const segments: PathSegment[] = [];
    for (let i = 0; i < corners; i++) {
        const angle = start + (i * 2 * Math.PI) / corners;
        const to = { x: Math.round((cx + r * Math.cos(angle)) * 100) / 100, y: Math.round((cy + r * Math.sin(angle)) * 100) / 100 };
        segments.push({ op: i === 0 ? 'M' : 'L', to });
    }
    segments.push({ op: 'Z' });
    return segments;
}

/** A point of `shape` centred on (cx, cy), about `r` in radius, filled with `role`'s colour. */
export function pointShape(shape: PointShape, cx: number, cy: number, r: number, role: Role): Mark {
    switch (shape) {
        case 'circle':
            return { type: 'circle', cx, cy, r, role, strokeWidth: 2 };
        case 'square':
            return { type: 'rect', x: cx - r * 0.85, y: cy - r * 0.85, width: r * 1.7, height: r * 1.7, role, strokeWidth: 2 };
        case 'diamond':
            return { type: 'path', filled: true, role, strokeWidth: 2, segments: polygon(cx, cy, r * 1.2, 4, -Math.PI / 2) };
        case 'triangle':
            return { type: 'path', filled: true, role, strokeWidth: 2, segments: polygon(cx, cy, r * 1.25, 3, -Math.PI / 2) };
        case 'triangle-down':
            return { type: 'path', filled: true, role, strokeWidth: 2, segments: polygon(cx, cy, r * 1.25, 3, Math.PI / 2) };
        case 'hexagon':
            return { type: 'path', filled: true, role, strokeWidth: 2, segments: polygon(cx, cy, r * 1.1, 6, 0) };
    }
}
