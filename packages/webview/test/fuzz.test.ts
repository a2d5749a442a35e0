/**
 * Fuzzing layout and rendering: the models of mutated examples (deleted, duplicated and
 * hostile text, odd Unicode, CRLF…) never make any view throw or hang, and the SVG is
 * always well-formed. `npm test` runs a fixed-seed sample; `npm run fuzz` runs many more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { fuzzRuns, fuzzSeed, HANG_LIMIT_MS, mutatedText } from '../../../test-support/fuzz-mutations.js';
import { renderView, VIEWS } from '../src/index.js';
import { exampleFiles, expectWellFormedSvg } from './support/examples.js';

describe('fuzzing layout and render', () => {
    test('mutated journeys never crash or hang any view', async () => {
        const seeds = exampleFiles().map(file => readFileSync(file, 'utf8'));
        let caseNumber = 0;
        await fc.assert(fc.asyncProperty(mutatedText(seeds), async text => {
            const { documents } = await loadSources([{ uri: `file:///fuzz/case-${caseNumber++}.cjourney`, text }]);
            const model = buildCjourneyModel(documents[0]);
            for (const view of VIEWS) {
                const started = performance.now();
                const svg = await renderView(model, view);
                expectWellFormedSvg(svg);
                expect(performance.now() - started, `${view}: a hang`).toBeLessThan(HANG_LIMIT_MS);
            }
        }), { numRuns: fuzzRuns(60), seed: fuzzSeed() });
    }, 600_000);
});
