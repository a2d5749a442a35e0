/**
 * How far a mark reaches, for the cuts of the PDF pages (scene-bands.ts cuts across, between
 * lanes; slide-parts.ts along, between columns; view-blocks.ts both ways, with its own rule
 * for texts).
 */
import type { Mark } from '@cjourney/render';

export type ShapeMark = Extract<Mark, { type: 'rect' | 'image' | 'circle' | 'icon' }>;

export interface ShapeBox {
    left: number;
    right: number;
    top: number;
    bottom: number;
}

export function shapeBox(mark: ShapeMark): ShapeBox {
    switch (mark.type) {
        case 'rect':
        case 'image':
            return { left: mark.x, right: mark.x + mark.width, top: mark.y, bottom: mark.y + mark.height };
        case 'circle':
            return { left: mark.cx - mark.r, right: mark.cx + mark.r, top: mark.cy - mark.r, bottom: mark.cy + mark.r };
        case 'icon':
            return { left: mark.x, right: mark.x + mark.size, top: mark.y, bottom: mark.y + mark.size };
    }
}

/**
 * A mark's bounds: a text from its first line's ascent to its last line's descent, and
 * across only at its anchor point (the map's lane labels sit left of the columns they name).
 */
export function markBounds(mark: Mark): ShapeBox {
    switch (mark.type) {
        case 'rect':
        case 'image':
        case 'circle':
        case 'icon':
            return shapeBox(mark);
        case 'text':
            return {
                left: mark.x,
                right: mark.x,
                top: mark.y - mark.size,
                bottom: mark.y + (mark.lines.length - 1) * mark.lineHeight + mark.size * 0.3
            };
        case 'path':
            return unionOf(
                mark.segments.flatMap(segment =>
                    segment.op === 'Z' ? [] : [{ left: segment.to.x, right: segment.to.x, top: segment.to.y, bottom: segment.to.y }]
                )
            );
        case 'group':
            return unionOf(mark.children.map(markBounds));
    }
}

/** The box around boxes; all zero around none. */
function unionOf(boxes: readonly ShapeBox[]): ShapeBox {
    if (boxes.length === 0) return { left: 0, right: 0, top: 0, bottom: 0 };
    return {
        left: Math.min(...boxes.map(box => box.left)),
        right: Math.max(...boxes.map(box => box.right)),
        top: Math.min(...boxes.map(box => box.top)),
        bottom: Math.max(...boxes.map(box => box.bottom))
    };
}
