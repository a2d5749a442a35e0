/**
 * The preview's model deltas on real journey models: for an example journey and a mutation
 * of it (edits, broken text, added and removed blocks), the changes between the two models,
 * sent as JSON and applied to the first, give the second model byte for byte (issue 17,
 * part 3). `npm test` runs a couple of hundred cases; `npm run fuzz` more.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { applyValueChanges, valueChanges, type CjourneyModel } from '@cjourney/model';
import { exampleTexts, fuzzRuns, fuzzTest, mutatedCase } from '@cjourney/test-support/fuzz-mutations';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { loadSources } from '../src/load-sources.js';

const JOURNEYS = exampleTexts().filter(text => /\bjourney\b/.test(text));

async function modelOf(text: string): Promise<CjourneyModel> {
    const { documents } = await loadSources([{ uri: 'file:///delta/journey.cjourney', text }]);
    return buildCjourneyModel(documents[0]);
}

describe('model deltas of real journeys', () => {
    fuzzTest(
        'the changes between the models of a journey and of an edited copy rebuild the edited model exactly',
        () =>
            fc.asyncProperty(mutatedCase(JOURNEYS), async ({ original, text }) => {
                const before = await modelOf(original);
                const after = await modelOf(text);
                const changes = JSON.parse(JSON.stringify(valueChanges(before, after))) as ReturnType<typeof valueChanges>;
                const applied = applyValueChanges(before, changes);
                expect(JSON.stringify(applied)).toBe(JSON.stringify(after));
            }),
        { runs: fuzzRuns(150), timeout: 120_000 }
    );
});
