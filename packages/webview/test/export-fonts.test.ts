/**
 * Exports from the preview carry their fonts (headless Chromium, the bundled preview app, a
 * stand-in host that answers `embedFonts` with the preview's font files as the extension does):
 * an exported SVG holds `@font-face` rules with the woff2 files as data: URLs for exactly the
 * faces its text uses, stays within the strict SVG grammar, and — opened alone, on this
 * machine that has no Arimo installed — sets its text at the widths the layout measured; the
 * PNG, rasterised from it under the preview's Content Security Policy, uses them too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CjourneyModel } from '@cjourney/model';
import { measureText, renderView } from '@cjourney/render';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { expectWellFormedSvg, modelOfText } from '@cjourney/test-support/examples';
import type { ExportMessage } from '../src/protocol.js';
import { bundlePreview, newPreviewPage, previewFontDataUrls, send, showDocument, type PreviewPageSource } from './preview-page.js';

const TITLE = 'Ordering lunch — הזמנת ארוחה';
const JOURNEY = `journey Lunch "${TITLE}" {
  stage Pick "Pick a dish" {
    touchpoint Menu "Reads the menu" { channel web emotion pleased }
    touchpoint Order "Orders" { channel app emotion delighted }
  }
}
`;

let browser: Browser;
let source: PreviewPageSource;
let model: CjourneyModel;

beforeAll(async () => {
    source = await bundlePreview();
    model = await modelOfText(JOURNEY, 'lunch.cjourney');
    browser = await launchChromium();
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

const posted = (page: Page) => page.evaluate(() => (window as unknown as { cjPosted: { type: string; id?: number }[] }).cjPosted);

/** Exports the shown map and returns what the app posted for the host to save. */
async function exportMap(page: Page, command: 'exportSvg' | 'exportPng'): Promise<ExportMessage> {
    await page.evaluate(() => ((window as unknown as { cjPosted: unknown[] }).cjPosted.length = 0));
    await send(page, { type: 'command', command });
    await page.waitForFunction(() => (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'export'));
    return (await posted(page)).find(message => message.type === 'export') as unknown as ExportMessage;
}

/** Dark pixels in the top eighth of a PNG (the journey's title), counted in a page of its own. */
async function darkPixelsAtTop(png: number[]): Promise<number> {
    const page = await browser.newPage();
    const count = await page.evaluate(async bytes => {
        const image = new Image();
        image.src = URL.createObjectURL(new Blob([Uint8Array.from(bytes)], { type: 'image/png' }));
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, Math.round(canvas.height / 8)).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300 && pixels[i + 3] > 0) dark++;
        return dark;
    }, png);
    await page.close();
    return count;
}

const faceFiles = (svg: string) =>
    [...svg.matchAll(/src: url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)].map(
        ([, data]) => Object.entries(previewFontDataUrls()).find(([, url]) => url.endsWith(data))?.[0]
    );

describe('an export from the preview carries its fonts', () => {
    test('the exported SVG embeds the Arimo and Hebrew subsets its text uses, and no other', { timeout: 60_000 }, async () => {
        const page = await newPreviewPage(browser, source, { width: 1200, height: 800 });
        await showDocument(page, 'lunch', model);
        const svg = String((await exportMap(page, 'exportSvg')).data);
        // The question names no file: the host sends the files of its own font folder.
        expect(Object.keys((await posted(page)).find(message => message.type === 'embedFonts')!).sort()).toEqual(['id', 'type']);
        expect(new Set(faceFiles(svg))).toEqual(
            new Set(['arimo-latin-400-normal.woff2', 'arimo-latin-700-normal.woff2', 'noto-sans-hebrew-hebrew-400-normal.woff2'])
        );
        expect(svg).toMatch(/^<svg[^>]*>\n {2}<defs>\n {4}<style>\n@font-face \{ font-family: Arimo;/);
        expectWellFormedSvg(svg);
        console.log(`exported SVG: ${Math.round(svg.length / 1024)} KB with its fonts`);
        await page.close();
    });

    test('opened alone, the exported SVG sets its title at the width the layout measured with Arimo', { timeout: 60_000 }, async () => {
        const page = await newPreviewPage(browser, source, { width: 1200, height: 800 });
        await showDocument(page, 'lunch', model);
        const withFonts = String((await exportMap(page, 'exportSvg')).data);
        const withoutFonts = await renderView(model, 'map', { theme: 'light' });
        /** The set width of a card title, and the font the SVG asks for (the text element's or its group's). */
        const cardTitle = async (svg: string) => {
            const alone = await browser.newPage();
            await alone.setContent(svg);
            const seen = await alone.evaluate(async () => {
                await document.fonts.ready;
                const title = [...document.querySelectorAll<SVGTextElement>('text')].find(text => text.textContent === 'Reads the menu')!;
                const style = getComputedStyle(title);
                return { width: title.getComputedTextLength(), size: parseFloat(style.fontSize), bold: Number(style.fontWeight) >= 600 };
            });
            await alone.close();
            return seen;
        };
        const embedded = await cardTitle(withFonts);
        const measured = measureText('Reads the menu', { size: embedded.size, weight: embedded.bold ? 'bold' : 'normal' });
        console.log(
            `"Reads the menu": Arimo metrics ${measured.toFixed(1)} px, exported SVG ${embedded.width.toFixed(1)} px, without fonts ${(await cardTitle(withoutFonts)).width.toFixed(1)} px`
        );
        expect(embedded.width).toBeCloseTo(measured, 0);
        await page.close();
    });

    test("the PNG is drawn with the embedded fonts under the preview's Content Security Policy", { timeout: 60_000 }, async () => {
        const page = await newPreviewPage(browser, source, { width: 1200, height: 800 });
        await showDocument(page, 'lunch', model);
        // The policy the extension sets (preview-html.ts): fonts from the extension only.
        await page.evaluate(() => {
            const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy' });
            meta.content = "default-src 'none'; font-src https://*.vscode-cdn.net; img-src blob: https://*.vscode-cdn.net";
            document.head.append(meta);
        });
        const withFonts = Array.from((await exportMap(page, 'exportPng')).data as Uint8Array);
        mkdirSync('test-results/preview', { recursive: true });
        writeFileSync('test-results/preview/export-with-fonts.png', Uint8Array.from(withFonts));
        // A host whose answer holds no font file: the same drawing without its fonts.
        await page.evaluate(() => Object.assign(window, { cjFontAnswer: { 'arimo-latin-400-normal.woff2': 'x' } }));
        const withoutFonts = Array.from((await exportMap(page, 'exportPng')).data as Uint8Array);
        writeFileSync('test-results/preview/export-without-fonts.png', Uint8Array.from(withoutFonts));
        expect(withFonts.slice(1, 4)).toEqual([0x50, 0x4e, 0x47]); // "PNG"
        expect(withFonts).not.toEqual(withoutFonts);
        // The title is there (a first drawing once had no text at all: the fonts were still loading).
        const titleInk = await darkPixelsAtTop(withFonts);
        console.log(`PNG: ${titleInk} dark pixels in the title band`);
        expect(titleInk).toBeGreaterThan(2_000);
        await page.close();
    });
});
