/**
 * The overview of a wide journey end to end, in a real VS Code (code-server + Chromium, as
 * vscode.e2e.test.ts): on a journey of 150 touchpoints in 15 stages, "fit" shows the
 * journey's title and its first stage, and the toolbar's stage picker reaches the last
 * stage in two clicks, its header inside the visible panel at a readable zoom; editor and map
 * scroll together (picking a stage scrolls the editor to it, scrolling the editor moves the
 * map). And the map exported as SVG from the preview's toolbar carries its fonts.
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

/** Runs in the workbench: the number of the first line wholly inside the text editor (sticky headers aside). */
function topVisibleLine(): number {
    const editor = document.querySelector<HTMLElement>('.part.editor .monaco-editor .overflow-guard')!;
    const top = editor.getBoundingClientRect().top;
    const numbers = [...editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')]
        .filter(element => element.getBoundingClientRect().top >= top - 1)
        .map(element => Number(element.textContent));
    return Math.min(...numbers);
}

/** bigJourneyText: the journey's line, then 12 lines a stage (its line, 10 touchpoints, its brace). */
const stageLine = (n: number) => 2 + 12 * (n - 1);
const stageAt = (line: number) => Math.floor((line - 2) / 12) + 1;

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

    test("picking a stage in the map scrolls the editor to that stage's first line (scroll sync, map → editor)", async () => {
        const picker = preview.locator('.cj-stage-picker');
        await picker.click();
        await picker.locator('li.option', { hasText: '3. Stage 3' }).click();
        // The editor scrolls so the stage's line is among its first lines (VS Code keeps a few
        // lines of context above a line it reveals at the top, under the sticky scroll headers).
        await expect
            .poll(async () => stageLine(3) - (await workbench.page.evaluate(topVisibleLine)), { timeout: 15_000 })
            .toSatisfy((above: number) => above >= 0 && above <= 6);
        await workbench.screenshot('stages-03-editor-followed-picker');
    });

    test("scrolling the editor moves the map to the stage at the editor's top (scroll sync, editor → map)", async () => {
        const zoom = (await preview.evaluate(inPanel, [])).scale;
        const lines = workbench.page.locator('.part.editor .monaco-editor .view-lines').first();
        await lines.hover();
        // A wheel turn at a time, as a person scrolls (one large delta is clamped).
        for (let turn = 0; turn < 20; turn++) {
            await workbench.page.mouse.wheel(0, 240);
            await workbench.page.waitForTimeout(30);
        }
        await expect.poll(() => workbench.page.evaluate(topVisibleLine), { timeout: 15_000 }).toBeGreaterThan(stageLine(5));
        const stage = stageAt(await workbench.page.evaluate(topVisibleLine));
        await expect.poll(async () => (await preview.evaluate(inPanel, [stageHeader(stage)])).shown[0], { timeout: 15_000 }).toBe(true);
        console.log(`editor scrolled to stage ${stage}: the map shows its header`);
        // The stage picker names the stage in view, and showing it there did not move the map (no `change`).
        await expect
            .poll(() => preview.locator('.cj-stage-picker').evaluate(picker => (picker as HTMLSelectElement).value))
            .toBe(`S${stage}`);
        expect((await preview.evaluate(inPanel, [stageHeader(stage)])).scale).toBeCloseTo(zoom, 3);
        await workbench.screenshot('stages-03-map-followed-editor');
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
        // The export's save dialog leaves the keyboard in the preview's frame: give it back to the workbench first.
        await workbench.page.locator('.part.editor .monaco-editor .view-lines').first().click();
        await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
        await expect.poll(() => preview.locator('body.vscode-dark').count(), { timeout: 15_000 }).toBe(1);
        await preview.locator('.cj-stage-picker').click();
        await preview.locator('.cj-stage-picker li.option').first().waitFor();
        await workbench.screenshot('stages-03-dark-picker-open');
        await workbench.page.keyboard.press('Escape');
        expect(workbench.console.filter(message => /Content Security Policy|Refused to/i.test(message))).toEqual([]);
    });
});
