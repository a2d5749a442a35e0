/**
 * The Mermaid export of every example renders in real Mermaid (the `mermaid` package) in
 * headless Debian Chromium, as GitHub would render it in a pull request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../test-support/browser.js';
import { exportMermaid } from '../src/export/mermaid.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

let browser: Browser;
let page: Page;

beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(options: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

async function exportedDiagrams(): Promise<{ name: string; mermaid: string; tasks: number }[]> {
    const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cjourney')).sort();
    const { documents } = await loadSources(files.map(name => ({ uri: `file:///examples/${name}`, text: readFileSync(path.join(EXAMPLES, name), 'utf8') })));
    return documents.flatMap((document, index) => buildCjourneyModel(document).journeys.map(journey => ({
        name: files[index], mermaid: exportMermaid(journey), tasks: journey.touchpoints.length
    })));
}

async function render(id: string, text: string): Promise<{ svg?: string; error?: string }> {
    return page.evaluate(async ({ id, text }) => {
        const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        try {
            return { svg: (await mermaid.render(id, text)).svg };
        } catch (error) {
            return { error: String(error) };
        }
    }, { id, text });
}

test('the hand-written import fixture is real Mermaid: it renders every task', async () => {
    const fixture = readFileSync(fileURLToPath(new URL('./fixtures/full-syntax.mmd', import.meta.url)), 'utf8');
    const result = await render('fixture', fixture);
    expect(result.error).toBeUndefined();
    expect((result.svg!.match(/class="task /g) ?? []).length).toBe(10);
});

describe('the Mermaid export renders in Mermaid', () => {
    test('every example: no parse or render error, one task per touchpoint', async () => {
        const diagrams = await exportedDiagrams();
        expect(diagrams.length).toBeGreaterThanOrEqual(6);
        for (const [index, diagram] of diagrams.entries()) {
            const result = await render(`journey${index}`, diagram.mermaid);
            expect(result.error, `${diagram.name}\n${diagram.mermaid}`).toBeUndefined();
            expect(result.svg).toContain('<svg');
            const tasks = (result.svg!.match(/class="task /g) ?? []).length;
            expect(tasks, diagram.name).toBe(diagram.tasks);
        }
    });
});
