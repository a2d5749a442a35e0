/**
 * Right-to-left text: a title, pain or persona whose first letter is Hebrew or Arabic is drawn
 * right-to-left against the right edge of its box, in the PNG (resvg) and in the HTML export in
 * Chromium alike — checked by where its first and last letters land — with Latin words and
 * numbers inside it in their own order, lines wrapped in logical order and truncation keeping
 * the logical beginning.
 */
import { Resvg } from '@resvg/resvg-js';
import { renderView } from '@cjourney/render';
import { launchOfflinePage } from '@cjourney/test-support/browser';
import { modelOfText } from '@cjourney/test-support/examples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encode, pngFonts } from '../src/render/output-formats.js';

const RLE = '&#x202B;';
const PDF = '&#x202C;';

const TITLES = { Hebrew: 'משלמת עם PayPal בקופה', Arabic: 'تدفع باستخدام PayPal عند الدفع' };

async function mapOf(title: string, pain = 'x'): Promise<string> {
    const model = await modelOfText(`journey J "J" { stage S { touchpoint T "${title}" { emotion neutral pain "${pain}" } } }`);
    return renderView(model, 'map');
}

interface Placed {
    x: number;
    anchor: string | undefined;
    content: string;
}

/** A text element of the SVG by class: its x, anchor and content. */
function textOf(svg: string, role: string): Placed {
    const match = new RegExp(`<text class="cj-${role}"([^>]*)>(.*?)</text>`).exec(svg);
    expect(match, role).not.toBeNull();
    const attribute = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(match![1])?.[1];
    return { x: Number(attribute('x')), anchor: attribute('text-anchor'), content: match![2] };
}

const cardOf = (svg: string) => {
    const match = /<rect class="cj-card" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    return { x: Number(match![1]), width: Number(match![2]) };
};

/** The columns where resvg puts ink for one piece of a text: the rest of it is drawn without paint. */
function inkColumns(text: string, piece: (chars: string[]) => [string, string, string]): { left: number; right: number } {
    const [before, inked, after] = piece([...text]);
    const none = (part: string) => (part ? `<tspan fill="none">${part}</tspan>` : '');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="60"><text x="700" y="40" font-size="20" text-anchor="end" font-family="Arimo">${RLE}${none(before)}<tspan fill="#000">${inked}</tspan>${none(after)}${PDF}</text></svg>`;
    const fonts = pngFonts(svg);
    try {
        const image = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).render();
        // One copy: each read of `pixels` copies the whole image.
        const pixels = image.pixels;
        const columns: number[] = [];
        for (let index = 3; index < pixels.length; index += 4) {
            if (pixels[index] > 64) columns.push((index >> 2) % image.width);
        }
        expect(columns.length, `ink for ${inked}`).toBeGreaterThan(0);
        return { left: Math.min(...columns), right: Math.max(...columns) + 1 };
    } finally {
        fonts.dispose();
    }
}

describe('SVG: right-to-left text is embedded as such and anchored at its box’s right edge', () => {
    for (const [script, title] of Object.entries(TITLES)) {
        test(`${script}: the card title is wrapped in RLE…PDF, anchored at its end, as far from the card's right edge as a Latin title is from its left`, async () => {
            const rtl = await mapOf(title);
            const latin = await mapOf('Pays with PayPal');
            const placed = textOf(rtl, 'card-title');
            expect(placed.content).toBe(`${RLE}${title}${PDF}`);
            expect(placed.anchor).toBe('end');
            const card = cardOf(rtl);
            const padding = textOf(latin, 'card-title').x - cardOf(latin).x;
            expect(card.x + card.width - placed.x).toBeCloseTo(padding, 1);
        });
    }

    test('a left-to-right title is written as before: no embedding, no anchor', async () => {
        const placed = textOf(await mapOf('PayPal בקופה'), 'card-title');
        expect(placed.content).toBe('PayPal בקופה');
        expect(placed.anchor).toBeUndefined();
    });

    test('a wrapped Hebrew pain keeps its words in logical order, line by line, every line right-aligned', async () => {
        const pain = 'טופס התשלום נכשל 2 פעמים ודורש להקליד שוב את כל פרטי הכתובת והטלפון';
        const svg = await mapOf('T', pain);
        const element = /<text class="cj-pain-text"[^>]*>(.*?)<\/text>/.exec(svg)![1];
        const spans = [...element.matchAll(/<tspan x="([\d.]+)"[^>]*>(.*?)<\/tspan>/g)];
        expect(spans.length).toBeGreaterThan(1);
        expect(new Set(spans.map(span => span[1])).size).toBe(1);
        expect(spans.map(span => span[2].replace(RLE, '').replace(PDF, '')).join(' ')).toBe(pain);
    });

    test('truncation keeps the logical beginning and the logical end, cut in the middle of the last line', async () => {
        const long = Array.from({ length: 12 }, () => 'המחיר לא ברור בכלל').join(' ');
        const element = /<text class="cj-card-title"[^>]*>(.*?)<\/text>/.exec(await mapOf(long))![1];
        const lines = [...element.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map(span => span[1].replace(RLE, '').replace(PDF, ''));
        expect(lines[0].startsWith('המחיר לא ברור')).toBe(true);
        // As every truncated text (map v2): the ellipsis inside the last line, the text's own end after it.
        expect(lines.at(-1)!).toContain('…');
        expect(lines.at(-1)!.endsWith('בכלל')).toBe(true);
    });
});

