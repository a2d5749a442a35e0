/**
 * The blueprint's columns: one per touchpoint, stage by stage in written order (a stage
 * without touchpoints keeps one empty column), as on the journey map.
 */
import type { Journey, Stage, Touchpoint } from '@cjourney/model';

export const COLUMN_WIDTH = 210;
export const COLUMN_GAP = 14;
export const STAGE_GAP = 26;

export interface Column {
    x: number;
    stage: Stage;
    touchpoint?: Touchpoint;
}

export interface StageSpan {
    stage: Stage;
    x: number;
    width: number;
}

export function blueprintColumns(journey: Journey, left: number): { columns: Column[]; stages: StageSpan[]; right: number } {
    const touchpoints = new Map(journey.touchpoints.map(touchpoint => [touchpoint.id, touchpoint]));
    const columns: Column[] = [];
    const stages: StageSpan[] = [];
    let x = left;
    for (const stage of journey.stages) {
        const own = stage.touchpointIds.flatMap(id => touchpoints.get(id) ?? []);
        const start = x;
        for (const touchpoint of own.length > 0 ? own : [undefined]) {
            columns.push({ x, stage, touchpoint });
            x += COLUMN_WIDTH + COLUMN_GAP;
        }
        stages.push({ stage, x: start, width: x - COLUMN_GAP - start });
        x += STAGE_GAP - COLUMN_GAP;
    }
    return { columns, stages, right: x - STAGE_GAP };
}
