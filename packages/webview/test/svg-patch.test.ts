/**
 * The preview redraws an edited map by replacing only the top-level SVG elements whose text
 * changed (src/preview/svg-patch.ts). Specified here: the rendered text cuts into parts that
 * put it back together exactly, one part per top-level element; and in a real browser, a
 * patched map is the very DOM a whole parse of the new text gives.
 */
import { readFileSync } from 'node:fs';
import type { CjourneyModel, Journey } from '@cjourney/model';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderView, VIEWS } from '@cjourney/render';
import { changedParts, splitSvg } from '../src/preview/svg-patch.js';
import { launchChromiumContext } from '@cjourney/test-support/browser';
import { loadExampleModels } from '@cjourney/test-support/examples';

const PATCH_MODULE = new URL('../out/preview/svg-patch.js', import.meta.url);

let models: Map<string, CjourneyModel>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
    models = await loadExampleModels();
    context = await launchChromiumContext();
    page = await context.newPage();
    await page.setContent('<!doctype html><html><body><main></main></body></html>');
    // The compiled module, as the preview bundle runs it; exported to the page for the checks below.
    const source = readFileSync(PATCH_MODULE, 'utf8')
        .replace(/^export /gm, '')
        .replace(/\/\/# sourceMappingURL=.*$/m, '');
    await page.addScriptTag({ content: `${source}\nwindow.SvgSurface = SvgSurface;` });
}, 60_000);

afterAll(async () => {
    await context?.close();
});

function journey(name: string): Journey {
    return models.get(name)!.journeys[0];
}

/** The journey with its title and one touchpoint's title edited, as keystrokes would (every view shows the first). */
function withEditedTouchpoint(original: Journey): Journey {
    const copy = structuredClone(original);
    copy.title += ' (edited)';
    copy.touchpoints[0].title += ' (edited)';
    return copy;
}

interface PatchReport {
    fresh: boolean[];
    sameElement: boolean;
    patched: string;
    parsed: string;
}

/** Runs in the page: shows `before`, updates to `after`, and parses `after` whole for comparison. */
function patchInPage({ before, after }: { before: string; after: string }): PatchReport {
    const surface = new (
        window as unknown as { SvgSurface: new () => { update(text: string): { svg: SVGSVGElement; fresh: boolean } } }
    ).SvgSurface();
    const main = document.querySelector('main')!;
    const first = surface.update(before);
    main.replaceChildren(first.svg);
    const second = surface.update(after);
    if (second.fresh) main.replaceChildren(second.svg);
    const template = document.createElement('template');
    template.innerHTML = after;
    return {
        fresh: [first.fresh, second.fresh],
        sameElement: first.svg === second.svg,
        patched: main.querySelector('svg')!.outerHTML,
        parsed: template.content.querySelector('svg')!.outerHTML
    };
}

describe('splitting the rendered SVG', () => {
    test.each(VIEWS)('every %s view of every example splits into parts that join back to the exact text', async view => {
        for (const model of models.values()) {
            for (const item of model.journeys) {
                const svg = await renderView(item, view, { paint: 'classes' });
                const { head, parts, tail } = splitSvg(svg);
                expect(head + parts.join('') + tail).toBe(svg);
                expect(head).toMatch(/^<svg [^\n]*>\n$/);
                expect(tail).toBe('\n</svg>\n');
                // One part per top-level element: each starts with an open tag two spaces in.
                parts.forEach(part => expect(part).toMatch(/^ {2}<[a-z]/));
            }
        }
    });

    test('an edited touchpoint changes a few parts; a different journey changes the shape', async () => {
        const original = journey('saas-onboarding');
        const before = splitSvg(await renderView(original, 'map', { paint: 'classes' }));
        const edited = splitSvg(await renderView(withEditedTouchpoint(original), 'map', { paint: 'classes' }));
        const changed = changedParts(before, edited);
        expect(changed?.length).toBeGreaterThan(0);
        expect(changed!.length).toBeLessThan(before.parts.length / 10);
        const other = splitSvg(await renderView(journey('retail-repurchase'), 'map', { paint: 'classes' }));
        expect(changedParts(before, other)).toBeUndefined();
    });
});

describe('patching the map in Chromium', () => {
    test.each(VIEWS)('an edited touchpoint patches the %s view in place into the DOM a whole parse gives', async view => {
        const original = journey('saas-onboarding');
        const before = await renderView(original, view, { paint: 'classes' });
        const after = await renderView(withEditedTouchpoint(original), view, { paint: 'classes' });
        expect(after).not.toBe(before);
        const report = await page.evaluate(patchInPage, { before, after });
        expect(report.patched).toBe(report.parsed);
        expect(report.fresh[0]).toBe(true);
        // The flow view may re-lay out around a longer title (then the root's size changes and it parses afresh).
        if (!report.fresh[1]) expect(report.sameElement).toBe(true);
    });

    test('the journey map is patched, not parsed afresh, after a one-touchpoint edit', async () => {
        const original = journey('saas-onboarding');
        const before = await renderView(original, 'map', { paint: 'classes' });
        const after = await renderView(withEditedTouchpoint(original), 'map', { paint: 'classes' });
        const report = await page.evaluate(patchInPage, { before, after });
        expect(report.fresh).toEqual([true, false]);
        expect(report.sameElement).toBe(true);
        expect(report.patched).toBe(report.parsed);
    });

    test('another journey is parsed afresh', async () => {
        const before = await renderView(journey('saas-onboarding'), 'map', { paint: 'classes' });
        const after = await renderView(journey('retail-repurchase'), 'map', { paint: 'classes' });
        const report = await page.evaluate(patchInPage, { before, after });
        expect(report.fresh).toEqual([true, true]);
        expect(report.patched).toBe(report.parsed);
    });
});
