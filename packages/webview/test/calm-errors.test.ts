/**
 * Calm live updates, in headless Chromium with the bundled preview: while a person types, a
 * half-typed word's errors neither grey the map nor push it down. The last good map stays in
 * place, and the error notice floats over it only once no newer model has come for
 * ERROR_SETTLE_MS; fixing the text takes it away at once. A host speaking an older protocol
 * still gets a map, never "could not be drawn".
 */
import type { CjourneyModel } from '@cjourney/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { ERROR_SETTLE_MS } from '../src/preview/error-banner.js';
import { bundlePreview, newPreviewPage, send, showDocument, uriOf } from './preview-page.js';

let browser: Browser;
let page: Page;
let model: CjourneyModel;

beforeAll(async () => {
    const source = await bundlePreview();
    model = (await loadExampleModels()).get('saas-onboarding')!;
    browser = await launchChromium();
    page = await newPreviewPage(browser, source, { width: 1200, height: 800 });
    await showDocument(page, 'saas', model);
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

const ERROR = {
    message: "Expecting '}' but found 'touchpo'.",
    range: { start: { line: 10, character: 4 }, end: { line: 10, character: 11 } }
};

function modelWithErrors(version: number) {
    return { type: 'model', uri: uriOf('saas'), version, model, errors: [ERROR] };
}

/** Where the map is on screen, whether it is dimmed, and whether the notice shows. */
function screenState(page: Page) {
    return page.evaluate(() => {
        const canvas = document.querySelector('.cj-canvas')!;
        const svg = canvas.querySelector('svg')!.getBoundingClientRect();
        const banner = document.querySelector<HTMLElement>('.cj-banner')!;
        return { top: svg.top, left: svg.left, dimmed: canvas.classList.contains('cj-stale'), notice: !banner.hidden };
    });
}

describe('errors while typing', () => {
    test('nothing flashes while models with errors keep coming; after a pause a notice floats over the unmoved map', async () => {
        const before = await screenState(page);
        expect(before).toMatchObject({ dimmed: false, notice: false });
        // Keystrokes every 200 ms, each giving a model with an error: no notice, no dimming, no movement.
        for (let version = 2; version <= 6; version++) {
            await send(page, modelWithErrors(version));
            await page.waitForTimeout(200);
            expect(await screenState(page), `after keystroke ${version - 1}`).toEqual(before);
        }
        // The person stops typing: the notice appears over the map, which stays where it was.
        await page.waitForTimeout(ERROR_SETTLE_MS + 300);
        const settled = await screenState(page);
        expect(settled).toEqual({ ...before, dimmed: true, notice: true });
        await expect(page.locator('.cj-banner').innerText()).resolves.toContain('1 error in this file');
        const position = await page.locator('.cj-banner').evaluate(banner => getComputedStyle(banner).position);
        expect(position).toBe('absolute');
    });

    test('a model without errors clears the notice and the dimming at once', async () => {
        await send(page, { type: 'model', uri: uriOf('saas'), version: 7, model, errors: [] });
        await page.waitForTimeout(100);
        expect(await screenState(page)).toMatchObject({ dimmed: false, notice: false });
    });

    test('a host that speaks an older protocol (view `journey`, settings without the scroll ones) still gets its map', async () => {
        const old = await newPreviewPage(browser, await bundlePreview(), { width: 1200, height: 800 });
        await send(old, { type: 'settings', settings: { direction: 'right', exportTheme: 'light', highlightAtCursor: true } });
        await send(old, { type: 'document', uri: uriOf('old'), fileName: 'old.cjourney', defaultView: 'journey' });
        await send(old, { type: 'model', uri: uriOf('old'), version: 1, model, errors: [] });
        await old.waitForSelector('.cj-canvas svg[data-cj-view="map"]', { timeout: 30_000 });
        const problems = await old.evaluate(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(m => m.type === 'problem')
        );
        expect(problems).toEqual([]);
        await old.close();
    });
});
