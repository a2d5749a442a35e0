/**
 * The mark of a stakeholder, the same on the journey map and the stakeholder map: its shape
 * tells its type, its colour its attitude, and a symbol inside repeats the attitude so that
 * colour is never the only carrier of meaning.
 */
import type { Attitude, StakeholderType } from '@cjourney/model';
import { polygon } from './marks.js';
import type { Mark, Point, Role } from './scene.js';

export const ATTITUDE_SYMBOL: Readonly<Record<Attitude, string>> = {
    champion: '++',
    supporter: '+',
    neutral: '=',
    sceptic: '?',
    blocker: '×'
};

export const TYPE_SHAPE_NAME: Readonly<Record<StakeholderType | 'unknown', string>> = {
    customer: 'circle',
    internal: 'square',
    external: 'diamond',
    indirect: 'triangle',
    unknown: 'hexagon'
};

export function attitudeRole(attitude: Attitude): Role {
    return `attitude-${attitude}`;
}

function regular(cx: number, cy: number, r: number, sides: number, startAngle: number): Point[] {
    return Array.from({ length: sides }, (_, i) => {
        const angle = startAngle + (i * 2 * Math.PI) / sides;
        return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
    });
}

/** The shape of a stakeholder type centred on (cx, cy), `size` wide. */
export function typeShape(type: StakeholderType | undefined, cx: number, cy: number, size: number, role: Role): Mark {
    const r = size / 2;
    switch (type) {
        case 'customer':
            return { type: 'circle', cx, cy, r, role, strokeWidth: 1.5 };
        case 'internal':
            return {
                type: 'rect',
                x: cx - r * 0.9,
                y: cy - r * 0.9,
                width: r * 1.8,
                height: r * 1.8,
                radius: r * 0.3,
                role,
                strokeWidth: 1.5
            };
        case 'external':
            return polygon(
                [
                    { x: cx, y: cy - r * 1.1 },
                    { x: cx + r * 1.1, y: cy },
                    { x: cx, y: cy + r * 1.1 },
                    { x: cx - r * 1.1, y: cy }
                ],
                role,
                1.5
            );
        case 'indirect':
            return polygon(regular(cx, cy + r * 0.2, r * 1.2, 3, -Math.PI / 2), role, 1.5);
        default:
            return polygon(regular(cx, cy, r, 6, 0), role, 1.5);
    }
}

/** Shape and attitude symbol; the symbol is left out when the mark is too small to read it. */
export function stakeholderMarker(type: StakeholderType | undefined, attitude: Attitude, cx: number, cy: number, size: number): Mark[] {
    const marks: Mark[] = [typeShape(type, cx, cy, size, attitudeRole(attitude))];
    if (size >= 18) {
        const fontSize = Math.round(size * 0.5);
        const symbolY = type === 'indirect' ? cy + size * 0.28 : cy + fontSize * 0.36;
        marks.push({
            type: 'text',
            x: cx,
            y: symbolY,
            lines: [ATTITUDE_SYMBOL[attitude]],
            size: fontSize,
            lineHeight: fontSize,
            weight: 'bold',
            anchor: 'middle',
            role: 'attitude-symbol'
        });
    }
    return marks;
}
