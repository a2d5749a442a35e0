/**
 * HTML export text in every script, in headless Chromium: a journey with titles and pains in
 * Chinese (simplified and traditional), Japanese, Korean, Arabic, Hebrew, Hindi, Thai, Russian
 * and emoji is exported to HTML (the fallback subsets embedded for the characters it uses) and
 * every character Arimo lacks is drawn with a real glyph — not the missing-glyph box, not what a
 * font without the script draws. This machine has no system font for these scripts (DejaVu
 * only), so only the embedded fonts can draw them.
 */
import { renderView } from '@cjourney/render';
import { drawnGlyphs, glyphless, launchOfflinePage } from '@cjourney/test-support/browser';
import { modelOfText } from '@cjourney/test-support/examples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { charactersBeyondArimo } from '../src/render/fallback-fonts.js';
import { encode } from '../src/render/output-formats.js';
import { journeyOfScripts } from '@cjourney/test-support/scripts-journey';

const SAMPLES: Record<string, string> = {
    Chinese: '价格不清楚，客服回复太慢',
    'Traditional Chinese': '價格說明不清楚',
    Japanese: '料金プランがわかりにくい',
    Korean: '가격이 불분명하고 응답이 느림',
    Arabic: 'السعر غير واضح',
    Hebrew: 'המחיר לא ברור',
    Hindi: 'कीमत स्पष्ट नहीं',
    Thai: 'ราคาไม่ชัดเจน',
    Russian: 'Цена неясна',
    Emoji: '😀🚀👍🌏🎉'
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
    ({ browser, page } = await launchOfflinePage());
});
afterAll(async () => browser?.close());

describe('HTML export glyphs for every script in Chromium', { timeout: 120_000 }, () => {
    test('every character of the titles and pains is drawn with a real glyph, regular and bold', async () => {
        const svg = await renderView(await modelOfText(journeyOfScripts(SAMPLES, '多言語ジャーニー 🌏', 'pain')), 'map');
        await page.setContent(String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes));
        await page.evaluate(() => document.fonts.ready);
        const drawnText = await page.$$eval('svg text', texts => texts.map(text => text.textContent ?? '').join(''));
        const family = await page.$eval('svg text', text => getComputedStyle(text).fontFamily);
        const chars = [...charactersBeyondArimo(drawnText)].map(code => String.fromCodePoint(code)).filter(char => char !== '\ufe0f');
        for (const script of Object.keys(SAMPLES).filter(script => script !== 'Russian'))
            expect(
                chars.some(char => SAMPLES[script].includes(char)),
                script
            ).toBe(true);
        for (const weight of ['normal', 'bold'] as const) {
            expect(glyphless(await drawnGlyphs(page, chars, family, weight)), weight).toEqual([]);
        }
    });
});
