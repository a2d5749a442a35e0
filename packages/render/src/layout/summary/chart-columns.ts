/**
 * Where the steps stand on the summary's emotion chart: the journey's stages in order, with
 * the baseline's stages merged in (one the journey no longer has goes where the baseline
 * had it), each as wide as its more numerous steps, today's or the baseline's.
 */
import type { Journey, Stage } from '@cjourney/model';

export interface ChartStage {
    id: string;
    title: string;
    /** The journey's own stage, when it has it. */
    stage?: Stage;
    x: number;
    width: number;
}

export interface ChartColumns {
    stages: ChartStage[];
    /** The x of each step of the journey and of its baseline, by `journeyId/touchpointId`. */
    xOf: Map<string, number>;
    slotWidth: number;
}

/** The journey's stages with the baseline's missing ones inserted before the next stage both share. */
function mergedStages(journey: Journey, baseline?: Journey): Array<{ id: string; title: string; stage?: Stage }> {
    const merged: Array<{ id: string; title: string; stage?: Stage }> = journey.stages.map(stage => ({
        id: stage.id,
        title: stage.title,
        stage
    }));
    const pending: Array<{ id: string; title: string }> = [];
    for (const stage of baseline?.stages ?? []) {
        const at = merged.findIndex(entry => entry.id === stage.id);
        if (at < 0) {
            pending.push({ id: stage.id, title: stage.title });
            continue;
        }
        merged.splice(at, 0, ...pending);
        pending.length = 0;
    }
    return [...merged, ...pending];
}

function stepsIn(journey: Journey | undefined, stageId: string): string[] {
    return journey?.stages.find(stage => stage.id === stageId)?.touchpointIds ?? [];
}

export function chartColumns(journey: Journey, baseline: Journey | undefined, left: number, width: number): ChartColumns {
    const merged = mergedStages(journey, baseline);
    const slots = merged.map(entry => Math.max(1, stepsIn(journey, entry.id).length, stepsIn(baseline, entry.id).length));
    const slotWidth =
        width /
        Math.max(
            1,
            slots.reduce((sum, count) => sum + count, 0)
        );
    const xOf = new Map<string, number>();
    const stages: ChartStage[] = [];
    let x = left;
    merged.forEach((entry, i) => {
        const span = slots[i] * slotWidth;
        stages.push({ ...entry, x, width: span });
        for (const owner of baseline ? [journey, baseline] : [journey]) {
            const steps = stepsIn(owner, entry.id);
            // Steps spread over the stage's width, so fewer steps than slots stay centred.
            const step = span / Math.max(1, steps.length);
            steps.forEach((id, k) => xOf.set(`${owner.id}/${id}`, x + step * (k + 0.5)));
        }
        x += span;
    });
    return { stages, xOf, slotWidth };
}
