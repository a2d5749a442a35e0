/**
 * The box of a mark that has a size of its own (a rectangle, an image, a circle, an icon),
 * shared by the cuts of the PDF pages (scene-bands.ts, slide-parts.ts, view-blocks.ts), which
 * each treat texts, paths and groups their own way.
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
