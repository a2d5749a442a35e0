/**
 * Fuzzing layout and rendering: the models of mutated examples (deleted, duplicated and
 * hostile text, odd Unicode, CRLF…) never make any view throw or hang, and the SVG (alone
 * or in the HTML export) is always well-formed. `npm test` runs a fixed-seed sample;
 * `npm run fuzz` runs many more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { checkFuzz, fuzzRuns, mutatedText, withinHangLimit } from '@cjourney/test-support/fuzz-mutations';
import { htmlDocument, renderView, VIEWS } from '../src/index.js';
import { exampleFiles, expectWellFormedSvg } from '@cjourney/test-support/examples';

describe('fuzzing layout and render', () => {
    test('fuzz: mutated journeys never crash or hang the layout and render of any view, nor the HTML export', async () => {
        const seeds = exampleFiles().map(file => readFileSync(file, 'utf8'));
        let caseNumber = 0;
        await checkFuzz(
            fc.asyncProperty(mutatedText(seeds), text =>
                withinHangLimit(async () => {
                    const { documents } = await loadSources([{ uri: `file:///fuzz/case-${caseNumber++}.cjourney`, text }]);
                    const model = buildCjourneyModel(documents[0]);
                    for (const view of VIEWS) {
                        const svg = await renderView(model, view);
                        expectWellFormedSvg(svg);
                        if (view === 'map') {
                            expect(htmlDocument(svg, { title: model.journeys[0]?.title ?? 'fuzz' })).toContain(svg);
                        }
                    }
                })
            ),
            fuzzRuns(60)
        );
    }, 3_600_000);
});
