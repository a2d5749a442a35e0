/**
 * The desktop extension (language server in a Node process) in code-server: the user's
 * whole round trip with the preview. The steps build on each other (one VS Code session).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbench } from './use-workbench.js';
import { ROOT, type Workbench } from './workbench.js';

const EXAMPLE = 'saas-onboarding.cjourney';
const exampleLines = readFileSync(path.join(ROOT, 'examples', EXAMPLE), 'utf8').split('\n');

/** 1-based line and column of `text` in the example (the first line containing it). */
function positionOf(text: string): { line: number; column: number } {
    const index = exampleLines.findIndex(line => line.includes(text));
    if (index < 0) throw new Error(`"${text}" is not in ${EXAMPLE}`);
    return { line: index + 1, column: exampleLines[index].indexOf(text) + 1 };
}

/** The first line containing `text` after the line containing `anchor`. */
function positionAfter(anchor: string, text: string): { line: number; column: number } {
    const from = positionOf(anchor).line;
    const index = exampleLines.findIndex((line, i) => i >= from && line.includes(text));
    if (index < 0) throw new Error(`"${text}" does not follow "${anchor}" in ${EXAMPLE}`);
    return { line: index + 1, column: exampleLines[index].indexOf(text) + 1 };
}

const touchpoint = (frame: Frame, id: string) => frame.locator(`.cj-canvas svg [data-cj-kind="touchpoint"][data-cj-id="${id}"]`).first();

let workbench: Workbench;
let preview: Frame;

