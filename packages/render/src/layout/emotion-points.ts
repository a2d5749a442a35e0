/**
 * The feeling at one step, as the emotion curves plot it: a persona's own (`personaEmotions`)
 * or the step's (`emotion`). Shared by the map's curves and the summary's chart so both read
 * a step's feeling the same way.
 */
import type { Emotion, Touchpoint } from '@cjourney/model';

export interface EmotionPoint {
    touchpoint: Touchpoint;
    emotion: Emotion;
    score: number;
}

/** The persona's own feeling at the step (undefined persona: the first one written), if there is one. */
export function personaPoint(touchpoint: Touchpoint, personaId: string | undefined): EmotionPoint | undefined {
    const own = touchpoint.personaEmotions.find(entry => personaId === undefined || entry.personaId === personaId);
    return own ? { touchpoint, emotion: own.emotion, score: own.score } : undefined;
}

/** The step's own feeling (`emotion`, which gives its score), if it has one. */
export function stepPoint(touchpoint: Touchpoint): EmotionPoint | undefined {
    const { emotion, emotionScore: score } = touchpoint;
    return emotion && score !== undefined ? { touchpoint, emotion, score } : undefined;
}
