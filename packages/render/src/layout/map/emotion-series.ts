/**
 * Which emotion curves the map draws. With at most one persona that feels, one curve over
 * every step with an emotion, as version 1 drew it. With several, one curve per persona
 * over the steps it lives (`livedBy`), in path order, with its own emotion there
 * (`personaEmotions`). A curve connects only its persona's own steps: it has no point at a
 * step the persona does not live, so it never claims a feeling there.
 */
import type { Journey, Touchpoint } from '@cjourney/model';
import { personaPoint, stepPoint, type EmotionPoint } from '../emotion-points.js';
import type { JourneyIndex } from '../journey-index.js';
import type { Role } from '../scene.js';
import { POINT_SHAPES, type PointShape } from './point-shapes.js';

const DASHES: ReadonlyArray<number[] | undefined> = [undefined, [8, 4], [2, 4], [12, 4, 2, 4], [4, 4], [1, 3]];

export interface EmotionSeries {
    /** The persona's id; undefined for the single curve. */
    personaId?: string;
    title: string;
    role: Role;
    /** Undefined: points coloured by their emotion (the single curve). */
    pointRole?: Role;
    shape: PointShape;
    dash?: number[];
    points: EmotionPoint[];
}

/** The ids of the personas that feel somewhere on the journey, in the journey's order: they fix each curve's style. */
export function feelingPersonas(journey: Journey): string[] {
    const feeling = new Set(journey.touchpoints.flatMap(touchpoint => touchpoint.personaEmotions.map(entry => entry.personaId)));
    return journey.personas.map(persona => persona.id).filter(id => feeling.has(id));
}

/** Touchpoints in path order; those the path does not reach follow in written order. */
function inPathOrder(journey: Journey): Touchpoint[] {
    const rank = new Map(journey.path.map((id, i) => [id, i]));
    return [...journey.touchpoints].sort(
        (a, b) => (rank.get(a.id) ?? journey.path.length + a.index) - (rank.get(b.id) ?? journey.path.length + b.index)
    );
}

function singleSeries(journey: Journey, title: string, personaId?: string): EmotionSeries {
    const points = journey.touchpoints.flatMap(touchpoint => personaPoint(touchpoint, personaId) ?? stepPoint(touchpoint) ?? []);
    return { title, role: 'emotion-line', shape: 'circle', points };
}

/**
 * @param styleOrder the feeling personas of the unfiltered journey, so a persona keeps its
 *   line style and shape when others are filtered out.
 */
export function emotionSeries(journey: Journey, index: JourneyIndex, styleOrder: readonly string[]): EmotionSeries[] {
    if (styleOrder.length < 2) {
        return [singleSeries(journey, 'Emotion', styleOrder[0])];
    }
    const shown = new Set(journey.personas.map(persona => persona.id));
    const ordered = inPathOrder(journey);
    return styleOrder.flatMap((personaId, i) => {
        if (!shown.has(personaId)) return [];
        const points = ordered.flatMap(touchpoint => (touchpoint.livedBy.includes(personaId) && personaPoint(touchpoint, personaId)) || []);
        return [
            {
                personaId,
                title: index.personaTitle(personaId) ?? personaId,
                role: `persona-line-${i % 6}` as Role,
                pointRole: `persona-point-${i % 6}` as Role,
                shape: POINT_SHAPES[i % POINT_SHAPES.length],
                dash: DASHES[i % DASHES.length],
                points
            }
        ];
    });
}