describe('PNG (resvg): the first letter lands at the right, the last at the left', () => {
    for (const [script, title] of Object.entries(TITLES)) {
        test(`${script}: first and last letters, and the Latin word between them in its own order`, () => {
            const all = inkColumns(title, chars => ['', chars.join(''), '']);
            const first = inkColumns(title, chars => ['', chars[0], chars.slice(1).join('')]);
            const last = inkColumns(title, chars => [chars.slice(0, -1).join(''), chars.at(-1)!, '']);
            expect(all.right).toBeGreaterThan(695);
            expect(first.right).toBeGreaterThan(all.right - 4);
            expect(last.left).toBeLessThan(all.left + 4);
            const at = title.indexOf('PayPal');
            const p = inkColumns(title, chars => [chars.slice(0, at).join(''), 'P', chars.slice(at + 1).join('')]);
            const l = inkColumns(title, chars => [chars.slice(0, at + 5).join(''), 'l', chars.slice(at + 6).join('')]);
            expect(p.left).toBeLessThan(l.left);
            expect(first.left).toBeGreaterThan(l.right);
            expect(last.right).toBeLessThan(p.left);
        });
    }
});

/** The card title's size: the first and last letters must lie within one em of the text's ends (Chromium's per-character extents are approximate). */
const EM = 13;

describe('Chromium (HTML export): the same placement', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
        ({ browser, page } = await launchOfflinePage());
    });
    afterAll(async () => browser?.close());

    for (const [script, title] of Object.entries(TITLES)) {
        test(`${script}: first letter at the right edge of the text, last at the left, PayPal left to right`, async () => {
            const svg = await mapOf(title);
            await page.setContent(String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes));
            await page.evaluate(() => document.fonts.ready);
            const at = title.indexOf('PayPal');
            const length = [...title].length;
            const boxes = await page.evaluate(
                ([length, at]) => {
                    const text = document.querySelector('text.cj-card-title') as SVGTextElement;
                    // Character indexes count the embedding controls where the browser keeps them.
                    const offset = text.getNumberOfChars() > length ? 1 : 0;
                    const x = (index: number) => {
                        const extent = text.getExtentOfChar(index + offset);
                        return { x: extent.x, width: extent.width };
                    };
                    const box = text.getBBox();
                    return {
                        anchor: text.x.baseVal[0].value,
                        right: box.x + box.width,
                        left: box.x,
                        first: x(0),
                        last: x(length - 1),
                        p: x(at),
                        l: x(at + 5)
                    };
                },
                [length, at]
            );
            expect(boxes.right).toBeCloseTo(boxes.anchor, 0);
            expect(boxes.first.x + boxes.first.width).toBeGreaterThan(boxes.right - EM);
            expect(boxes.last.x).toBeLessThan(boxes.left + EM);
            expect(boxes.p.x).toBeLessThan(boxes.l.x);
            expect(boxes.first.x).toBeGreaterThan(boxes.l.x);
        });
    }
});
