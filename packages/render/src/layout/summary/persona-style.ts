/**
 * How each persona's curve is told apart without colour: a dash pattern and a point shape
 * per persona (the stakeholder markers' shapes), on top of its colour (`persona-line-N`).
 */
import type { StakeholderType } from '@cjourney/model';
import type { Mark, Role } from '../scene.js';
import { typeShape, TYPE_SHAPE_NAME } from '../stakeholder-marker.js';

const DASHES: ReadonlyArray<number[] | undefined> = [undefined, [9, 5], [2, 4], [12, 4, 2, 4], [6, 3], [1, 3]];
const SHAPES: ReadonlyArray<StakeholderType | undefined> = ['customer', 'internal', 'external', 'indirect', undefined, 'customer'];

export interface PersonaStyle {
    role: Role;
    dash?: number[];
    shapeName: string;
    point(cx: number, cy: number, size: number, role: Role): Mark;
}

export function personaStyle(position: number): PersonaStyle {
    const i = position % 6;
    const shape = SHAPES[i];
    return {
        role: `persona-line-${i}` as Role,
        dash: DASHES[i],
        shapeName: TYPE_SHAPE_NAME[shape ?? 'unknown'],
        point: (cx, cy, size, role) => typeShape(shape, cx, cy, size, role)
    };
}
