/**
 * A future journey against its baseline (contract, Version 2): `cjourney diff` with one file
 * compares each journey that names a baseline in the same file with that baseline, matched
 * as two versions of one journey — the baseline plays the old version under the future
 * journey's id, so touchpoints pair as they would between two commits.
 */
import type { CjourneyModel } from '../journey-model.js';

export interface BaselineVersions {
    before: CjourneyModel[];
    after: CjourneyModel[];
}

/** The journeys of a file with a baseline in it, paired with their baselines; undefined when there is none. */
export function baselineVersions(model: CjourneyModel): BaselineVersions | undefined {
    const paired = model.journeys.flatMap(journey => {
        const baseline =
            journey.baselineId === undefined ? undefined : model.journeys.find(candidate => candidate.id === journey.baselineId);
        return baseline && baseline !== journey ? [{ journey, baseline }] : [];
    });
    if (paired.length === 0) {
        return undefined;
    }
    const empty = { stakeholders: [], personas: [], channels: [], sources: [], competitors: [] };
    return {
        // The pairing itself (state, baseline) is not a change between the two.
        before: [
            {
                ...model,
                journeys: paired.map(({ journey, baseline }) => ({
                    ...baseline,
                    id: journey.id,
                    state: journey.state,
                    ...(journey.baselineId === undefined ? {} : { baselineId: journey.baselineId })
                })),
                shared: empty
            }
        ],
        after: [{ ...model, journeys: paired.map(({ journey }) => journey), shared: empty }]
    };
}
