/** Every opportunity of a journey with where it is written and what it answers, in written order. */
import type { Journey, Opportunity, Pain, Stage, Touchpoint } from '@cjourney/model';

export interface PortfolioEntry {
    opportunity: Opportunity;
    /** Its position among its touchpoint's opportunities (the group's `index`, as on the map). */
    index: number;
    touchpoint: Touchpoint;
    stage?: Stage;
    /** The pain it answers, when it answers one. */
    pain?: Pain;
}

export function portfolioEntries(journey: Journey): PortfolioEntry[] {
    const stages = new Map(journey.stages.map(stage => [stage.id, stage]));
    return journey.touchpoints.flatMap(touchpoint =>
        touchpoint.opportunities.map((opportunity, index) => ({
            opportunity,
            index,
            touchpoint,
            stage: stages.get(touchpoint.stageId),
            pain: opportunity.answersPain === undefined ? undefined : touchpoint.pains[opportunity.answersPain]
        }))
    );
}

/** "Picks a size (stage Choose)": the step an opportunity belongs to, in words. */
export function stepWords(entry: Pick<PortfolioEntry, 'touchpoint' | 'stage'>): string {
    return entry.stage ? `${entry.touchpoint.title} (stage ${entry.stage.title})` : entry.touchpoint.title;
}
