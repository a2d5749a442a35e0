/**
 * Drawings for people who do not see them: every SVG is an image with a title and a
 * one-paragraph description (stages, steps, the lowest emotions, the pains), and every group
 * that draws a model element has an accessible name (its `<title>`).
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderView, VIEWS } from '../src/index.js';
import { expectWellFormedSvg, loadExampleModels, modelOfText } from '@cjourney/test-support/examples';

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

function descOf(svg: string): string {
    return /<desc id="cj-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
}

describe('accessible drawings', () => {
    test('every view of every example is role="img" with a title and a description it points to', async () => {
        for (const [name, model] of models) {
            for (const view of VIEWS) {
                const svg = await renderView(model, view);
                const [root, title, desc] = svg.split('\n');
                expect(root, `${name} ${view}`).toMatch(/ role="img" aria-labelledby="cj-title" aria-describedby="cj-desc">$/);
                expect(title).toMatch(/^ {2}<title id="cj-title">[^<]+<\/title>$/);
                expect(desc).toMatch(/^ {2}<desc id="cj-desc">[^<]+<\/desc>$/);
                expectWellFormedSvg(svg);
            }
        }
    });

    test('every group that draws a model element has an accessible name: a <title> as its first child', async () => {
        for (const [name, model] of models) {
            for (const view of VIEWS) {
                const lines = (await renderView(model, view)).split('\n');
                lines.forEach((line, index) => {
                    if (/^\s*<g [^>]*data-cj-kind=/.test(line))
                        expect(lines[index + 1], `${name} ${view}: ${line.trim()}`).toMatch(/^\s*<title>[^<]/);
                });
            }
        }
    });

    test('the description says the title, description, stages, steps in path order, the lowest emotion and the pains', async () => {
        const svg = await renderView(models.get('saas-onboarding')!, 'map');
        expect(descOf(svg)).toBe(
            'B2B SaaS: trial to advocacy. How a mid-market team discovers, buys and adopts our project tool. ' +
                '3 stages: Awareness, Decision, Onboarding. 5 steps in path order: Sees a LinkedIn ad, Joins a product webinar, Compares plans, Kick-off call, Creates the first project. ' +
                'Lowest emotion: frustrated at Compares plans. 2 pain points: The ad is generic (Sees a LinkedIn ad), Seat pricing is unclear (Compares plans).'
        );
        // Every view of a journey says the same paragraph.
        expect(descOf(await renderView(models.get('saas-onboarding')!, 'flow'))).toBe(descOf(svg));
    });

    test('long journeys keep a paragraph, and user text is escaped in it', async () => {
        const touchpoints = Array.from({ length: 30 }, (_, i) => `touchpoint T${i} "Step <${i}> & co" { emotion angry }`).join('\n');
        const svg = await renderView(await modelOfText(`journey J "A & B" { stage S { ${touchpoints} } }`), 'map');
        const desc = descOf(svg);
        expect(desc).toContain('A &amp; B. 1 stage: S. 30 steps in path order: Step &lt;0&gt; &amp; co,');
        expect(desc).toContain('and 18 more.');
        expect(desc).toContain('Lowest emotion: angry at Step &lt;0&gt; &amp; co');
        expectWellFormedSvg(svg);
    });

    test('a file without journeys still describes what it draws', async () => {
        const model = await modelOfText('stakeholder Cfo { title "Chief financial officer" power high interest low }');
        for (const view of VIEWS) expect(descOf(await renderView(model, view)).length, view).toBeGreaterThan(10);
    });
});
