/**
 * The visual diff in a real browser (headless Debian Chromium): the SVG parses, displays at
 * its size, its marks sit on the elements they mark, and user text shows as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { makeTempDir, runCli, writeIn } from './helpers.js';
import { SCENARIO_FILE, scenarioFolder } from './render-diff-support.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', route => route.abort());
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

function render(dir: string, args: readonly string[]): string {
    const result = runCli(['render', ...args, '-o', 'diff.svg'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return readFileSync(path.join(dir, 'diff.svg'), 'utf8');
}

interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

interface Shown {
    parseError: boolean;
    size: { width: number; height: number };
    marked: Array<{ id: string; diff: string; card: Box | undefined; outline: Box | undefined }>;
    panel: Box;
    removedText: string;
}

async function show(svg: string): Promise<Shown> {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    return page.evaluate(source => {
        const element = document.querySelector('svg')!;
        // Plain objects: an SVGRect does not cross from the page to the test.
        const box = (node: Element | null) => {
            const bbox = (node as SVGGraphicsElement | null)?.getBBox();
            return bbox && { x: bbox.x, y: bbox.y, width: bbox.width, height: bbox.height };
        };
        const marked = [...element.querySelectorAll('g[data-cj-diff]')].map(group => ({
            id: group.id,
            diff: group.getAttribute('data-cj-diff')!,
            card: box(group.querySelector(':scope > rect')),
            outline: box(
                group.querySelector(
                    ':scope > rect.cj-diff-added, :scope > rect.cj-diff-changed, :scope > circle.cj-diff-added, :scope > circle.cj-diff-changed'
                )
            )
        }));
        const rect = element.getBoundingClientRect();
        return {
            parseError: new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror') !== null,
            size: { width: rect.width, height: rect.height },
            marked,
            panel: box(document.getElementById('cj-diff-panel'))!,
            removedText: [...element.querySelectorAll('g[data-cj-kind="diff-removed"]')].map(group => group.textContent).join('\n')
        };
    }, svg);
}

test('the diff of the review scenario displays, with each outline around the card it marks', async () => {
    const svg = render(scenarioFolder(), [`new/${SCENARIO_FILE}`, '--diff', `old/${SCENARIO_FILE}`]);
    const shown = await show(svg);
    expect(shown.parseError).toBe(false);
    expect(shown.size.width).toBeGreaterThan(600);
    expect(shown.size.height).toBeGreaterThan(shown.panel.height);
    expect(shown.marked.map(group => `${group.id}=${group.diff}`)).toEqual(
        expect.arrayContaining([
            'cj-touchpoint-InviteTeam=added',
            'cj-touchpoint-Kickoff=changed',
            'cj-emotion-Kickoff=changed',
            'cj-pain-Kickoff-0=added',
            'cj-kpi-Nps=changed'
        ])
    );
    for (const group of shown.marked.filter(entry => entry.id.startsWith('cj-touchpoint-'))) {
        const { card, outline } = group;
        expect(card && outline, group.id).toBeTruthy();
        expect(outline!.x).toBeLessThan(card!.x);
        expect(outline!.y).toBeLessThan(card!.y);
        expect(outline!.x + outline!.width).toBeGreaterThan(card!.x + card!.width);
        expect(outline!.y + outline!.height).toBeGreaterThan(card!.y + card!.height);
        // Below the panel: the drawing moved down to make room.
        expect(outline!.y).toBeGreaterThan(shown.panel.y + shown.panel.height);
    }
    expect(shown.removedText).toContain('The ad is generic');
});

test('hostile text in the removed list shows as text', async () => {
    const dir = makeTempDir('cjourney-render-diff-');
    const journey = (extra: string) => `journey J "J" {\n  stage S "S" {\n    touchpoint A "A" { emotion pleased }\n${extra}  }\n}\n`;
    writeIn(dir, 'old/j.cjourney', journey('    touchpoint B "</text></svg><script>alert(1)</script>" { emotion angry }\n'));
    writeIn(dir, 'new/j.cjourney', journey(''));
    const shown = await show(render(dir, ['new/j.cjourney', '--diff', 'old/j.cjourney']));
    expect(shown.parseError).toBe(false);
    expect(shown.removedText).toContain('</text></svg><script>alert(1)</script>');
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
});
