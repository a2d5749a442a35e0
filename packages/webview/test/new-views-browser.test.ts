/**
 * The opportunities, blueprint and summary views in headless Chromium, measured with getBBox
 * and the Arimo web font: no two cards overlap, and every text sits inside its card — or is
 * cut with "…" and its full text is in the card's <title>.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderView, type ThemeKind, type ViewName } from '@cjourney/render';
import { overlappingPairs, useSvgPage, type NamedBox } from '@cjourney/test-support/browser';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { flowChain } from '@cjourney/test-support/hostile-input';

const drawing = useSvgPage();
let models: Map<string, CjourneyModel>;

beforeAll(async () => {
    models = await loadExampleModels();
    models.set('150-step chain', await modelOfText(flowChain(150)));
}, 60_000);

interface CardReport {
    /** The cards' frames. */
    cards: NamedBox[];
    outside: string[];
    cutWithoutTitle: string[];
}

/** Runs in the page. A card is a group that draws a model element and has a frame (its first child, a rect). */
function inspectCards(): CardReport {
    const svg = document.querySelector('svg')!;
    const cards = [...svg.querySelectorAll('g[data-cj-kind]')]
        .filter(group => group.querySelector(':scope > rect') && !['quadrant', 'journey'].includes(group.getAttribute('data-cj-kind')!))
        .map(group => ({ group, id: group.id, box: (group.querySelector(':scope > rect') as SVGRectElement).getBBox() }));
    const outside: string[] = [];
    const cutWithoutTitle: string[] = [];
    for (const { group, id, box: frame } of cards) {
        const title = group.querySelector(':scope > title')?.textContent ?? '';
        for (const text of group.querySelectorAll(':scope > text')) {
            const box = (text as SVGTextElement).getBBox();
            if (
                box.x < frame.x - 1 ||
                box.y < frame.y - 1 ||
                box.x + box.width > frame.x + frame.width + 1 ||
                box.y + box.height > frame.y + frame.height + 1
            ) {
                outside.push(`${id}: "${text.textContent}"`);
            }
            const lines = [...text.querySelectorAll('tspan')].map(line => line.textContent ?? '');
            for (const line of lines.length > 0 ? lines : [text.textContent ?? '']) {
                if (line.endsWith('…') && !title.includes(line.slice(0, -1).trim())) cutWithoutTitle.push(`${id}: "${line}"`);
            }
        }
    }
    return { cards: cards.map(({ id, box: { x, y, width, height } }) => ({ id, x, y, width, height })), outside, cutWithoutTitle };
}

describe('the new views in headless Chromium', () => {
    const cases: Array<[string, ViewName, ThemeKind, string?]> = [];
    for (const view of ['opportunities', 'blueprint', 'summary'] as const) {
        cases.push(['fashion-first-order', view, 'light'], ['fashion-first-order', view, 'dark', 'FashionToBe']);
        cases.push(['retail-repurchase', view, 'light'], ['hotel-benchmarking', view, 'dark'], ['150-step chain', view, 'light']);
    }

    test.each(cases)(
        '%s, %s (%s %s): cards apart, every text inside its card or cut with its full text in the title',
        async (name, view, theme, journeyId) => {
            const svg = await renderView(models.get(name)!, view, { theme, journeyId });
            expect(await drawing.show(svg)).toEqual([]);
            const report = await drawing.page.evaluate(inspectCards);
            // The to-be journey and the chain have no opportunities, pains or KPIs: their views may have no cards.
            if (!journeyId && name !== '150-step chain') expect(report.cards.length).toBeGreaterThan(0);
            expect(overlappingPairs(report.cards)).toEqual([]);
            expect(report.outside).toEqual([]);
            expect(report.cutWithoutTitle).toEqual([]);
        }
    );
});
