/**
 * `personas` of the layout options: the journey as the chosen personas live it — only the
 * steps one of them lives, their emotions and thoughts, the flows between kept steps. The
 * map then draws the filtered journey as it draws any other, so every lane agrees.
 */
import type { Journey, Touchpoint } from '@cjourney/model';

function keepsStep(touchpoint: Touchpoint, chosen: ReadonlySet<string>): boolean {
    return touchpoint.livedBy.some(id => chosen.has(id));
}

/** The journey with only the chosen personas' steps; the journey itself when no filter is asked. */
export function journeyForPersonas(journey: Journey, personas: readonly string[] | undefined): Journey {
    if (personas === undefined) return journey;
    const chosen = new Set(personas);
    const touchpoints = journey.touchpoints
        .filter(touchpoint => keepsStep(touchpoint, chosen))
        .map(touchpoint => ({
            ...touchpoint,
            personaIds: touchpoint.personaIds.filter(id => chosen.has(id)),
            livedBy: touchpoint.livedBy.filter(id => chosen.has(id)),
            personaEmotions: touchpoint.personaEmotions.filter(entry => chosen.has(entry.personaId)),
            thoughtNotes: touchpoint.thoughtNotes.filter(note => note.personaIds.length === 0 || note.personaIds.some(id => chosen.has(id)))
        }))
        .map(touchpoint => ({ ...touchpoint, thoughts: touchpoint.thoughtNotes.map(note => note.text) }));
    const kept = new Set(touchpoints.map(touchpoint => touchpoint.id));
    return {
        ...journey,
        touchpoints,
        stages: journey.stages.map(stage => ({ ...stage, touchpointIds: stage.touchpointIds.filter(id => kept.has(id)) })),
        personas: journey.personas.filter(persona => chosen.has(persona.id)),
        flows: journey.flows.filter(step => kept.has(step.from) && kept.has(step.to)),
        path: journey.path.filter(id => kept.has(id))
    };
}
