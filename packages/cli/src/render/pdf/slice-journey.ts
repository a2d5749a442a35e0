/**
 * A long journey cut into parts a page can show at a readable size: each part is a few
 * touchpoints of one stage or of neighbouring small stages, and is drawn as the journey map
 * of the same journey sliced to those touchpoints. Pure functions over the journey model.
 */
import type { Journey } from '@cjourney/model';

/**
 * The touchpoint ids of each part, in map order, at most `perPart` each. A stage that does not
 * fit the room left in the current part starts a new one; a stage larger than a part is cut
 * into parts of `perPart` (its last piece shares a part with what follows when it fits). A
 * stage without touchpoints is left out (it has nothing to read).
 */
export function journeyParts(journey: Journey, perPart: number): string[][] {
    const size = Math.max(1, Math.floor(perPart));
    const known = new Set(journey.touchpoints.map(touchpoint => touchpoint.id));
    const parts: string[][] = [];
    let current: string[] = [];
    for (const stage of journey.stages) {
        const ids = stage.touchpointIds.filter(id => known.has(id));
        if (ids.length === 0) continue;
        if (current.length > 0 && current.length + ids.length > size) {
            parts.push(current);
            current = [];
        }
        for (let start = 0; start < ids.length; start += size) {
            const chunk = ids.slice(start, start + size);
            if (current.length + chunk.length > size) {
                parts.push(current);
                current = [];
            }
            current.push(...chunk);
        }
    }
    if (current.length > 0) parts.push(current);
    return parts;
}

/**
 * The journey with only these touchpoints: the stages that hold them (with only those), the
 * flow steps between two of them, the path through them and the KPIs of the kept stages
 * (the journey-wide ones, tied to no stage, only `withWideKpis`: in the last part). Personas, stakeholders, channels, sources and competitors stay whole, so the legend and
 * the cards read as in the full map.
 */
export function sliceJourney(journey: Journey, touchpointIds: readonly string[], withWideKpis = false): Journey {
    const kept = new Set(touchpointIds);
    const stages = journey.stages
        .map(stage => ({ ...stage, touchpointIds: stage.touchpointIds.filter(id => kept.has(id)) }))
        .filter(stage => stage.touchpointIds.length > 0);
    const stageIds = new Set(journey.stages.map(stage => stage.id));
    const kpiIds = new Set(stages.flatMap(stage => stage.kpiIds));
    const wide = (stageId: string | undefined) => withWideKpis && (stageId === undefined || !stageIds.has(stageId));
    return {
        ...journey,
        stages,
        touchpoints: journey.touchpoints.filter(touchpoint => kept.has(touchpoint.id)),
        flows: journey.flows.filter(step => kept.has(step.from) && kept.has(step.to)),
        path: journey.path.filter(id => kept.has(id)),
        kpis: journey.kpis.filter(kpi => kpiIds.has(kpi.id) || wide(kpi.stageId))
    };
}

/** The heading of one part of a long map: its stages, which touchpoints of how many, and which band of the part. */
export function partHeading(journey: Journey, slice: Journey, first: number, band: number, bands: number): string {
    const stages = slice.stages.map(stage => stage.title).join(' · ');
    const count = slice.touchpoints.length;
    const range = count === 1 ? `touchpoint ${first + 1}` : `touchpoints ${first + 1}–${first + count}`;
    return `${stages} — ${range} of ${journey.touchpoints.length}${bands > 1 ? ` (${band + 1}/${bands})` : ''}`;
}
