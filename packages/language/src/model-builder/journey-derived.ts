/**
 * Journey-wide facts derived from its touchpoints: the flow steps, the path the map follows,
 * and the emotion summary (the journey's and each persona's average).
 */
import { averageScore, type FlowStep, type Journey, type Persona, type Touchpoint } from '@cjourney/model';
import type { Journey as JourneyNode } from '../generated/ast.js';
import { copyRange, type IdRegistry, optional } from './model-context.js';

export function buildFlows(journey: JourneyNode, touchpointIds: IdRegistry, touchpoints: Touchpoint[]): FlowStep[] {
    const indexOf = new Map(touchpoints.map(touchpoint => [touchpoint.id, touchpoint.index]));
    const steps: FlowStep[] = [];
    journey.flows.forEach((flow, flowIndex) => {
        for (let stepIndex = 0; stepIndex + 1 < flow.steps.length; stepIndex++) {
            const from = touchpointIds.idOf(flow.steps[stepIndex].ref);
            const to = touchpointIds.idOf(flow.steps[stepIndex + 1].ref);
            if (from === undefined || to === undefined) {
                continue;
            }
            const start = flow.steps[stepIndex].$refNode;
            const end = flow.steps[stepIndex + 1].$refNode;
            steps.push({
                from,
                to,
                flowIndex,
                stepIndex,
                selfLoop: from === to,
                backward: indexOf.get(to)! < indexOf.get(from)!,
                loc: { range: { start: copyRange(start).start, end: copyRange(end).end } }
            });
        }
    });
    return steps;
}

export function buildPath(flows: FlowStep[], touchpoints: Touchpoint[]): Pick<Journey, 'path' | 'pathFrom'> {
    if (flows.length === 0) {
        return { path: touchpoints.map(touchpoint => touchpoint.id), pathFrom: 'written-order' };
    }
    const path = new Set<string>();
    for (const step of flows) {
        path.add(step.from);
        path.add(step.to);
    }
    return { path: [...path], pathFrom: 'flows' };
}

export function buildEmotionSummary(touchpoints: Touchpoint[], personas: Persona[]): Journey['emotion'] {
    const scored = touchpoints.filter(touchpoint => touchpoint.emotionScore !== undefined);
    const byPersona = personas.flatMap(persona => {
        const scores = touchpoints.flatMap(touchpoint =>
            touchpoint.personaEmotions.filter(entry => entry.personaId === persona.id).map(entry => entry.score)
        );
        const average = averageScore(scores);
        return average === undefined ? [] : [{ personaId: persona.id, average, count: scores.length }];
    });
    return {
        ...optional('average', averageScore(scored.map(touchpoint => touchpoint.emotionScore!))),
        count: scored.length,
        byPersona
    };
}
