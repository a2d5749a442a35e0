/** The journey map's grid: a label column on the left, then one column per touchpoint, stage by stage. */
import type { Journey, Stage, Touchpoint } from '@cjourney/model';

export const MAP = {
    margin: 32,
    labelWidth: 156,
    columnWidth: 228,
    cardWidth: 196,
    lanePad: 14,
    /** Inset of a stage's band from its columns' edges, leaving a gap between stages. */
    stageInset: 5,
    itemGap: 8
} as const;

export interface MapColumn {
    /** 0-based position among all columns. */
    index: number;
    /** Left edge of the column. */
    x: number;
    /** Absent for the single column of a stage without touchpoints. */
    touchpoint?: Touchpoint;
}

export interface StageSpan {
    stage: Stage;
    x: number;
    width: number;
    columns: MapColumn[];
}

export function cardLeft(column: MapColumn): number {
    return column.x + (MAP.columnWidth - MAP.cardWidth) / 2;
}

/**
 * One column per touchpoint in written order, stage by stage; a stage without touchpoints
 * keeps one empty column so it still shows.
 */
export function mapColumns(journey: Journey, left: number): { stages: StageSpan[]; columns: MapColumn[] } {
    const byId = new Map(journey.touchpoints.map(touchpoint => [touchpoint.id, touchpoint]));
    const columns: MapColumn[] = [];
    const stages: StageSpan[] = [];
    let x = left;
    for (const stage of journey.stages) {
        const touchpoints = stage.touchpointIds
            .map(id => byId.get(id))
            .filter((touchpoint): touchpoint is Touchpoint => touchpoint !== undefined);
        const stageColumns: MapColumn[] = (touchpoints.length > 0 ? touchpoints : [undefined]).map((touchpoint, offset) => ({
            index: columns.length + offset,
            x: x + offset * MAP.columnWidth,
            touchpoint
        }));
        columns.push(...stageColumns);
        const width = stageColumns.length * MAP.columnWidth;
        stages.push({ stage, x, width, columns: stageColumns });
        x += width;
    }
    return { stages, columns };
}
