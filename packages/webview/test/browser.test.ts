/**
 * The drawings in a real browser (headless Debian Chromium): they display without errors,
 * touchpoint boxes never overlap, and every text sits inside its box — measured with
 * getBBox in the page, with the Arimo web font the preview loads. Also: the fixed metrics
 * table agrees with the browser's own measurement of the font.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { measureText, renderView, VIEWS, type ThemeKind } from '@cjourney/render';
import { overlappingPairs, useSvgPage, type NamedBox } from '@cjourney/test-support/browser';
import { loadExampleModels, SHOWCASE_EXAMPLES } from '@cjourney/test-support/examples';

const drawing = useSvgPage();
let models: Map<string, CjourneyModel>;

beforeAll(async () => {
    models = await loadExampleModels();
}, 60_000);

interface PageReport {
    parseError: boolean;
    fontLoaded: boolean;
    /** The touchpoint cards' frames. */
    cards: NamedBox[];
    outside: string[];
}

/** Runs in the page: boxes from getBBox, in the SVG's user space. */
function inspect(): PageReport {
    const svg = document.querySelector('svg')!;
    const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
    const frameOf = (group: Element) => (group.querySelector(':scope > rect') as SVGRectElement | null)?.getBBox();
    const cards = [...svg.querySelectorAll('g[data-cj-kind="touchpoint"]')].map(group => ({ id: group.id, box: frameOf(group)! }));
    const outside: string[] = [];
    const framed = svg.querySelectorAll(
        'g[data-cj-kind="touchpoint"], g[data-cj-kind="pain"], g[data-cj-kind="opportunity"], g[data-cj-kind="kpi"], g[data-cj-kind="stage"]'
    );
    for (const group of framed) {
        const frame = frameOf(group);
        if (!frame) continue;
        for (const text of group.querySelectorAll(':scope > text')) {
            const box = (text as SVGTextElement).getBBox();
            const tolerance = 1;
            if (
                box.x < frame.x - tolerance ||
                box.y < frame.y - tolerance ||
                box.x + box.width > frame.x + frame.width + tolerance ||
                box.y + box.height > frame.y + frame.height + tolerance
            ) {
                outside.push(
                    `${group.id}: "${text.textContent}" ${JSON.stringify([box.x, box.y, box.width, box.height].map(Math.round))} not in ${JSON.stringify([frame.x, frame.y, frame.width, frame.height].map(Math.round))}`
                );
            }
        }
    }
    return {
        parseError: parsed.querySelector('parsererror') !== null,
        fontLoaded: document.fonts.check('bold 13px Arimo'),
        cards: cards.map(({ id, box: { x, y, width, height } }) => ({ id, x, y, width, height })),
        outside
    };
}

describe('in headless Chromium', () => {
    const cases: Array<[string, (typeof VIEWS)[number], ThemeKind]> = [];
    for (const name of SHOWCASE_EXAMPLES) {
        for (const view of VIEWS) {
            cases.push([name, view, name === 'saas-onboarding' ? 'dark' : 'light']);
        }
    }

    test.each(cases)('%s, %s (%s): displays without errors, boxes apart, text inside', async (name, view, theme) => {
        const svg = await renderView(models.get(name)!, view, { theme });
        const errors = await drawing.show(svg);
        expect(errors).toEqual([]);
        const report = await drawing.page.evaluate(inspect);
        expect(report.parseError).toBe(false);
        expect(report.fontLoaded).toBe(true);
        expect(overlappingPairs(report.cards)).toEqual([]);
        expect(report.outside).toEqual([]);
    });

    test('the metrics table agrees with the browser measuring Arimo', async () => {
        await drawing.show(await renderView(models.get('saas-onboarding')!, 'map'));
        const samples = [
            'Compares plans',
            'Seat pricing is unclear',
            'Ümlaut façade — “quotes” 3.1%',
            'WWW MMM iii lll',
            'Кириллица and Ελληνικά'
        ];
        for (const weight of ['normal', 'bold'] as const) {
            const browser = await drawing.page.evaluate(
                async ([texts, fontWeight]) => {
                    // Subsets load when text needs them: ask for them before measuring.
                    await Promise.all((texts as string[]).map(text => document.fonts.load(`${fontWeight} 100px Arimo`, text)));
                    const context = document.createElement('canvas').getContext('2d')!;
                    context.font = `${fontWeight} 100px Arimo`;
                    context.fontKerning = 'none';
                    return (texts as string[]).map(text => context.measureText(text).width);
                },
                [samples, weight] as const
            );
            samples.forEach((text, i) => {
                expect(Math.abs(measureText(text, { size: 100, weight }) - browser[i]) / browser[i], `${weight} "${text}"`).toBeLessThan(
                    0.01
                );
            });
        }
    });
});
