/**
 * Nothing a user writes executes: every string of every example replaced by an XSS corpus
 * (`<script>`, `javascript:` links, `onerror=`, `</svg>`, `]]>`, `</style>`, `url(…)`…),
 * rendered in every view as a standalone SVG and as the HTML export, and loaded in headless
 * Chromium from a test origin. No dialog opens, the payloads' global is never set, no
 * request leaves the page, and the document holds only the renderer's own elements.
 */
import type { CjourneyModel } from '@cjourney/model';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embeddedFontCss, launchChromium } from '@cjourney/test-support/browser';
import { expectNoScriptRan, openTracedPage, type PageTrace } from '@cjourney/test-support/xss-page';
import { withHostileStrings, XSS_ALL, XSS_PAYLOADS } from '@cjourney/test-support/hostile-input';
import { htmlDocument, renderView, VIEWS, type ViewName } from '@cjourney/render';
import { loadExampleModels, SHOWCASE_EXAMPLES } from '@cjourney/test-support/examples';

/** The SVG elements the renderer writes, and the HTML export's frame around them. */
const SVG_ELEMENTS = ['svg', 'title', 'desc', 'defs', 'symbol', 'use', 'g', 'rect', 'circle', 'path', 'text', 'tspan'];
const HTML_ELEMENTS = ['html', 'head', 'meta', 'style', 'body'];

let browser: Browser;
let context: BrowserContext;
/** The examples with their strings replaced: payloads in turn, and the whole corpus in every string. */
const variants = new Map<string, Map<string, CjourneyModel>>();

beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    variants.set('payloads in turn', await loadExampleModels(text => withHostileStrings(text, 0)));
    variants.set('the whole corpus in every string', await loadExampleModels(text => withHostileStrings(text, 0, [XSS_ALL])));
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

/** Loads `body` as a page of the test origin and traces it. */
async function loadInChromium(body: string, contentType: string): Promise<PageTrace> {
    const { finish } = await openTracedPage(context, { '/page': { body, contentType } }, '/page');
    return finish();
}

function expectNothingRan(trace: PageTrace, allowed: readonly string[], ownStyles: number): void {
    expectNoScriptRan(trace);
    expect(
        trace.elements.filter(name => !allowed.includes(name)),
        'elements the renderer never writes'
    ).toEqual([]);
    expect(trace.styleElements).toBe(ownStyles);
    expect(trace.scriptElements).toBe(0);
}

describe('the XSS corpus in every text field, loaded in headless Chromium', () => {
    const cases: Array<[string, string, ViewName]> = [];
    for (const variant of ['payloads in turn', 'the whole corpus in every string']) {
        for (const name of SHOWCASE_EXAMPLES) {
            for (const view of VIEWS) {
                cases.push([variant, name, view]);
            }
        }
    }

    test.each(cases)(
        '%s: %s, %s view, as SVG and as the HTML export',
        async (variant, name, view) => {
            const model = variants.get(variant)!.get(name)!;
            const svg = await renderView(model, view, { theme: 'dark', notices: [XSS_ALL] });
            expect(svg).toContain('&lt;script&gt;');
            expectNothingRan(await loadInChromium(svg, 'image/svg+xml'), SVG_ELEMENTS, 0);
            const html = htmlDocument(svg, {
                title: XSS_ALL,
                theme: 'dark',
                fontCss: variant === 'payloads in turn' ? embeddedFontCss() : undefined
            });
            expectNothingRan(await loadInChromium(html, 'text/html'), [...SVG_ELEMENTS, ...HTML_ELEMENTS], 1);
        },
        60_000
    );

    test('the check itself works: an unescaped payload in a page is caught', async () => {
        const trace = await loadInChromium(
            `<!DOCTYPE html><html><body>${XSS_PAYLOADS[0]}${XSS_PAYLOADS[1]}${XSS_PAYLOADS[9]}</body></html>`,
            'text/html'
        );
        expect(trace.dialogs).toEqual(['1']);
        expect(trace.xssGlobal).toBe(2);
        expect(trace.requests.length).toBeGreaterThan(0);
        expect(trace.dangerousAttributes.length).toBeGreaterThan(0);
    });
});
