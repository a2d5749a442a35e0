/**
 * Mermaid in headless Debian Chromium, offline, for the side-by-side benchmark
 * (suites/50-mermaid.mjs) and its emulation of Mermaid's CLI (mermaid-cli.mjs): the browser
 * launch, a blank page with the `mermaid` package's browser build injected from
 * node_modules (no request reaches the network), and one render.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium } from '@cjourney/test-support/chromium';

export { launchChromium };

const require = createRequire(import.meta.url);
export const MERMAID_SCRIPT = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/mermaid.min.js');

/**
 * Mermaid refuses diagrams over 50,000 characters by default (it draws an error instead);
 * the 1,000-touchpoint export is just under it and the 5,000-touchpoint one (235 kB) far
 * over, so the limit is lifted, as a mermaid-cli user would with a config file.
 */
export const MERMAID_CONFIG = { startOnLoad: false, securityLevel: 'strict', maxTextSize: 100_000_000 };

/** A blank page of `browser` with Mermaid loaded and initialised (plus `scripts`, file paths or `{ content }`). */
export async function openMermaidPage(browser, scripts = []) {
    const page = await browser.newPage();
    await page.route('**/*', route => route.abort());
    await page.setContent('<!doctype html><html><body></body></html>');
    for (const script of [{ path: MERMAID_SCRIPT }, ...scripts]) {
        await page.addScriptTag(script);
    }
    await page.evaluate(config => window.mermaid.initialize(config), MERMAID_CONFIG);
    return page;
}

/**
 * Renders `text` with `mermaid.render()` in the page: the SVG, or the error Mermaid threw
 * or drew (Mermaid draws an error diagram rather than throwing for some failures).
 */
export function renderMermaid(page, text, id = 'mermaid-bench') {
    return page.evaluate(
        async ({ text, id }) => {
            try {
                const { svg } = await window.mermaid.render(id, text);
                const drawnError = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror, .error-icon');
                return drawnError ? { error: 'Mermaid drew an error diagram' } : { svg };
            } catch (error) {
                return { error: String(error?.message ?? error) };
            }
        },
        { text, id }
    );
}
