/** The facts about a journey a card, a filter and a page header show, computed once from the model. */
import { EMOTIONS, type Emotion, type Journey, type KpiStatus, plural } from '@cjourney/model';

export interface JourneyFacts {
    counts: string;
    /** The lowest emotion of any persona at any step, with where. */
    lowest?: { emotion: Emotion; step: string; stepId: string };
    kpiStatuses: Array<{ status: KpiStatus; count: number }>;
    painCount: number;
    opportunityCount: number;
}

export function journeyFacts(journey: Journey): JourneyFacts {
    const pains = journey.touchpoints.reduce((sum, touchpoint) => sum + touchpoint.pains.length, 0);
    const opportunities = journey.touchpoints.reduce((sum, touchpoint) => sum + touchpoint.opportunities.length, 0);
    const counts = [
        plural(journey.stages.length, 'stage'),
        plural(journey.touchpoints.length, 'touchpoint'),
        plural(pains, 'pain'),
        plural(opportunities, 'opportunity', 'opportunities'),
        plural(journey.kpis.length, 'KPI')
    ].join(' · ');
    const statuses = new Map<KpiStatus, number>();
    for (const kpi of journey.kpis) statuses.set(kpi.status, (statuses.get(kpi.status) ?? 0) + 1);
    const order: KpiStatus[] = ['met', 'close', 'off', 'unknown'];
    return {
        counts,
        lowest: lowestEmotion(journey),
        kpiStatuses: order.filter(status => statuses.has(status)).map(status => ({ status, count: statuses.get(status)! })),
        painCount: pains,
        opportunityCount: opportunities
    };
}

function lowestEmotion(journey: Journey): JourneyFacts['lowest'] {
    let lowest: JourneyFacts['lowest'];
    let lowestRank = -1;
    for (const touchpoint of journey.touchpoints) {
        const emotions = [...(touchpoint.emotion ? [touchpoint.emotion] : []), ...touchpoint.personaEmotions.map(entry => entry.emotion)];
        for (const emotion of emotions) {
            const rank = EMOTIONS.indexOf(emotion);
            if (rank > lowestRank) {
                lowestRank = rank;
                lowest = { emotion, step: touchpoint.title, stepId: touchpoint.id };
            }
        }
    }
    return lowest;
}

/** Ids of the personas, stakeholders and channels a journey uses, for the home page's filters. */
export function filterValues(journey: Journey): { personas: string[]; stakeholders: string[]; channels: string[] } {
    return {
        personas: journey.personas.map(persona => persona.id),
        stakeholders: journey.stakeholders.map(stakeholder => stakeholder.id),
        channels: journey.channels.filter(channel => channel.touchpointIds.length > 0).map(channel => channel.id)
    };
}
