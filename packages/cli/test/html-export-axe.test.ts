/**
 * The HTML export can be read by people who do not see it: every example in every view, and
 * a journey in right-to-left and East Asian scripts, exported to HTML as `cjourney render
 * --format html` writes it (fonts embedded, strict CSP), in light (and the map in dark), opened in
 * headless Chromium and audited by axe-core: no serious or critical violation.
 */
import { renderView, VIEWS, type ThemeKind, type ViewName } from '@cjourney/render';
import type { CjourneyModel } from '@cjourney/model';
import { seriousAxeViolations } from '@cjourney/test-support/axe';
import { launchOfflinePage } from '@cjourney/test-support/browser';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encode } from '../src/render/output-formats.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
    ({ browser, page } = await launchOfflinePage());
});
afterAll(async () => browser?.close());

async function violations(model: CjourneyModel, view: ViewName, theme: ThemeKind): Promise<string[]> {
    const svg = await renderView(model, view, { theme });
    await page.setContent(String((await encode(svg, 'html', { title: 'Journey', theme })).bytes));
    return seriousAxeViolations(page);
}

describe('the HTML export passes an axe-core audit', { timeout: 300_000 }, () => {
    test('the audit finds what it should: a page without a language and an image without a text', async () => {
        await page.setContent(
            '<!DOCTYPE html><html><head><title>x</title></head><body><img src="data:image/png;base64,AA=="></body></html>'
        );
        const problems = await seriousAxeViolations(page);
        expect(problems.map(problem => problem.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
    });

    test('every example in every view, light', async () => {
        const found: Record<string, string[]> = {};
        for (const [name, model] of await loadExampleModels()) {
            for (const view of VIEWS) {
                const problems = await violations(model, view, 'light');
                if (problems.length > 0) found[`${name} ${view}`] = problems;
            }
        }
        expect(found).toEqual({});
    });

    test('every example’s map, dark', async () => {
        const found: Record<string, string[]> = {};
        for (const [name, model] of await loadExampleModels()) {
            const problems = await violations(model, 'map', 'dark');
            if (problems.length > 0) found[name] = problems;
        }
        expect(found).toEqual({});
    });

    test('a journey in Arabic, Hebrew, Chinese, Japanese and Korean', async () => {
        const model = await modelOfText(
            [
                'journey J "رحلة العميل" {',
                '  stage S1 "שלב ראשון" { touchpoint T1 "تسجيل الدخول" { emotion frustrated pain "טופס התשלום נכשל" } }',
                '  stage S2 "购买" { touchpoint T2 "料金プラン" { emotion pleased pain "가격이 불분명" } }',
                '}'
            ].join('\n')
        );
        const found: Record<string, string[]> = {};
        for (const view of VIEWS) {
            const problems = await violations(model, view, 'light');
            if (problems.length > 0) found[view] = problems;
        }
        expect(found).toEqual({});
    });
});
