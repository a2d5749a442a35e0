/**
 * The preview app in headless Debian Chromium without VS Code, for the browser tests: bundled
 * as the extension bundles it (esbuild, IIFE), with its stylesheet, the renderer's preview
 * stylesheet and the Arimo font, and a stand-in for VS Code's webview API that records what
 * the app posts (`window.cjPosted`).
 */
import { readFileSync } from 'node:fs';
import type { CjourneyModel } from '@cjourney/model';
import { previewStylesheet } from '@cjourney/render';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { embeddedFontCss, launchChromium } from '@cjourney/test-support/browser';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { bundlePreviewScript, installVsCodeStandIn, PREVIEW_CSS } from '@cjourney/test-support/preview-app';

export interface PreviewPageSource {
    html: string;
    script: string;
}

/** `main` may name another preview entry to measure (e.g. an earlier commit's sources). */
export async function bundlePreview(main?: string): Promise<PreviewPageSource> {
    const script = await bundlePreviewScript(main);
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${embeddedFontCss()}${readFileSync(PREVIEW_CSS, 'utf8')}${previewStylesheet()}</style></head><body class="vscode-light"></body></html>`;
    return { html, script };
}

export async function send(page: Page, message: unknown): Promise<void> {
    await page.evaluate(data => window.postMessage(data, '*'), message as object);
}

export const uriOf = (name: string) => `file:///ws/${name}.cjourney`;

/** A fresh preview page (no saved state) of the given size, ready for the host's messages. */
export async function newPreviewPage(
    browser: Browser,
    source: PreviewPageSource,
    viewport: { width: number; height: number }
): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', error => console.log('page error:', error.message));
    await page.setContent(source.html);
    await page.evaluate(installVsCodeStandIn);
    await page.addScriptTag({ content: source.script });
    await send(page, { type: 'settings', settings: { direction: 'right', exportTheme: 'light', highlightAtCursor: true } });
    return page;
}

/** Shows a document's model in the preview and waits until its map is drawn with its fonts. */
export async function showDocument(page: Page, name: string, model: CjourneyModel, view = 'map'): Promise<void> {
    await send(page, { type: 'document', uri: uriOf(name), fileName: `${name}.cjourney`, defaultView: view });
    await send(page, { type: 'model', uri: uriOf(name), version: 1, model, errors: [] });
    await page.waitForSelector(`.cj-canvas svg[data-cj-view="${view}"]`, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
}

/** A test file's preview: what it opens pages on, and the examples' models if it asked for them. */
export interface PreviewSuite {
    models: Map<string, CjourneyModel>;
    /** A fresh preview page (no saved state) of the given size. */
    open(viewport: { width: number; height: number }): Promise<Page>;
}

/**
 * Bundles the preview (`main`, as bundlePreview) and launches Chromium before the file's tests,
 * loads the examples first when `examples` is set, and closes the browser after the tests.
 */
export function usePreview(options: { main?: string; examples?: boolean } = {}): PreviewSuite {
    let browser: Browser | undefined;
    let source: PreviewPageSource;
    const suite: PreviewSuite = { models: new Map(), open: viewport => newPreviewPage(browser!, source, viewport) };
    beforeAll(async () => {
        source = await bundlePreview(options.main);
        if (options.examples) (await loadExampleModels()).forEach((model, name) => suite.models.set(name, model));
        browser = await launchChromium();
    }, 120_000);
    afterAll(async () => {
        await browser?.close();
    });
    return suite;
}
