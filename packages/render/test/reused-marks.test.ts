/**
 * The live preview writes again only the top-level marks an edit changed (reused-marks.ts,
 * issue 17, part 3). Whatever the edits, views, themes and paints in between, a drawing made
 * with the previous drawing's text is byte-identical to one made from scratch.
 */
import fc from 'fast-check';
import type { CjourneyModel, Journey } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { fuzzRuns } from '@cjourney/test-support/fuzz-mutations';
import { layout, MarkTextCache, renderScene, renderView, VIEWS, wrapText, type ViewName } from '../src/index.js';

let models: CjourneyModel[];
beforeAll(async () => {
    models = [...(await loadExampleModels()).values()].filter(model => model.journeys.some(journey => journey.touchpoints.length > 0));
});

/** Edits a person makes while typing, done on the model: titles, actions and emotions of touchpoints, the journey's title. */
type ModelEdit = { kind: 'touchpoint-title' | 'action' | 'emotion' | 'journey-title'; at: number; text: string };

const editArbitrary: fc.Arbitrary<ModelEdit> = fc.record({
    kind: fc.constantFrom('touchpoint-title', 'action', 'emotion', 'journey-title'),
    at: fc.nat(1000),
    text: fc.constantFrom('x', ' and a much longer text that wraps onto more lines', 'é', '<&>', '')
});

function edited(model: CjourneyModel, edit: ModelEdit): CjourneyModel {
    const copy = structuredClone(model);
    const journey: Journey = copy.journeys[0];
    const touchpoint = journey.touchpoints[edit.at % journey.touchpoints.length];
    if (edit.kind === 'journey-title') journey.title += edit.text;
    if (edit.kind === 'touchpoint-title') touchpoint.title += edit.text;
    // Typing in an action, or adding or removing one (the lane grows or shrinks).
    if (edit.kind === 'action' && touchpoint.actions.length > 0 && edit.text.length === 1) touchpoint.actions[0] += edit.text;
    else if (edit.kind === 'action') touchpoint.actions = edit.text ? [...touchpoint.actions, edit.text] : touchpoint.actions.slice(1);
    if (edit.kind === 'emotion') {
        touchpoint.emotion = touchpoint.emotion === 'pleased' ? 'neutral' : 'pleased';
        touchpoint.emotionScore = touchpoint.emotion === 'pleased' ? 4 : 3;
    }
    return copy;
}

describe('drawing again with the previous drawing’s text', () => {
    test('gives the same bytes as a fresh drawing after every edit, in every view, theme and paint', async () => {
        await fc.assert(
            fc.asyncProperty(
                fc.nat(100),
                fc.array(
                    fc.record({
                        edit: editArbitrary,
                        view: fc.constantFrom<ViewName>(...VIEWS),
                        dark: fc.boolean(),
                        classes: fc.boolean()
                    }),
                    { minLength: 1, maxLength: 6 }
                ),
                async (pick, steps) => {
                    const reuse = new MarkTextCache();
                    let model = models[pick % models.length];
                    for (const { edit, view, dark, classes } of steps) {
                        model = edited(model, edit);
                        const options = {
                            theme: dark ? ('dark' as const) : ('light' as const),
                            paint: classes ? ('classes' as const) : undefined
                        };
                        const scene = await layout(model, view, {});
                        const reused = renderScene(scene, { ...options, reuse });
                        expect(reused).toBe(renderScene(await layout(model, view, {}), options));
                    }
                }
            ),
            { numRuns: fuzzRuns(60), seed: 20261206 }
        );
    }, 300_000);

    test('an edit to one touchpoint writes the map with its other marks taken from the previous drawing', async () => {
        const model = models.find(candidate => candidate.journeys[0].touchpoints.length >= 6)!;
        const at = model.journeys[0].touchpoints.findIndex(touchpoint => touchpoint.actions.length > 0);
        const reuse = new MarkTextCache();
        const first = await renderView(model, 'map', { paint: 'classes', reuse });
        const next = edited(model, { kind: 'action', at, text: 'x' });
        const second = await renderView(next, 'map', { paint: 'classes', reuse });
        expect(second).toBe(await renderView(next, 'map', { paint: 'classes' }));
        expect(second).not.toBe(first);
        // What the edit did not change was not written again: all but a few top-level marks come from the first drawing.
        const marks = (await layout(next, 'map', {})).marks.length;
        expect(reuse.reusedLast).toBeGreaterThan(marks - 10);
        expect(reuse.reusedLast).toBeLessThan(marks);
    });
});

describe('wrapped texts are remembered', () => {
    test('a second wrap of the same text gives the same lines in an array of its own', () => {
        const font = { size: 12 } as const;
        const first = wrapText('A long sentence that certainly wraps at this width', 80, font);
        first.lines.push('changed by a caller');
        const second = wrapText('A long sentence that certainly wraps at this width', 80, font);
        expect(second.lines).not.toContain('changed by a caller');
        expect(second.lines.length).toBeGreaterThan(1);
        expect(second).toEqual(wrapText('A long sentence that certainly wraps at this width', 80, { size: 12, weight: 'normal' }));
    });
});
