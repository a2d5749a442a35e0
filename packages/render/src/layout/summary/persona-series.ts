/**
 * The emotion series of a journey, one per persona that has emotions (or one for everyone
 * when the journey has no personas): the steps it lives with their score, cut into runs
 * where the persona skips a step, so a line never spans a step the persona does not live.
 */
import type { Journey, Touchpoint } from '@cjourney/model';
import { personaPoint, stepPoint, type EmotionPoint } from '../emotion-points.js';

export interface EmotionSeries {
    /** The persona's id, or undefined for everyone. */
    personaId?: string;
    title: string;
    /** Consecutive lived steps; the line is drawn through each run, not between runs. */
    runs: EmotionPoint[][];
}

function seriesOf(touchpoints: readonly Touchpoint[], pointOf: (touchpoint: Touchpoint) => EmotionPoint | undefined): EmotionPoint[][] {
    const runs: EmotionPoint[][] = [];
    let run: EmotionPoint[] = [];
    for (const touchpoint of touchpoints) {
        const point = pointOf(touchpoint);
        if (point) {
            run.push(point);
        } else if (run.length > 0) {
            runs.push(run);
            run = [];
        }
    }
    if (run.length > 0) runs.push(run);
    return runs;
}

export function emotionSeries(journey: Journey): EmotionSeries[] {
    const series = journey.personas.map(persona => ({
        personaId: persona.id,
        title: persona.title,
        runs: seriesOf(journey.touchpoints, touchpoint => personaPoint(touchpoint, persona.id))
    }));
    const withEmotions = series.filter(entry => entry.runs.length > 0);
    if (withEmotions.length > 0) return withEmotions;
    const everyone = seriesOf(journey.touchpoints, stepPoint);
    return everyone.length > 0 ? [{ title: 'Everyone', runs: everyone }] : [];
}
