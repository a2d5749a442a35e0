/**
 * Loading output that carries the XSS corpus (test-support/hostile-input.ts) in headless
 * Chromium and recording whether anything ran: dialogs, the payloads' global, requests
 * leaving the page, and dangerous markup left in the document.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { XSS_GLOBAL } from './hostile-input.js';

/** The origin test pages are served from (never reaches the network: every request is routed). */
export const TEST_ORIGIN = 'http://cjourney.test';

export interface ServedFile {
    body: string | Buffer;
    contentType: string;
}

export interface PageTrace {
    dialogs: string[];
    /** Every request for something the test did not serve. */
    requests: string[];
    /** What the payloads would have set. */
    xssGlobal: unknown;
    /** The distinct element names in the document. */
    elements: string[];
    /** `on…` attributes, `javascript:` URLs and links to another origin. */
    dangerousAttributes: string[];
    styleElements: number;
    scriptElements: number;
}

export interface TracedPage {
    page: Page;
    /** Lets handlers that fire after load run, reads the trace and closes the page. */
    finish(): Promise<PageTrace>;
}

/** Runs in the page: what is in the document. */
function inspectDocument(): Pick<PageTrace, 'elements' | 'dangerousAttributes' | 'styleElements' | 'scriptElements'> {
    const all = [...document.querySelectorAll('*')];
    const leavesThePage = (name: string, value: string) =>
        /(^|:)(href|src)$/i.test(name) && new URL(value, document.baseURI).origin !== location.origin;
    // A javascript: URL runs only where a URL is followed; the same words in a label (aria-label
    // of a card titled "javascript:…") are text.
    const followed = (name: string) => /(^|:)(href|src|action|formaction|data|poster|background)$/i.test(name);
    const dangerousAttributes = all.flatMap(element =>
        [...element.attributes]
            .filter(
                attribute =>
                    /^on/i.test(attribute.name) ||
                    (followed(attribute.name) && /^\s*javascript:/i.test(attribute.value)) ||
                    leavesThePage(attribute.name, attribute.value)
            )
            .map(attribute => `<${element.localName} ${attribute.name}="${attribute.value}">`)
    );
    return {
        elements: [...new Set(all.map(element => element.localName))].sort(),
        dangerousAttributes,
        styleElements: document.querySelectorAll('style').length,
        scriptElements: document.querySelectorAll('script').length
    };
}

/** Opens `path` of TEST_ORIGIN in a new tab of `context`, serving `files` (by path) and refusing everything else. */
export async function openTracedPage(
    context: BrowserContext,
    files: Readonly<Record<string, ServedFile>>,
    path: string
): Promise<TracedPage> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    await page.route('**/*', route => {
        const url = new URL(route.request().url());
        const file = url.origin === TEST_ORIGIN ? files[url.pathname] : undefined;
        if (file) {
            return route.fulfill({ body: file.body, contentType: file.contentType });
        }
        requests.push(url.href);
        return route.abort();
    });
    await page.goto(`${TEST_ORIGIN}${path}`, { waitUntil: 'load' });
    return {
        page,
        finish: async () => {
            try {
                await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50))));
                const xssGlobal = await page.evaluate(name => (window as unknown as Record<string, unknown>)[name], XSS_GLOBAL);
                return { dialogs, requests, xssGlobal, ...(await page.evaluate(inspectDocument)) };
            } finally {
                await page.close();
            }
        }
    };
}

/** No dialog, no payload global, no request for anything not served, no event handler or script URL in the document. */
export function expectNoScriptRan(trace: PageTrace): void {
    expect(trace.dialogs, 'a dialog opened').toEqual([]);
    expect(trace.xssGlobal, 'a payload ran').toBeUndefined();
    expect(trace.requests, 'a request left the page').toEqual([]);
    expect(trace.dangerousAttributes, 'event handlers or links in the document').toEqual([]);
}
