/**
 * The preview app in headless Debian Chromium without VS Code, for the browser tests: bundled
 * as the extension bundles it (esbuild, IIFE), with its stylesheet, the renderer's preview
 * stylesheet and the Arimo font, and a stand-in for VS Code's webview API that records what
 * the app posts (`window.cjPosted`) and, as the extension host does, answers `embedFonts`
 * with the preview's font files as data: URLs (set `window.cjFontAnswer` to answer otherwise).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CjourneyModel } from '@cjourney/model';
import { FONT_FACES, fontFileName, previewStylesheet, SCRIPT_FONT_FACES } from '@cjourney/render';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { embeddedFontCss, launchChromium } from '@cjourney/test-support/browser';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { bundlePreviewScript, PREVIEW_CSS } from '@cjourney/test-support/preview-app';
import { DEFAULT_PREVIEW_SETTINGS } from '../src/protocol.js';

/**
 * The colours VS Code's default light theme (Light Modern) gives the variables the preview
 * and its toolbar read, as a webview receives them: without them the toolbar falls back to
 * vscode-elements' dark-theme defaults (light grey text), which no user ever sees.
 */
const LIGHT_THEME_VARIABLES = `:root {
    --vscode-foreground: #3b3b3b; --vscode-descriptionForeground: #3b3b3b; --vscode-icon-foreground: #3b3b3b;
    --vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-focusBorder: #005fb8;
    --vscode-panel-border: #e5e5e5; --vscode-widget-border: #e5e5e5; --vscode-textLink-foreground: #005fb8;
    --vscode-editorWidget-background: #f8f8f8; --vscode-editorWidget-foreground: #3b3b3b;
    --vscode-button-background: #005fb8; --vscode-button-foreground: #ffffff;
    --vscode-inputOption-activeBorder: #005fb8; --vscode-inputOption-activeBackground: #bed6ed;
    --vscode-inputOption-activeForeground: #000000;
}`;

export interface PreviewPageSource {
    html: string;
    script: string;
}

/** The files the extension's build copies into dist/webview/fonts, as the host sends them: file name → data URL. */
export function previewFontDataUrls(): Record<string, string> {
    const require = createRequire(import.meta.url);
    const file = (pkg: string, face: { file: string }) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), face.file);
    const faces = [...FONT_FACES.map(face => file('@fontsource/arimo', face)), ...SCRIPT_FONT_FACES.map(face => file(face.package, face))];
    return Object.fromEntries(
        faces.map(font => [fontFileName({ file: font }), `data:font/woff2;base64,${readFileSync(font).toString('base64')}`])
    );
}

/**
 * `main` may name another preview entry to measure (e.g. an earlier commit's sources); `fontCss`
 * other @font-face rules than the embedded Arimo (e.g. the extension's, per script).
 */
export async function bundlePreview(main?: string, fontCss = embeddedFontCss()): Promise<PreviewPageSource> {
    const script = await bundlePreviewScript(main);
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Journey map preview</title><style>${LIGHT_THEME_VARIABLES}${fontCss}${readFileSync(PREVIEW_CSS, 'utf8')}${previewStylesheet()}</style></head><body class="vscode-light"></body></html>`;
    return { html, script };
}

const FONT_ANSWER = previewFontDataUrls();

export async function send(page: Page, message: unknown): Promise<void> {
    await page.evaluate(data => window.postMessage(data, '*'), message as object);
}

export const uriOf = (name: string) => `file:///ws/${name}.cjourney`;

/**
 * A fresh preview page (no saved state) of the given size, ready for the host's messages;
 * `prepare` runs before the page loads (e.g. to serve its fonts).
 */
export async function newPreviewPage(
    browser: Browser,
    source: PreviewPageSource,
    viewport: { width: number; height: number },
    prepare?: (page: Page) => Promise<void>
): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await prepare?.(page);
    page.on('pageerror', error => console.log('page error:', error.message));
    await page.setContent(source.html);
    await page.evaluate(fonts => {
        const posted: unknown[] = [];
        Object.assign(window, {
            cjPosted: posted,
            cjFontAnswer: fonts,
            acquireVsCodeApi: () => ({
                postMessage: (message: { type?: string; id?: number }) => {
                    posted.push(message);
                    const answer = (window as unknown as { cjFontAnswer: unknown }).cjFontAnswer;
                    if (message?.type === 'embedFonts' && answer) {
                        setTimeout(() => window.postMessage({ type: 'embeddedFonts', id: message.id, fonts: answer }, '*'));
                    }
                },
                getState: () => undefined,
                setState: () => undefined
            })
        });
    }, FONT_ANSWER);
    await page.addScriptTag({ content: source.script });
    await send(page, {
        type: 'settings',
        settings: DEFAULT_PREVIEW_SETTINGS
    });
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
