/** The box a group's drawing takes, for outlining it: its shapes, or its lines when it has no shape. */
import { isRightToLeft, rightToLeftPlacement } from '../render/text-direction.js';
import { measureText } from '../text-metrics.js';
import type { Mark, PathMark } from '../layout/scene.js';

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

function pathPoints(mark: PathMark): Array<{ x: number; y: number }> {
    return mark.segments.flatMap(segment => {
        switch (segment.op) {
            case 'Z':
                return [];
            case 'Q':
                return [segment.control, segment.to];
            case 'C':
                return [segment.control1, segment.control2, segment.to];
            default:
                return [segment.to];
        }
    });
}

/** Corner points of a mark, or none for marks of the other kind. */
function corners(mark: Mark, shapesOnly: boolean): Array<{ x: number; y: number }> {
    switch (mark.type) {
        case 'rect':
        case 'image':
            return [
                { x: mark.x, y: mark.y },
                { x: mark.x + mark.width, y: mark.y + mark.height }
            ];
        case 'circle':
            return [
                { x: mark.cx - mark.r, y: mark.cy - mark.r },
                { x: mark.cx + mark.r, y: mark.cy + mark.r }
            ];
        case 'path':
            return !shapesOnly || mark.filled ? pathPoints(mark) : [];
        case 'icon':
            return shapesOnly
                ? []
                : [
                      { x: mark.x, y: mark.y },
                      { x: mark.x + mark.size, y: mark.y + mark.size }
                  ];
        case 'group':
            return mark.children.flatMap(child => corners(child, shapesOnly));
        case 'text': {
            if (shapesOnly) return [];
            const width = Math.max(...mark.lines.map(line => measureText(line, { size: mark.size, weight: mark.weight })));
            // Where the SVG draws it: a right-to-left text against its box's right edge (text-direction.ts).
            const { x, anchor } = isRightToLeft(mark.lines) && !mark.rotate ? rightToLeftPlacement(mark.x, mark.anchor, mark.width) : mark;
            const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
            return [
                { x: left, y: mark.y - mark.size },
                { x: left + width, y: mark.y + (mark.lines.length - 1) * mark.lineHeight + mark.size * 0.25 }
            ];
        }
    }
}

function boxAround(points: ReadonlyArray<{ x: number; y: number }>): Box | undefined {
    if (points.length === 0) return undefined;
    const xs = points.map(point => point.x);
    const ys = points.map(point => point.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function has(marks: readonly Mark[], test: (mark: Mark) => boolean): boolean {
    return marks.some(mark => test(mark) || (mark.type === 'group' && has(mark.children, test)));
}

/**
 * The body of a group: its rectangles, circles and filled shapes (a card, an emotion's dot,
 * a stakeholder's marker), without the labels and links around them; `shape: false` when
 * the group is drawn with lines (a flow arrow: its line and arrowhead).
 */
export function bodyBox(children: readonly Mark[]): { box: Box; shape: boolean } | undefined {
    const framed = has(children, mark => mark.type === 'rect' || mark.type === 'circle');
    const lines = has(children, mark => mark.type === 'path' && !mark.filled);
    const shapes = framed || !lines ? boxAround(children.flatMap(child => corners(child, true))) : undefined;
    if (shapes) return { box: shapes, shape: true };
    const all = contentBox(children);
    return all && { box: all, shape: false };
}

/** Everything a group draws, its labels included. */
export function contentBox(children: readonly Mark[]): Box | undefined {
    return boxAround(children.flatMap(child => corners(child, false)));
}
