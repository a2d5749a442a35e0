/** Small builders shared by the views: moving marks, rounded orthogonal paths, arrowheads, legend texts. */
import type { Mark, PathMark, PathSegment, Point, Role, TextMark } from './scene.js';

/** Moves freshly built marks by (dx, dy), in place: lanes are built at y = 0, then stacked. */
export function shiftMarks(marks: readonly Mark[], dx: number, dy: number): void {
    for (const mark of marks) {
        switch (mark.type) {
            case 'group':
                shiftMarks(mark.children, dx, dy);
                break;
            case 'rect':
            case 'text':
            case 'icon':
            case 'image':
                mark.x += dx;
                mark.y += dy;
                break;
            case 'circle':
                mark.cx += dx;
                mark.cy += dy;
                break;
            case 'path':
                mark.segments.forEach((segment, index) => (mark.segments[index] = movedSegment(segment, dx, dy)));
                break;
        }
    }
}

/**
 * A copy of `mark` moved by (dx, dy), leaving `mark` as it is (the layout memo's marks are
 * never changed); what a move leaves alone (texts, dashes) is shared with it.
 */
export function movedMark(mark: Mark, dx: number, dy: number): Mark {
    switch (mark.type) {
        case 'group':
            return { ...mark, children: mark.children.map(child => movedMark(child, dx, dy)) };
        case 'rect':
        case 'text':
        case 'icon':
        case 'image':
            return { ...mark, x: mark.x + dx, y: mark.y + dy };
        case 'circle':
            return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
        case 'path':
            return { ...mark, segments: mark.segments.map(segment => movedSegment(segment, dx, dy)) };
    }
}

function movedSegment(segment: PathSegment, dx: number, dy: number): PathSegment {
    const moved = (point: Point): Point => ({ x: point.x + dx, y: point.y + dy });
    switch (segment.op) {
        case 'Z':
            return segment;
        case 'Q':
            return { op: 'Q', control: moved(segment.control), to: moved(segment.to) };
        case 'C':
            return { op: 'C', control1: moved(segment.control1), control2: moved(segment.control2), to: moved(segment.to) };
        default:
            return { op: segment.op, to: moved(segment.to) };
    }
}

/** A polyline through `points` whose corners are rounded with the given radius. */
export function roundedPolyline(points: readonly Point[], radius: number): PathSegment[] {
    const segments: PathSegment[] = [{ op: 'M', to: points[0] }];
    for (let i = 1; i < points.length - 1; i++) {
        const [previous, corner, next] = [points[i - 1], points[i], points[i + 1]];
        const before = Math.hypot(corner.x - previous.x, corner.y - previous.y);
        const after = Math.hypot(next.x - corner.x, next.y - corner.y);
        const r = Math.min(radius, before / 2, after / 2);
        if (r < 0.5) {
            segments.push({ op: 'L', to: corner });
            continue;
        }
        const toward = (from: Point, to: Point, length: number, distance: number): Point => ({
            x: from.x + (to.x - from.x) * (distance / length),
            y: from.y + (to.y - from.y) * (distance / length)
        });
        segments.push({ op: 'L', to: toward(corner, previous, before, r) });
        segments.push({ op: 'Q', control: corner, to: toward(corner, next, after, r) });
    }
    segments.push({ op: 'L', to: points[points.length - 1] });
    return segments;
}

/** A filled triangular arrowhead whose tip is at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point, role: Role, length = 8, width = 7): PathMark {
    const distance = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
    const ux = (tip.x - from.x) / distance;
    const uy = (tip.y - from.y) / distance;
    const base = { x: tip.x - ux * length, y: tip.y - uy * length };
    const half = width / 2;
    return {
        type: 'path',
        role,
        filled: true,
        segments: [
            { op: 'M', to: tip },
            { op: 'L', to: { x: base.x - uy * half, y: base.y + ux * half } },
            { op: 'L', to: { x: base.x + uy * half, y: base.y - ux * half } },
            { op: 'Z' }
        ]
    };
}

/** A closed polygon. */
export function polygon(points: readonly Point[], role: Role, strokeWidth?: number): PathMark {
    return {
        type: 'path',
        role,
        filled: true,
        strokeWidth,
        segments: [...points.map((to, index): PathSegment => ({ op: index === 0 ? 'M' : 'L', to })), { op: 'Z' }]
    };
}

/** One line of a legend: an entry in 11.5 px, a heading in bold 12 px. */
export function legendText(x: number, y: number, text: string, heading = false): TextMark {
    const size = heading ? 12 : 11.5;
    return { type: 'text', x, y, lines: [text], size, lineHeight: size, weight: heading ? 'bold' : 'normal', role: 'text' };
}
