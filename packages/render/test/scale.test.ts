/**
 * Huge journeys render every view without a crash: 5,000 touchpoints (the benchmark's
 * generator). The flow view falls back to its linear layout above the ELK limit and says so
 * in the drawing. Timings are measured in `npm run bench`, never asserted here.
 */
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { type CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { generateJourney } from '../../../bench/journey-generator.mjs';
import { VIEWS } from '../src/index.js';
import { drawn } from './scene-queries.js';

let model: CjourneyModel;
beforeAll(async () => {
    const text = (generateJourney as (options: { touchpoints: number }) => string)({ touchpoints: 5000 });
    const { documents } = await loadSources([{ uri: 'file:///scale/huge.cjourney', text }]);
    model = buildCjourneyModel(documents[0]);
}, 120_000);

/** The views that draw a card for every step; the others summarise the journey. */
const STEP_VIEWS = new Set(['map', 'flow', 'blueprint']);

describe('5,000 touchpoints', () => {
    test.each(VIEWS)(
        'the %s view renders (every touchpoint, where the view draws steps)',
        async view => {
            const { scene, svg } = await drawn(model, view);
            expect(svg.endsWith('</svg>\n')).toBe(true);
            if (STEP_VIEWS.has(view)) {
                expect(svg.match(/data-cj-kind="touchpoint"/g)).toHaveLength(5000);
            }
            if (view === 'flow') {
                expect(scene.notes.join(' ')).toContain('Simplified layout: 5,000 touchpoints');
                expect(svg).toContain('Simplified layout');
            }
        },
        120_000
    );
});