export function describeDesktopExtension(vsix: () => string): void {
    describe('the CJourney extension in VS Code (code-server + Chromium)', { timeout: 90_000 }, () => {
        useWorkbench({
            vsix,
            started: started => {
                workbench = started;
            }
        });

        test('Ctrl+K V opens the live preview beside the editor and draws the journey map', async () => {
            preview = await workbench.openPreviewWithKeys(EXAMPLE);
            await expect
                .poll(() => preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"]').count(), { timeout: 30_000 })
                .toBeGreaterThanOrEqual(5);
            await expect(touchpoint(preview, 'Pricing').textContent()).resolves.toContain('Compares plans');
            await workbench.page.locator('.tab', { hasText: `Preview ${EXAMPLE}` }).waitFor();
            await preview.evaluate(() => document.fonts.ready.then(() => undefined));
            // Readable as it opens: a card title (one line of it) at least 10 px high, the journey's title in view.
            const titlePx = await preview
                .locator('.cj-canvas svg g[data-cj-kind="touchpoint"] .cj-card-title')
                .first()
                .evaluate(title => (title.querySelector('tspan') ?? title).getBoundingClientRect().height);
            expect(titlePx).toBeGreaterThanOrEqual(10);
            await expect(preview.locator('.cj-zoom-level').innerText()).resolves.toMatch(/^(7[5-9]|[89]\d|100) %$/);
            await workbench.screenshot('01-journey-map');
        });

        test('typing in the editor redraws the map', async () => {
            const title = positionOf('"Compares plans"');
            await workbench.goTo(title.line, title.column + 1);
            await workbench.type('Carefully ');
            await expect
                .poll(() => touchpoint(preview, 'Pricing').textContent(), { timeout: 15_000 })
                .toContain('Carefully Compares plans');
            await workbench.screenshot('02-after-typing');
        });

        test('an error squiggles in the editor; the preview keeps the last good map, dimmed, under an error banner', async () => {
            const owner = positionAfter('touchpoint Pricing', 'owner Marketing');
            await workbench.goTo(owner.line, owner.column + 'owner Marketing'.length);
            await workbench.type('Team');
            await workbench.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 15_000 });
            const banner = preview.locator('.cj-banner');
            // Every keystroke gives a new model; the banner settles on the last one.
            await expect
                .poll(() => banner.innerText().catch(() => ''), { timeout: 15_000 })
                .toMatch(new RegExp(`1 error[\\s\\S]*last map without errors[\\s\\S]*Line ${owner.line}: .*'MarketingTeam'`));
            expect(await preview.locator('.cj-canvas.cj-stale').count()).toBe(1);
            await expect(touchpoint(preview, 'Pricing').textContent()).resolves.toContain('Carefully Compares plans');
            await workbench.screenshot('03-error-banner');

            for (let i = 0; i < 'Team'.length; i++) await workbench.page.keyboard.press('Backspace');
            await expect.poll(() => banner.isVisible(), { timeout: 15_000 }).toBe(false);
            expect(await preview.locator('.cj-canvas.cj-stale').count()).toBe(0);
        });

        test('clicking a touchpoint in the map selects its name in the editor', async () => {
            const kickoff = positionOf('touchpoint Kickoff');
            await touchpoint(preview, 'Kickoff').click();
            const nameColumn = kickoff.column + 'touchpoint '.length;
            await expect
                .poll(() => workbench.selectionStatus(), { timeout: 10_000 })
                .toMatch(new RegExp(`Ln ${kickoff.line}, Col ${nameColumn + 'Kickoff'.length} \\(7 selected\\)`));
        });

        test("clicking a pain, an emotion point and a flow arrow moves the editor's cursor to their lines", async () => {
            const targets: Array<[string, string, number]> = [
                ['pain', '[data-cj-kind="pain"][data-cj-id="LinkedInAd"]', positionOf('pain "The ad is generic"').line],
                ['emotion point', '[data-cj-kind="emotion"][data-cj-id="LinkedInAd"]', positionOf('touchpoint LinkedInAd').line],
                ['flow arrow', '[data-cj-kind="flow"][data-cj-index="0"]', positionOf('flow LinkedInAd -> Demo').line]
            ];
            // The whole map in view (the previous click panned to its touchpoint).
            await preview.locator('vscode-toolbar-button[icon="screen-normal"]').click();
            for (const [what, selector, line] of targets) {
                await workbench.goTo(1, 1);
                const element = preview.locator(`.cj-canvas svg ${selector}`).first();
                await element.click({ position: await pointInside(element) });
                await expect
                    .poll(() => workbench.selectionStatus(), { timeout: 10_000, message: what })
                    .toMatch(new RegExp(`^Ln ${line}, `));
            }
        });

        test('zoom survives a switch to the flow view and back', async () => {
            await preview.locator('vscode-toolbar-button[icon="zoom-in"]').click();
            await preview.locator('vscode-toolbar-button[icon="zoom-in"]').click();
            const zoom = await preview.locator('.cj-zoom-level').innerText();
            const viewBox = await preview.locator('.cj-canvas > svg').getAttribute('viewBox');
            await preview.locator('vscode-toolbar-button[data-view="flow"]').click();
            await preview.locator('.cj-canvas > svg[data-cj-view="flow"]').waitFor({ timeout: 15_000 });
            await preview.locator('vscode-toolbar-button[data-view="map"]').click();
            await preview.locator('.cj-canvas > svg[data-cj-view="map"]').waitFor({ timeout: 15_000 });
            await expect(preview.locator('.cj-zoom-level').innerText()).resolves.toBe(zoom);
            await expect(preview.locator('.cj-canvas > svg').getAttribute('viewBox')).resolves.toBe(viewBox);
            await workbench.screenshot('04b-zoomed');
        });

        test('moving the cursor in the editor highlights the element under it in the map', async () => {
            const demo = positionOf('touchpoint Demo');
            await workbench.goTo(demo.line + 2, 7);
            await expect
                .poll(() => preview.locator('.cj-highlighted[data-cj-kind="touchpoint"][data-cj-id="Demo"]').count(), { timeout: 10_000 })
                .toBeGreaterThan(0);
            await workbench.screenshot('04-cursor-highlight');
        });

        test('the toolbar switches to the stakeholder map, whose stakeholders link to their source too', async () => {
            await preview.locator('vscode-toolbar-button[data-view="stakeholders"]').click();
            const sponsor = preview.locator('.cj-canvas svg [data-cj-kind="stakeholder"][data-cj-id="Sponsor"]').first();
            await sponsor.waitFor({ timeout: 15_000 });
            expect(await preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"]').count()).toBe(0);
            await workbench.screenshot('05-stakeholder-map');
            await sponsor.click();
            const declared = positionOf('stakeholder Sponsor');
            await expect
                .poll(() => workbench.selectionStatus(), { timeout: 10_000 })
                .toMatch(new RegExp(`Ln ${declared.line}, .*\\(7 selected\\)`));
        });

        test('Export Map as SVG…, PNG… and PDF… save next to the journey through the save dialog', async () => {
            await workbench.runCommand('CJourney: Export Map as SVG…');
            await saveInDialog();
            const svgFile = path.join(workbench.workspace, 'saas-onboarding.stakeholders.svg');
            await expect.poll(() => existsSync(svgFile), { timeout: 15_000 }).toBe(true);
            expect(readFileSync(svgFile, 'utf8')).toMatch(
                /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*Executive sponsor[\s\S]*<\/svg>\n?$/
            );
            // It carries its fonts: Arimo as data: URLs, so it looks the same where Arimo is not installed.
            expect(readFileSync(svgFile, 'utf8')).toMatch(
                /<style>\n@font-face \{ font-family: Arimo;[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/
            );

            await preview.locator('vscode-toolbar-button[icon="file-media"]').click();
            await saveInDialog();
            const pngFile = path.join(workbench.workspace, 'saas-onboarding.stakeholders.png');
            await expect.poll(() => existsSync(pngFile), { timeout: 15_000 }).toBe(true);
            expect([...readFileSync(pngFile).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

            // The PDF is made on the extension host, with the CLI's code and the fonts the extension ships.
            await preview.locator('vscode-toolbar-button[icon="file-pdf"]').click();
            await saveInDialog();
            const pdfFile = path.join(workbench.workspace, 'saas-onboarding.stakeholders.pdf');
            await expect.poll(() => existsSync(pdfFile) && readFileSync(pdfFile).length > 0, { timeout: 30_000 }).toBe(true);
            expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
            expect(readFileSync(pdfFile).toString('latin1')).toMatch(/\/FontFile2/);
        });

        test('clicking a shared stakeholder opens its file and leaves the map on screen', async () => {
            await workbench.openFile('omnichannel-service.cjourney');
            await workbench.page.locator('.tab', { hasText: 'Preview omnichannel-service.cjourney' }).waitFor({ timeout: 15_000 });
            await preview
                .locator('.cj-canvas svg [data-cj-kind="stakeholder"][data-cj-id="StoreTeam"]')
                .first()
                .waitFor({ timeout: 30_000 });
            await preview.locator('vscode-toolbar-button[icon="screen-normal"]').click(); // the whole map: the card is in view
            const viewBox = await preview.locator('.cj-canvas > svg').getAttribute('viewBox');
            await preview
                .locator('.cj-canvas svg [data-cj-kind="stakeholder"][data-cj-id="StoreTeam"]')
                .first()
                .click({ position: { x: 3, y: 3 } });
            await workbench.page.locator('.tab.active[data-resource-name="stakeholders.cjourney"]').waitFor({ timeout: 15_000 });
            await expect.poll(() => workbench.selectionStatus(), { timeout: 10_000 }).toMatch(/\(9 selected\)/);
            // The server has answered for the shared file by now, had the preview followed it.
            await workbench.page.waitForTimeout(2_000);
            expect(await workbench.page.locator('.tab', { hasText: 'Preview omnichannel-service.cjourney' }).count()).toBe(1);
            expect(await preview.locator('.cj-start').isVisible()).toBe(false);
            await expect(preview.locator('.cj-canvas > svg').getAttribute('viewBox')).resolves.toBe(viewBox);
            await workbench.screenshot('05b-shared-stakeholder-kept-map');
        });

        test('Toggle Preview Locking keeps the preview on its journey while another one is edited; toggled again, it follows', async () => {
            await workbench.runCommand('CJourney: Toggle Preview Locking');
            await workbench.page.locator('.tab', { hasText: '[Preview] omnichannel-service.cjourney' }).waitFor({ timeout: 15_000 });
            await workbench.openFile(EXAMPLE);
            // The server has answered for the example by now, had the preview followed it.
            await workbench.page.waitForTimeout(2_000);
            expect(await workbench.page.locator('.tab', { hasText: '[Preview] omnichannel-service.cjourney' }).count()).toBe(1);
            expect(await preview.locator('.cj-canvas svg [data-cj-id="StoreTeam"]').count()).toBeGreaterThan(0);
            await workbench.runCommand('CJourney: Toggle Preview Locking');
            await workbench.page.locator('.tab', { hasText: 'Preview omnichannel-service.cjourney' }).waitFor({ timeout: 15_000 });
            expect(await workbench.page.locator('.tab', { hasText: '[Preview]' }).count()).toBe(0);
        });

        test('a new, empty journey file gets a start screen whose button inserts a starter journey', async () => {
            await workbench.newFile('new-journey.cjourney');
            // The preview follows the active editor (cjourney.preview.followActiveEditor).
            await workbench.page.locator('.tab', { hasText: 'Preview new-journey.cjourney' }).waitFor({ timeout: 15_000 });
            const start = preview.locator('.cj-start');
            await expect.poll(() => start.innerText().catch(() => ''), { timeout: 15_000 }).toContain('Start your journey map');
            await workbench.screenshot('06-start-screen');
            await start.locator('button', { hasText: 'Insert a starter journey' }).click();
            await workbench.page.keyboard.press('Escape'); // leave snippet mode
            await preview.locator('vscode-toolbar-button[data-view="map"]').click();
            await expect.poll(() => touchpoint(preview, 'Signup').count(), { timeout: 15_000 }).toBeGreaterThan(0);
            await workbench.screenshot('07-starter-journey');
        });

        test('the preview follows the colour theme live', async () => {
            expect(await preview.locator('body.vscode-light').count()).toBe(1);
            await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
            await expect.poll(() => preview.locator('body.vscode-dark').count(), { timeout: 15_000 }).toBe(1);
            await workbench.screenshot('08-dark-theme');
        });

        test('the preview runs under a strict Content Security Policy that nothing above violated', async () => {
            const policy = (await preview.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
            const directives = Object.fromEntries(
                policy
                    .split(';')
                    .map(part => part.trim().split(/\s+/))
                    .map(([name, ...sources]) => [name, sources.join(' ')])
            );
            expect(policy).not.toMatch(/unsafe-/);
            expect(directives['default-src']).toBe("'none'");
            expect(directives['script-src']).toMatch(/^'nonce-[0-9a-f]{32}'$/);
            expect(directives['style-src']).toBe(directives['script-src']);
            // The PNG export draws the SVG through a blob: image; persona and touchpoint images the host allowed
            // come through the webview's resource URIs, the same source as the fonts (webview.cspSource).
            expect(directives['img-src']).toBe(`blob: ${directives['font-src']}`);
            // Fonts (the toolbar's icons) come from the extension, through VS Code's webview resource origin.
            expect(Object.keys(directives).sort()).toEqual(['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
            expect(workbench.console.filter(message => /Content Security Policy|Refused to/i.test(message))).toEqual([]);
        });

        test('after a window reload the preview is restored with its document and view', async () => {
            await workbench.openFile(EXAMPLE);
            await workbench.page.locator('.tab', { hasText: `Preview ${EXAMPLE}` }).waitFor({ timeout: 15_000 });
            await preview.locator('vscode-toolbar-button[data-view="flow"]').click();
            await expect.poll(() => preview.locator('vscode-toolbar-button[data-view="flow"][checked]').count()).toBe(1);
            await workbench.runCommand('Developer: Reload Window');
            await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
            await workbench.page.locator('.tab', { hasText: `Preview ${EXAMPLE}` }).waitFor({ timeout: 60_000 });
            preview = await workbench.preview();
            // The view chosen before the reload comes back, with the map.
            await expect
                .poll(() => preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"]').count(), { timeout: 30_000 })
                .toBeGreaterThan(0);
            expect(await preview.locator('vscode-toolbar-button[data-view="flow"][checked]').count()).toBe(1);
            await preview.evaluate(() => document.fonts.ready.then(() => undefined)); // the toolbar's icon font, for the picture
            await workbench.screenshot('09-restored-after-reload');
        });
    });
}

/** A point of a map element to click, relative to its box: on the line of an arrow, else 2 px inside its top-left corner. */
async function pointInside(element: Locator): Promise<{ x: number; y: number }> {
    return element.evaluate((group: Element) => {
        const box = group.getBoundingClientRect();
        const shapes = [...group.children].filter(child => child.tagName !== 'title');
        if (!shapes.every(shape => shape.tagName === 'path')) return { x: 2, y: 2 };
        const path = shapes[0] as SVGPathElement;
        const local = path.getPointAtLength(path.getTotalLength() / 2);
        const screen = new DOMPoint(local.x, local.y).matrixTransform(path.getScreenCTM()!);
        return { x: screen.x - box.left, y: screen.y - box.top };
    });
}

/** VS Code's save dialog (the simple dialog in the browser) proposes the file next to the journey: accept it. */
async function saveInDialog(): Promise<void> {
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15_000 });
    // The simple dialog fills in the folder first, then the name: on a busy machine that took over a second.
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toMatch(/saas-onboarding\.stakeholders\.(svg|png|pdf)$/);
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
