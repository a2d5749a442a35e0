/**
 * The live preview page with a hostile journey, in headless Chromium without VS Code: the
 * preview app bundled as the extension bundles it (esbuild, IIFE), in a page without the
 * webview's Content Security Policy — so what is checked is the app's own escaping, not the
 * policy — and with a stand-in for VS Code's webview API (`acquireVsCodeApi`) that records
 * what the app posts. The host's messages carry the XSS corpus in every text field of two
 * journeys, in the file name and in the error banner; the app draws every view and
 * highlights at the cursor. No script runs and no request leaves the page.
 */
import { readFileSync } from 'node:fs';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { type CjourneyModel } from '@cjourney/model';
import { DEFAULT_PREVIEW_SETTINGS } from '@cjourney/webview/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { exampleText, journeyWithBuiltinIds, withHostileStrings, XSS_ALL } from '@cjourney/test-support/hostile-input';
import { bundlePreviewScript, installVsCodeStandIn, PREVIEW_CSS } from '@cjourney/test-support/preview-app';
import { expectNoScriptRan, openTracedPage, type ServedFile } from '@cjourney/test-support/xss-page';

const DOCUMENT_URI = 'file:///hostile/journey.cjourney';

/** The page the extension's preview-html.ts writes, minus its Content Security Policy. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><link rel="stylesheet" href="/preview.css"><title>Journey map preview</title></head>
<body><script src="/preview.js"></script></body>
</html>`;

let browser: Browser;
let context: BrowserContext;
let files: Record<string, ServedFile>;
let model: CjourneyModel;

beforeAll(async () => {
    files = {
        '/preview.html': { body: PAGE, contentType: 'text/html' },
        '/preview.js': { body: await bundlePreviewScript(), contentType: 'text/javascript' },
        '/preview.css': { body: readFileSync(PREVIEW_CSS, 'utf8'), contentType: 'text/css' }
    };
    // Two hostile journeys in one file: the toolbar lists both titles.
    const text = `${withHostileStrings(exampleText('saas-onboarding'))}\n${withHostileStrings(journeyWithBuiltinIds(), 7)}`;
    const { documents } = await loadSources([{ uri: DOCUMENT_URI, text }]);
    model = buildCjourneyModel(documents[0], { fileName: () => `${XSS_ALL}.cjourney` });
    expect(model.journeys).toHaveLength(2);
    browser = await launchChromium();
    context = await browser.newContext();
    await context.addInitScript(installVsCodeStandIn);
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

/** Sends a host message the way VS Code delivers it to a webview: a window message event. */
async function send(page: Page, message: unknown): Promise<void> {
    await page.evaluate(data => window.postMessage(data, '*'), message as object);
}

async function waitForView(page: Page, view: string): Promise<void> {
    await page.waitForSelector(`main.cj-canvas svg[data-cj-view="${view}"]`, { timeout: 30_000 });
}

describe('the preview page with a hostile journey (headless Chromium, no VS Code)', () => {
    test('draws every view of both journeys, with hostile errors in the banner, and nothing runs', async () => {
        const { page, finish } = await openTracedPage(context, files, '/preview.html');
        await page.waitForFunction(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(message => message.type === 'ready')
        );
        await send(page, {
            type: 'settings',
            settings: DEFAULT_PREVIEW_SETTINGS
        });
        await send(page, { type: 'document', uri: DOCUMENT_URI, fileName: `${XSS_ALL}.cjourney`, defaultView: 'map' });
        const errors = [{ message: XSS_ALL, code: 'syntax', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } }];
        await send(page, { type: 'model', uri: DOCUMENT_URI, version: 1, model, errors });
        await waitForView(page, 'map');
        const touchpoint = model.journeys[0].touchpoints[0].loc.range.start;
        await send(page, { type: 'cursor', uri: DOCUMENT_URI, position: { line: touchpoint.line, character: touchpoint.character + 2 } });
        for (const [command, view] of [
            ['view:stakeholders', 'stakeholders'],
            ['view:flow', 'flow'],
            ['view:map', 'map']
        ]) {
            await send(page, { type: 'command', command });
            await waitForView(page, view);
        }
        // The error notice comes once no newer model has come for a moment (calm errors): wait for it.
        await page.waitForFunction(() => document.querySelector('.cj-banner')?.textContent?.includes('<script>'), undefined, {
            timeout: 15_000
        });
        const banner = await page.textContent('.cj-banner');
        expect(banner).toContain('<script>');
        // The next edit puts the other journey (ids named after builtins) first: the map follows it.
        await send(page, {
            type: 'model',
            uri: DOCUMENT_URI,
            version: 2,
            model: { ...model, journeys: [...model.journeys].reverse() },
            errors: []
        });
        await page.waitForSelector('main.cj-canvas svg g[data-cj-id="__proto__"]', { timeout: 30_000 });
        const problems = await page.evaluate(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(message => message.type === 'problem')
        );
        expect(problems).toEqual([]);
        const trace = await finish();
        expectNoScriptRan(trace);
        expect(trace.scriptElements, 'the app replaces the body, its own script included: none may come back').toBe(0);
        expect(
            trace.elements.filter(name =>
                ['iframe', 'img', 'image', 'foreignobject', 'object', 'embed', 'math'].includes(name.toLowerCase())
            )
        ).toEqual([]);
    }, 120_000);
});
