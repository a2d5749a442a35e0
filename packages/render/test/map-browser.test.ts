/**
 * The journey map as Chromium draws it, with the shipped fonts: on the contract's version 2
 * example and on a 150-touchpoint journey, no two cards overlap, and every text inside a
 * card, note or header stays inside it; a text cut with an ellipsis carries its full text
 * in its own <title>.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, renderScene } from '../src/index.js';
import { useSvgPage } from '@cjourney/test-support/browser';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { generateJourney } from '../../../bench/journey-generator.mjs';

const drawing = useSvgPage();
let fashion: CjourneyModel;
let large: CjourneyModel;

beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
    large = await modelOfText(generateJourney({ touchpoints: 150 }));
}, 120_000);

interface Problems {
    cards: number;
    overlaps: string[];
    texts: number;
    /** Texts checked against the frame they sit in. */
    framed: number;
    overflowing: string[];
    cutWithoutTitle: string[];
}

/** Runs in the page: the cards' boxes and each framed text's box, as the browser lays them out. */
async function inspect(svg: string): Promise<Problems> {
    expect(await drawing.show(svg)).toEqual([]);
    return drawing.page.evaluate(() => {
        const CARDS = ['touchpoint', 'touchpoint-details', 'pain', 'opportunity', 'stakeholder', 'kpi'];
        const FRAMES = ['cj-card', 'cj-kpi', 'cj-pain', 'cj-opportunity', 'cj-tag', 'cj-thought', 'cj-stage-header', 'cj-notice-box'];
        type Box = { x: number; y: number; width: number; height: number };
        const boxOf = (element: Element): Box => {
            const { x, y, width, height } = element.getBoundingClientRect();
            return { x, y, width, height };
        };
        const overlap = (a: Box, b: Box) =>
            Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
            Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
        const selector = CARDS.map(kind => `g[data-cj-kind="${kind}"]`).join(',');
        // Outermost cards only: a benchmark line inside its KPI card is part of that card.
        const cards = [...document.querySelectorAll(selector)].filter(card => !card.parentElement?.closest(selector));
        const boxes = cards.map(card => ({ id: card.id, box: boxOf(card) }));
        const overlaps: string[] = [];
        boxes.sort((a, b) => a.box.x - b.box.x);
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length && boxes[j].box.x < boxes[i].box.x + boxes[i].box.width; j++) {
                if (overlap(boxes[i].box, boxes[j].box)) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
            }
        }
        const frames = [...document.querySelectorAll(FRAMES.map(name => `rect.${name}`).join(','))].map(boxOf);
        const overflowing: string[] = [];
        const cutWithoutTitle: string[] = [];
        const texts = [...document.querySelectorAll('text')];
        let framed = 0;
        for (const text of texts) {
            const box = boxOf(text);
            const inside = frames
                .filter(
                    frame =>
                        box.x + 1 >= frame.x &&
                        box.x + 1 <= frame.x + frame.width &&
                        box.y + 1 >= frame.y &&
                        box.y + 1 <= frame.y + frame.height
                )
                .sort((a, b) => a.width * a.height - b.width * b.height)[0];
            if (inside) framed++;
            const shown = [...text.childNodes]
                .filter(node => node.nodeName !== 'title')
                .map(node => node.textContent)
                .join('');
            if (inside && (box.x + box.width > inside.x + inside.width + 1.5 || box.y + box.height > inside.y + inside.height + 1.5)) {
                overflowing.push(shown);
            }
            if (shown.includes('…') && !text.querySelector(':scope > title')?.textContent) cutWithoutTitle.push(shown);
        }
        return { cards: cards.length, overlaps, texts: texts.length, framed, overflowing, cutWithoutTitle };
    });
}

describe('the journey map in Chromium', () => {
    const cases: Array<[string, () => Promise<string>]> = [
        ['the contract’s version 2 example (as-is)', async () => renderScene(await layout(fashion, 'map'))],
        [
            'the contract’s version 2 example (to-be, with its baseline)',
            async () => renderScene(await layout(fashion, 'map', { journeyId: 'FashionToBe' }))
        ],
        ['a 150-touchpoint journey', async () => renderScene(await layout(large, 'map'))],
        ['a 150-touchpoint journey, dark', async () => renderScene(await layout(large, 'map'), { theme: 'dark' })]
    ];
    test.each(cases)(
        '%s: no two cards overlap; every text fits its box or is cut with its full text in a title',
        async (_, svgOf) => {
            const problems = await inspect(await svgOf());
            expect(problems.cards).toBeGreaterThan(0);
            expect(problems.framed).toBeGreaterThan(2);
            expect(problems.overlaps).toEqual([]);
            expect(problems.overflowing).toEqual([]);
            expect(problems.cutWithoutTitle).toEqual([]);
        },
        120_000
    );

    test('the checks catch what they look for: a text run past its card, a card moved onto another, a cut text without a title', async () => {
        const svg = renderScene(await layout(fashion, 'map'))
            .replace('>Checks out<', '>Checks out and keeps on talking far beyond the edge of its card<')
            .replace('<g id="cj-kpi-ExitRate"', '<g id="cj-kpi-ExitRate" transform="translate(0 -400)"')
            .replace('>Picks a size<', '>Picks a s…<');
        const problems = await inspect(svg);
        expect(problems.overflowing).toContain('Checks out and keeps on talking far beyond the edge of its card');
        expect(problems.cutWithoutTitle).toContain('Picks a s…');
        expect(problems.overlaps.length).toBeGreaterThan(0);
    }, 120_000);
});
