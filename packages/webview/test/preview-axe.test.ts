/**
 * The preview can be read with a screen reader and used by keyboard: the preview app in
 * headless Chromium (its page as preview-html.ts writes it: a language and a title), every
 * example in every view with its toolbar, audited by axe-core: no serious or critical
 * violation.
 */
import { VIEWS } from '@cjourney/render';
import { seriousAxeViolations } from '@cjourney/test-support/axe';
import { launchChromium } from '@cjourney/test-support/browser';
import { loadExampleModels } from '@cjourney/test-support/examples';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundlePreview, newPreviewPage, showDocument, type PreviewPageSource } from './preview-page.js';

let browser: Browser;
let source: PreviewPageSource;

beforeAll(async () => {
    browser = await launchChromium();
    source = await bundlePreview();
});
afterAll(async () => browser?.close());

describe('the preview passes an axe-core audit', { timeout: 300_000 }, () => {
    test('every example in every view', async () => {
        const found: Record<string, string[]> = {};
        for (const [name, model] of await loadExampleModels()) {
            if (model.journeys.length === 0) continue;
            for (const view of VIEWS) {
                const page = await newPreviewPage(browser, source, { width: 1200, height: 800 });
                await showDocument(page, name, model, view);
                const problems = await seriousAxeViolations(page);
                if (problems.length > 0) found[`${name} ${view}`] = problems;
                await page.close();
            }
        }
        expect(found).toEqual({});
    });
});
