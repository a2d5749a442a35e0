/**
 * The emotion series of a journey, one per persona that has emotions (or one for everyone
 * when the journey has no personas): the steps it lives with their score, cut into runs
 * where the persona skips a step, so a line never spans a step the persona does not live.
 */
import type { Emotion, Journey, Touchpoint } from '@cjourney/model';

export interface SeriesPoint {
    touchpoint: Touchpoint;
    emotion: Emotion;
    score: number;
}

export interface EmotionSeries {
    /** The persona's id, or undefined for everyone. */
    personaId?: string;
    title: string;
    /** Consecutive lived steps; the line is drawn through each run, not between runs. */
    runs: SeriesPoint[][];
}

function seriesOf(touchpoints: readonly Touchpoint[], pointOf: (touchpoint: Touchpoint) => SeriesPoint | undefined): SeriesPoint[][] {
    const runs: SeriesPoint[][] = [];
    let run: SeriesPoint[] = [];
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
        runs: seriesOf(journey.touchpoints, touchpoint => {
            const own = touchpoint.personaEmotions.find(entry => entry.personaId === persona.id);
            return own ? { touchpoint, emotion: own.emotion, score: own.score } : undefined;
        })
    }));
    const withEmotions = series.filter(entry => entry.runs.length > 0);
    if (withEmotions.length > 0) return withEmotions;
    const everyone = seriesOf(journey.touchpoints, touchpoint =>
        touchpoint.emotion && touchpoint.emotionScore !== undefined
            ? { touchpoint, emotion: touchpoint.emotion, score: touchpoint.emotionScore }
            : undefined
    );
    return everyone.length > 0 ? [{ title: 'Everyone', runs: everyone }] : [];
}
