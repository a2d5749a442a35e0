/**
 * A future journey's baseline curves, placed on the future journey's steps. Steps are
 * matched as `cjourney diff` matches the two (by id, then a renamed one by title or
 * content), so the overlay and the diff always agree; a baseline step with no match has no
 * column on this map and is left out.
 */
import { diffJourney, type Journey, type Touchpoint } from '@cjourney/model';
import { JourneyIndex } from '../journey-index.js';
import { emotionSeries, feelingPersonas, type EmotionSeries } from './emotion-series.js';

/** Baseline step id → the future step it became. */
function matchedSteps(baseline: Journey, future: Journey): Map<string, Touchpoint> {
    const changes = diffJourney(baseline, { ...future, id: baseline.id, state: baseline.state, baselineId: baseline.baselineId });
    const byDiff = new Map((changes?.touchpoints ?? []).map(change => [change.id, change]));
    const baselineIds = new Set(baseline.touchpoints.map(touchpoint => touchpoint.id));
    const matched = new Map<string, Touchpoint>();
    for (const touchpoint of future.touchpoints) {
        const change = byDiff.get(touchpoint.id);
        if (change?.status === 'added') continue;
        const before = change?.renamedFrom ?? touchpoint.id;
        if (baselineIds.has(before)) matched.set(before, touchpoint);
    }
    return matched;
}

export function baselineSeries(baseline: Journey | undefined, future: Journey): EmotionSeries[] {
    if (!baseline) return [];
    const matched = matchedSteps(baseline, future);
    return emotionSeries(baseline, new JourneyIndex(baseline), feelingPersonas(baseline))
        .map(series => ({
            ...series,
            title: series.personaId ? series.title : 'baseline',
            points: series.points.flatMap(point => {
                const now = matched.get(point.touchpoint.id);
                return now ? [{ ...point, touchpoint: { ...point.touchpoint, id: now.id } }] : [];
            })
        }))
        .filter(series => series.points.length > 0);
}
