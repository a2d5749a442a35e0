/**
 * No text drawn wider than the layout measured it: every example in every view, and a journey
 * in every script, exported to HTML (fonts embedded as the export embeds them) and opened in
 * headless Chromium. Each line's drawn length (getComputedTextLength) must be within 3 % of the
 * width the layout measured for it — the width it wrapped or cut the line to fit its box.
 */
import { measureText, renderView, VIEWS, type ViewName } from '@cjourney/render';
import { launchOfflinePage } from '@cjourney/test-support/browser';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import type { CjourneyModel } from '@cjourney/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encode } from '../src/render/output-formats.js';
import { journeyOfScripts } from '@cjourney/test-support/scripts-journey';

const SCRIPTS: Record<string, string> = {
    Chinese: '价格不清楚，客服回复太慢',
    Japanese: '料金プランがわかりにくい',
    Korean: '가격이 불분명하고 응답이 느림',
    Arabic: 'فشل نموذج الدفع مرتين ويطلب إعادة كتابة العنوان',
    Hebrew: 'טופס התשלום נכשל 2 פעמים ודורש להקליד שוב',
    Hindi: 'भुगतान प्रक्रिया में त्रुटि और धीमी सेवा',
    Thai: 'การชำระเงินล้มเหลวหลายครั้งและลูกค้าต้องรอนาน',
    Russian: 'Цена неясна, поддержка отвечает медленно',
    Emoji: 'Checkout 😀 fails 🚀 twice 👍🏽',
    // Sequences: one glyph of the embedded whole emoji font, not their parts side by side.
    'Emoji sequences': 'Dev 👩‍💻 with family 👨‍👩‍👧 under 🏳️‍🌈 and 🇫🇷',
    // A keycap is a digit, a selector and the combining keycap: one emoji wide, even after other scripts.
    Keycaps: 'Schritt 1️⃣ 付款 결제 お支払い Оплата 2️⃣ then #️⃣ checkout'
};

interface DrawnLine {
    text: string;
    size: number;
    bold: boolean;
    drawn: number;
}

/** Every drawn line of the page's drawing: its characters, size, weight and length in Chromium. */
async function drawnLines(page: Page): Promise<DrawnLine[]> {
    return page.evaluate(() =>
        [...document.querySelectorAll('svg text')].flatMap(element => {
            const text = element as SVGTextElement;
            const size = Number(text.getAttribute('font-size'));
            const bold = text.getAttribute('font-weight') === 'bold';
            const spans = [...text.querySelectorAll('tspan')] as SVGTSpanElement[];
            const lines: SVGTextContentElement[] = spans.length > 0 ? spans : [text];
            return lines.map(line => ({ text: line.textContent ?? '', size, bold, drawn: line.getComputedTextLength() }));
        })
    );
}

/** Lines drawn more than 3 % (and half a pixel) wider than measured. */
function overflowing(lines: DrawnLine[]): string[] {
    return lines
        .map(line => ({
            ...line,
            measured: measureText(line.text.replace(/[\u202a-\u202e]/g, ''), { size: line.size, weight: line.bold ? 'bold' : 'normal' })
        }))
        .filter(line => line.drawn > line.measured * 1.03 + 0.5)
        .map(line => `${line.text}: drawn ${line.drawn.toFixed(1)} px, measured ${line.measured.toFixed(1)} px`);
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
    ({ browser, page } = await launchOfflinePage());
});
afterAll(async () => browser?.close());

async function check(model: CjourneyModel, view: ViewName): Promise<string[]> {
    const svg = await renderView(model, view);
    await page.setContent(String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes));
    await page.evaluate(() => document.fonts.ready);
    const lines = await drawnLines(page);
    expect(lines.length).toBeGreaterThan(0);
    return overflowing(lines);
}

describe('no text overflows its measured width in Chromium', { timeout: 120_000 }, () => {
    test('every example in every view', async () => {
        const models = await loadExampleModels();
        const problems: string[] = [];
        for (const [name, model] of models) {
            if (model.journeys.length === 0) continue;
            for (const view of VIEWS) problems.push(...(await check(model, view)).map(problem => `${name} ${view}: ${problem}`));
        }
        expect(problems).toEqual([]);
    });

    for (const view of VIEWS) {
        test(`a journey in every script: ${view}`, async () => {
            const model = await modelOfText(journeyOfScripts(SCRIPTS, SCRIPTS.Hebrew, 'pain'));
            expect(await check(model, view)).toEqual([]);
        });
    }
});
