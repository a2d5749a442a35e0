/**
 * The overview of a wide journey end to end, in a real VS Code (code-server + Chromium, as
 * vscode.e2e.test.ts): on a journey of 150 touchpoints in 15 stages, "fit" shows the
 * journey's title and its first stage, and the toolbar's stage picker reaches the last
 * stage in two clicks, its header inside the visible panel at a readable zoom. And the map
 * exported as SVG from the preview's toolbar carries its fonts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BIG_JOURNEY_STAGES, bigJourneyText } from '@cjourney/test-support/big-journey';
import { useWorkbench } from './e2e/use-workbench.js';
import type { Workbench } from './e2e/workbench.js';

const FILE = 'big-journey.cjourney';

let workbench: Workbench;
let preview: Frame;

/** Runs in the preview's frame: whether each element is wholly inside the map's panel, and the zoom. */
function inPanel(selectors: string[]): { shown: boolean[]; scale: number } {
    const panel = document.querySelector('.cj-canvas')!.getBoundingClientRect();
    const svg = document.querySelector<SVGSVGElement>('.cj-canvas > svg')!;
    const shown = selectors.map(selector => {
        const box = svg.querySelector(selector)?.getBoundingClientRect();
        // Wholly inside, give or take half a pixel on each side.
        const gaps = box ? [box.left - panel.left, panel.right - box.right, box.top - panel.top, panel.bottom - box.bottom] : [];
        return gaps.length > 0 && gaps.every(gap => gap >= -0.5);
    });
    return { shown, scale: panel.width / svg.viewBox.baseVal.width };
}

const stageHeader = (n: number) => `g[data-cj-kind="stage"][data-cj-id="S${n}"] .cj-stage-header-text`;

describe('the overview of a 150-touchpoint journey (code-server + Chromium)', { timeout: 90_000 }, () => {
    useWorkbench({
        started: started => {
            workbench = started;
            writeFileSync(path.join(workbench.workspace, FILE), bigJourneyText());
        }
    });

    test('"fit" shows the journey\'s title and stage 1', async () => {
        preview = await workbench.openPreviewWithKeys(FILE);
        await expect.poll(() => preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"]').count(), { timeout: 30_000 }).toBe(150);
        await preview.locator('vscode-toolbar-button[icon="screen-normal"]').click();
        const fitted = await preview.evaluate(inPanel, ['.cj-title', stageHeader(1)]);
        console.log(`150 touchpoints in code-server: fit at ${Math.round(fitted.scale * 100)} %`);
        expect(fitted.shown).toEqual([true, true]);
        await workbench.screenshot('stages-01-fit-150');
    });

    test('the stage picker reaches the last stage: its header is inside the visible panel, at a readable zoom', async () => {
        const picker = preview.locator('.cj-stage-picker');
        await picker.click();
        await picker.locator('li.option', { hasText: `${BIG_JOURNEY_STAGES}. Stage ${BIG_JOURNEY_STAGES}` }).click();
        await expect.poll(async () => (await preview.evaluate(inPanel, [stageHeader(BIG_JOURNEY_STAGES)])).shown[0]).toBe(true);
        const last = await preview.evaluate(inPanel, [stageHeader(BIG_JOURNEY_STAGES), stageHeader(1)]);
        console.log(`stage picker in code-server: last stage at ${Math.round(last.scale * 100)} %`);
        expect(last.shown).toEqual([true, false]);
        expect(last.scale).toBeGreaterThanOrEqual(0.75);
        await workbench.screenshot('stages-02-last-stage');
    });

    test('an SVG exported from the toolbar contains its fonts, as data: URLs', async () => {
        await preview.locator('vscode-toolbar-button[icon="file-code"]').click();
        // VS Code's save dialog (the simple dialog in the browser) proposes the file next to the journey: accept it.
        const input = workbench.page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 15_000 });
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toMatch(/big-journey\.map\.svg$/);
        await workbench.page.keyboard.press('Enter');
        const svgFile = path.join(workbench.workspace, 'big-journey.map.svg');
        await expect
            .poll(() => existsSync(svgFile) && readFileSync(svgFile, 'utf8').trimEnd().endsWith('</svg>'), { timeout: 30_000 })
            .toBe(true);
        const svg = readFileSync(svgFile, 'utf8');
        const faces = [...svg.matchAll(/font-weight: (\d+); src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\)/g)].map(match => match[1]);
        console.log(`exported SVG of 150 touchpoints: ${Math.round(svg.length / 1024)} KB, ${faces.length} embedded font faces`);
        expect(faces.sort()).toEqual(['400', '700']);
        expect(svg).toMatch(/^<svg[^>]*>\n {2}<defs>\n {4}<style>\n@font-face \{ font-family: Arimo;/);
    });

    test('in a dark theme the stage picker opens as VS Code dropdowns do, and the CSP refused nothing', async () => {
        await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
        await expect.poll(() => preview.locator('body.vscode-dark').count(), { timeout: 15_000 }).toBe(1);
        await preview.locator('.cj-stage-picker').click();
        await preview.locator('.cj-stage-picker li.option').first().waitFor();
        await workbench.screenshot('stages-03-dark-picker-open');
        await workbench.page.keyboard.press('Escape');
        expect(workbench.console.filter(message => /Content Security Policy|Refused to/i.test(message))).toEqual([]);
    });
});
