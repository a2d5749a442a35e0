/**
 * The preview's fonts per script: the @font-face rules the extension's build writes into the
 * preview's stylesheet (Arimo, then the Noto subsets for Hebrew, Arabic, Devanagari and Thai)
 * make Chromium download a script's font only when a drawing uses it — a Latin-only journey
 * downloads Arimo alone — and with them Chromium draws each script as wide as the layout
 * measured it (within 3 %).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FACES, fontFaceCss, measureText, SCRIPT_FONT_FACES, scriptFontFaceCss } from '@cjourney/render';
import { launchOfflinePage, showSvg } from '@cjourney/test-support/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const ORIGIN = 'https://fonts.test';

/** Every font file by the name the stylesheet asks for. */
const FILES = new Map<string, string>([
    ...FONT_FACES.map(face => [path.basename(face.file), require.resolve(`@fontsource/arimo/${face.file}`)] as const),
    ...SCRIPT_FONT_FACES.map(face => [path.basename(face.file), require.resolve(`${face.package}/${face.file}`)] as const)
]);
const CSS =
    fontFaceCss(face => `${ORIGIN}/${path.basename(face.file)}`) + scriptFontFaceCss(face => `${ORIGIN}/${path.basename(face.file)}`);

const SAMPLES: Record<string, string> = {
    Hebrew: 'שירות הלקוחות איטי מאוד',
    Arabic: 'خدمة العملاء بطيئة جدا',
    Devanagari: 'भुगतान प्रक्रिया में त्रुटि',
    Thai: 'การชำระเงินล้มเหลวหลายครั้ง'
};

const svgOf = (texts: string[], weight = 'normal') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${texts.length * 40 + 20}" font-family="Arimo, sans-serif">${texts
        .map((text, index) => `<text x="10" y="${index * 40 + 40}" font-size="20" font-weight="${weight}">${text}</text>`)
        .join('')}</svg>`;

let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
    ({ browser, page } = await launchOfflinePage());
    await page.route(`${ORIGIN}/**`, route => {
        const name = new URL(route.request().url()).pathname.slice(1);
        requested.push(name);
        return route.fulfill({ body: readFileSync(FILES.get(name)!), contentType: 'font/woff2' });
    });
});
afterAll(async () => browser?.close());

describe('preview fonts are loaded per script', () => {
    test('a Latin-only drawing downloads no Noto subset', async () => {
        requested.length = 0;
        expect(await showSvg(page, svgOf(['Pays with PayPal — €5']), CSS)).toEqual([]);
        expect(requested.some(name => name.startsWith('arimo-latin'))).toBe(true);
        expect(requested.filter(name => name.startsWith('noto-'))).toEqual([]);
    });

    test('a Hebrew and Thai drawing downloads those two subsets only', async () => {
        requested.length = 0;
        await showSvg(page, svgOf([SAMPLES.Hebrew, SAMPLES.Thai]), CSS);
        expect(requested.filter(name => name.startsWith('noto-')).sort()).toEqual([
            'noto-sans-hebrew-hebrew-400-normal.woff2',
            'noto-sans-thai-thai-400-normal.woff2'
        ]);
    });

    for (const weight of ['normal', 'bold'] as const) {
        test(`${weight}: Chromium draws each script as wide as the layout measures it (within 3 %)`, async () => {
            const texts = Object.values(SAMPLES);
            await showSvg(page, svgOf(texts, weight), CSS);
            const drawn = await page.evaluate(() =>
                [...document.querySelectorAll('text')].map(text => (text as SVGTextElement).getComputedTextLength())
            );
            texts.forEach((text, index) => {
                const measured = measureText(text, { size: 20, weight });
                expect(
                    Math.abs(measured - drawn[index]) / drawn[index],
                    `${text}: measured ${measured}, drawn ${drawn[index]}`
                ).toBeLessThan(0.03);
            });
        });
    }
});
