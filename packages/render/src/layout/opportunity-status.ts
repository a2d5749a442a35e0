/**
 * An opportunity's status as a marker: its shape tells the status (idea circle, planned
 * diamond, doing triangle, done square, dropped hexagon) and the word is always written
 * beside it, so neither colour nor shape carries the meaning alone. The shapes are the
 * stakeholder markers' (stakeholder-marker.ts).
 */
import type { OpportunityStatus, StakeholderType } from '@cjourney/model';
import type { Mark } from './scene.js';
import { typeShape, TYPE_SHAPE_NAME } from './stakeholder-marker.js';

/** The stakeholder type whose marker shape a status borrows. */
const SHAPE_OF: Readonly<Record<OpportunityStatus, StakeholderType | undefined>> = {
    idea: 'customer',
    planned: 'external',
    doing: 'indirect',
    done: 'internal',
    dropped: undefined
};

export function statusMarker(status: OpportunityStatus, cx: number, cy: number, size = 12): Mark {
    return typeShape(SHAPE_OF[status], cx, cy, size, status === 'dropped' ? 'emotion-neutral' : 'opportunity-mark');
}

/** e.g. "diamond" for planned, for legends. */
export function statusShapeName(status: OpportunityStatus): string {
    return TYPE_SHAPE_NAME[SHAPE_OF[status] ?? 'unknown'];
}
