/** Headless Debian Chromium through playwright-core, with the Arimo web fonts the preview uses. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fontFaceCss } from '../../src/index.js';

const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

export function embeddedFontCss(): string {
    const fonts = path.dirname(require.resolve('@fontsource/arimo/package.json'));
    return fontFaceCss(face => `data:font/woff2;base64,${readFileSync(path.join(fonts, face.file)).toString('base64')}`);
}

export async function launchChromium(): Promise<BrowserContext> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'cj-chromium-'));
    // CHROMIUM_PATH, as in the other browser tests: a Chromium installed elsewhere stands in for Debian's (see scripts/system-deps.mjs).
    return chromium.launchPersistentContext(userDataDir, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
}

/** Shows an SVG in a page (fonts loaded) and returns the errors the page reported while doing so. */
export async function showSvg(page: Page, svg: string, fontCss: string): Promise<string[]> {
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    const onConsole = (message: { type(): string; text(): string }) => { if (message.type() === 'error') errors.push(message.text()); };
    page.on('pageerror', onError);
    page.on('console', onConsole);
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${fontCss} body { margin: 0 }</style></head><body>${svg}</body></html>`);
    await page.evaluate(async () => { await document.fonts.ready; });
    page.off('pageerror', onError);
    page.off('console', onConsole);
    return errors;
}
