/**
 * What a user sees of the map's size and place, measured in headless Debian Chromium with the
 * preview app bundled as the extension bundles it (esbuild, IIFE), its stylesheet and the
 * Arimo font, in a page the size of a preview beside an editor (720 × 820), with a stand-in
 * for VS Code's webview API. For every example: the zoom it opens at, the rendered height of
 * a card title, the share of the panel left empty. Then zooming, fitting a 150-touchpoint
 * journey, the wheel step, the "100 %" readout, and zoom remembered across views and files.
 *
 * `CJ_PREVIEW_MAIN` may name another preview entry to measure (the numbers before a change
 * in docs/extension.md were taken that way from the previous commit's sources).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { modelOfText, SHOWCASE_EXAMPLES } from '@cjourney/test-support/examples';
import { send, showDocument as show, uriOf, usePreview } from './preview-page.js';
import { BIG_JOURNEY_STAGES, bigJourneyText } from '@cjourney/test-support/big-journey';
import { DEFAULT_PREVIEW_SETTINGS } from '../src/protocol.js';

const PANEL = { width: 720, height: 820 };

const preview = usePreview({ main: process.env.CJ_PREVIEW_MAIN, examples: true });

beforeAll(async () => {
    preview.models.set('big', await modelOfText(bigJourneyText(), 'big.cjourney'));
    mkdirSync('test-results/preview', { recursive: true });
}, 60_000);

/** A fresh preview (no saved state) that has drawn `name`'s map. */
async function openPreview(name: string): Promise<Page> {
    const page = await preview.open(PANEL);
    await showDocument(page, name);
    return page;
}

const showDocument = (page: Page, name: string) => show(page, name, preview.models.get(name)!);

interface Seen {
    /** Screen pixels per map unit. */
    scale: number;
    /** Rendered height (px) of the first touchpoint card's title. */
    cardTitlePx: number;
    /** Share of the map panel the map does not cover. */
    empty: number;
    /** The journey's title, and the first stage's header, wholly in the panel. */
    titleInView: boolean;
    firstStageInView: boolean;
    /** The last stage's header title, wholly in the panel. */
    lastStageInView: boolean;
    lastTouchpointInView: boolean;
    /** Screen pixels between the map's right edge and the panel's. */
    rightGap: number;
    viewBox: string;
}

/** Runs in the page: what the panel shows. */
function seen(): Seen {
    const canvas = document.querySelector('.cj-canvas')!.getBoundingClientRect();
    const svg = document.querySelector<SVGSVGElement>('.cj-canvas svg')!;
    const inView = (element: Element | null): boolean => {
        const box = element?.getBoundingClientRect();
        return (
            !!box &&
            box.left >= canvas.left - 0.5 &&
            box.right <= canvas.right + 0.5 &&
            box.top >= canvas.top - 0.5 &&
            box.bottom <= canvas.bottom + 0.5
        );
    };
    const map = svg.querySelector('.cj-background')!.getBoundingClientRect();
    const covered =
        Math.max(0, Math.min(map.right, canvas.right) - Math.max(map.left, canvas.left)) *
        Math.max(0, Math.min(map.bottom, canvas.bottom) - Math.max(map.top, canvas.top));
    const stages = svg.querySelectorAll('g[data-cj-kind="stage"] .cj-stage-header-text');
    return {
        scale: canvas.width / svg.viewBox.baseVal.width,
        // One line of the title (a long title wraps into several).
        cardTitlePx: (() => {
            const title = svg.querySelector('g[data-cj-kind="touchpoint"] .cj-card-title');
            return (title?.querySelector('tspan') ?? title)?.getBoundingClientRect().height ?? 0;
        })(),
        empty: 1 - covered / (canvas.width * canvas.height),
        titleInView: inView(svg.querySelector('.cj-title')),
        firstStageInView: inView(stages[0] ?? null),
        lastStageInView: inView(stages[stages.length - 1] ?? null),
        lastTouchpointInView: inView([...svg.querySelectorAll('g[data-cj-kind="touchpoint"]')].at(-1) ?? null),
        rightGap: canvas.right - map.right,
        viewBox: svg.getAttribute('viewBox') ?? ''
    };
}

const readout = (page: Page) => page.locator('.cj-zoom-level').innerText();
const button = (page: Page, icon: string) => page.locator(`vscode-toolbar-button[icon="${icon}"]`);

describe('the preview map as a user sees it (headless Chromium)', () => {
    test.each(SHOWCASE_EXAMPLES)('%s opens readable, at its title, with the panel filled', async name => {
        const page = await openPreview(name);
        const view = await page.evaluate(seen);
        console.log(
            `${name}: opens at ${Math.round(view.scale * 100)} %, card title ${view.cardTitlePx.toFixed(1)} px high, ${Math.round(view.empty * 100)} % of the panel empty`
        );
        await page.screenshot({ path: `test-results/preview/open-${name}.png` });
        expect(view.cardTitlePx).toBeGreaterThanOrEqual(10);
        expect(view.titleInView).toBe(true);
        expect(view.firstStageInView).toBe(true);
        expect(view.empty).toBeLessThan(0.25);
        await expect(readout(page)).resolves.toBe(`${Math.round(view.scale * 100)} %`);
        await page.close();
    });

    test('five zoom-ins and ten zoom-outs from the buttons keep the map in the panel', async () => {
        const page = await openPreview('saas-onboarding');
        for (let i = 0; i < 5; i++) await button(page, 'zoom-in').click();
        const zoomedIn = await page.evaluate(seen);
        expect(zoomedIn.scale).toBeGreaterThan(2);
        expect(zoomedIn.empty).toBe(0);
        await page.screenshot({ path: 'test-results/preview/zoomed-in.png' });
        await page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
        await page.screenshot({ path: 'test-results/preview/zoomed-in-dark.png' });
        for (let i = 0; i < 10; i++) await button(page, 'zoom-out').click();
        const zoomedOut = await page.evaluate(seen);
        expect(zoomedOut.titleInView && zoomedOut.lastTouchpointInView).toBe(true);
        await page.close();
    });

    test('Ctrl+wheel zooms 10 % a notch around the pointer; the readout resets to 100 %', async () => {
        const page = await openPreview('hotel-benchmarking');
        const before = await page.evaluate(seen);
        await page.mouse.move(300, 400);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -100);
        await page.keyboard.up('Control');
        await expect.poll(async () => (await page.evaluate(seen)).scale / before.scale).toBeCloseTo(1.1, 2);
        await page.locator('.cj-zoom-readout').click();
        await expect.poll(() => readout(page)).toBe('100 %');
        expect((await page.evaluate(seen)).scale).toBeCloseTo(1, 3);
        await page.close();
    });

    test('fit gives an overview of a 150-touchpoint journey: its title and stage 1; panning reaches the last stage and stops there', async () => {
        const page = await openPreview('big');
        await button(page, 'screen-normal').click();
        const fitted = await page.evaluate(seen);
        console.log(`150 touchpoints: fit at ${Math.round(fitted.scale * 100)} %, card title ${fitted.cardTitlePx.toFixed(1)} px high`);
        expect(fitted.titleInView && fitted.firstStageInView).toBe(true);
        await page.screenshot({ path: 'test-results/preview/fit-150.png' });
        await page.mouse.move(300, 400);
        for (let i = 0; i < 80; i++) await page.mouse.wheel(2000, 0);
        await expect.poll(async () => (await page.evaluate(seen)).lastTouchpointInView).toBe(true);
        const end = await page.evaluate(seen);
        // Stopped at the map's edge (its margin), not scrolled on into nothing.
        expect(end.rightGap).toBeGreaterThanOrEqual(0);
        expect(end.rightGap).toBeLessThanOrEqual(16 * end.scale + 1);
        await page.close();
    });

    test('the stage picker takes a 150-touchpoint map to any stage at a readable zoom, in two clicks', async () => {
        const page = await openPreview('big');
        await button(page, 'screen-normal').click();
        const picker = page.locator('.cj-stage-picker');
        await expect(picker.isVisible()).resolves.toBe(true);
        await expect(picker.locator('vscode-option').allInnerTexts()).resolves.toEqual(
            Array.from({ length: BIG_JOURNEY_STAGES }, (_, i) => `${i + 1}. Stage ${i + 1}`)
        );
        await picker.click();
        await picker.locator('li.option', { hasText: `${BIG_JOURNEY_STAGES}. Stage ${BIG_JOURNEY_STAGES}` }).click();
        await expect.poll(async () => (await page.evaluate(seen)).lastStageInView).toBe(true);
        const last = await page.evaluate(seen);
        // Its title is not hidden under the frozen lane labels.
        const uncovered = await page.evaluate(() => {
            const labels = document.querySelector('.cj-frozen-left:not([hidden])')?.getBoundingClientRect().right ?? 0;
            const titles = document.querySelectorAll('.cj-canvas > svg g[data-cj-kind="stage"] .cj-stage-header-text');
            return titles[titles.length - 1].getBoundingClientRect().left >= labels;
        });
        expect(uncovered).toBe(true);
        console.log(`stage picker: last stage shown at ${Math.round(last.scale * 100)} %`);
        expect(last.scale).toBeGreaterThanOrEqual(0.75);
        expect(last.firstStageInView).toBe(false);
        await expect(readout(page)).resolves.toBe(`${Math.round(last.scale * 100)} %`);
        await page.screenshot({ path: 'test-results/preview/stage-picker-last.png' });
        // Back to the first stage the same way.
        await picker.click();
        await picker.locator('li.option', { hasText: '1. Stage 1' }).first().click();
        await expect.poll(async () => (await page.evaluate(seen)).firstStageInView).toBe(true);
        await page.close();
    });

    test('panning the map to another stage scrolls the editor to its first line, once the wheel settles', async () => {
        const page = await openPreview('big');
        const lines = bigJourneyText().split('\n');
        const posted = () =>
            page.evaluate(() =>
                (window as unknown as { cjPosted: Array<{ type: string; line?: number }> }).cjPosted.filter(m => m.type === 'scrollEditor')
            );
        for (let i = 0; i < 3; i++) await button(page, 'zoom-in').click();
        await page.mouse.move(400, 500);
        // Stage 1's ten cards are about 2,000 map units wide: past them, into another stage.
        for (let i = 0; i < 16; i++) await page.mouse.wheel(600, 0);
        // The wheel has settled once the last message names the stage now at the map's left edge.
        const leftmost = () =>
            page.evaluate(() => {
                const left =
                    document.querySelector('.cj-frozen-left:not([hidden])')?.getBoundingClientRect().right ??
                    document.querySelector('.cj-canvas')!.getBoundingClientRect().left;
                const svg = document.querySelector<SVGSVGElement>('.cj-canvas > svg')!;
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const stages = [...svg.querySelectorAll(':scope > g[data-cj-kind="stage"]')];
                // As the preview counts it: at least 24 map units of the stage in view.
                return stages.find(stage => stage.getBoundingClientRect().right > left + 24 * scale)?.getAttribute('data-cj-id');
            });
        const lastStage = async () => {
            const messages = await posted();
            return messages.length > 0 ? lines[messages[messages.length - 1].line!].trim().split(' ')[1] : undefined;
        };
        await expect.poll(async () => (await lastStage()) === (await leftmost())).toBe(true);
        expect(await leftmost()).not.toBe('S1');
        const stageLine = lines[(await posted()).at(-1)!.line!].trim();
        expect(stageLine).toMatch(/^stage S\d+ "/);
        await page.close();
    });

    test('the blueprint view freezes its stage headers and lane labels too', async () => {
        const page = await preview.open(PANEL);
        await show(page, 'omnichannel-service', preview.models.get('omnichannel-service')!, 'blueprint');
        for (let i = 0; i < 5; i++) await button(page, 'zoom-in').click();
        await page.mouse.move(400, 500);
        await page.mouse.wheel(300, 600);
        const pane = (name: string) =>
            page.evaluate(name => {
                const svg = document.querySelector<SVGSVGElement>(`.cj-frozen-${name}`)!;
                return { shown: !svg.hasAttribute('hidden'), texts: [...svg.querySelectorAll('text')].map(text => text.textContent ?? '') };
            }, name);
        await expect.poll(async () => (await pane('top')).shown).toBe(true);
        await expect.poll(async () => (await pane('left')).shown).toBe(true);
        expect((await pane('left')).texts).toEqual(expect.arrayContaining(['Frontstage', 'Backstage', 'Support']));
        await page.screenshot({ path: 'test-results/preview/frozen-panes-blueprint.png' });
        await page.close();
    });

    test('scrolling the editor into another stage brings that stage into the map, at its zoom; with the setting off nothing moves', async () => {
        const page = await openPreview('big');
        const lines = bigJourneyText().split('\n');
        const lineOf = (stage: number) => lines.findIndex(line => line.trim().startsWith(`stage S${stage} `));
        const before = await page.evaluate(seen);
        expect(before.lastStageInView).toBe(false);
        // A stage already in view (the editor revealed a clicked card's line) leaves the map where it is.
        await send(page, { type: 'scroll', uri: uriOf('big'), line: lineOf(1) + 1 });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        expect((await page.evaluate(seen)).viewBox).toBe(before.viewBox);
        await send(page, { type: 'scroll', uri: uriOf('big'), line: lineOf(BIG_JOURNEY_STAGES) + 1 });
        await expect.poll(async () => (await page.evaluate(seen)).lastStageInView).toBe(true);
        expect((await page.evaluate(seen)).scale).toBeCloseTo(before.scale, 5);
        await send(page, {
            type: 'settings',
            settings: { ...DEFAULT_PREVIEW_SETTINGS, scrollPreviewWithEditor: false }
        });
        await send(page, { type: 'scroll', uri: uriOf('big'), line: lineOf(1) + 1 });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        expect((await page.evaluate(seen)).firstStageInView).toBe(false);
        await page.close();
    });

    test('the stage picker follows the view: the flow view has one, the stakeholder map none', async () => {
        const page = await openPreview('saas-onboarding');
        const stages = preview.models.get('saas-onboarding')!.journeys[0].stages.length;
        await expect(page.locator('.cj-stage-picker vscode-option').count()).resolves.toBe(stages);
        await send(page, { type: 'command', command: 'view:stakeholders' });
        await page.waitForSelector('.cj-canvas svg[data-cj-view="stakeholders"]');
        await expect(page.locator('.cj-stage-picker').isVisible()).resolves.toBe(false);
        await send(page, { type: 'command', command: 'view:flow' });
        await page.waitForSelector('.cj-canvas svg[data-cj-view="flow"]');
        await expect(page.locator('.cj-stage-picker').isVisible()).resolves.toBe(true);
        await page.close();
    });

    test('zoomed in, the stage header row and the lane label column stay in view, and a frozen stage header still clicks to its source', async () => {
        const page = await openPreview('big');
        const frozen = () =>
            page.evaluate(() => {
                const panel = document.querySelector('.cj-canvas')!.getBoundingClientRect();
                const pane = (name: string) => {
                    const svg = document.querySelector<SVGSVGElement>(`.cj-frozen-${name}`)!;
                    const box = svg.getBoundingClientRect();
                    const inPane = (element: Element) => {
                        const own = element.getBoundingClientRect();
                        const across = Math.min(own.right, box.right, panel.right) - Math.max(own.left, box.left, panel.left);
                        return own.width > 0 && across > 0 && own.top >= panel.top - 0.5;
                    };
                    return {
                        shown: !svg.hasAttribute('hidden') && box.height > 0,
                        texts: [...svg.querySelectorAll('text')].filter(inPane).map(text => text.textContent ?? ''),
                        stages: [...svg.querySelectorAll('g[data-cj-kind="stage"]')]
                            .filter(inPane)
                            .map(stage => stage.getAttribute('data-cj-id'))
                    };
                };
                return { top: pane('top'), left: pane('left') };
            });
        const opened = await frozen();
        expect(opened.top.shown || opened.left.shown).toBe(false);
        const picker = page.locator('.cj-stage-picker');
        await picker.click();
        await picker.locator('li.option', { hasText: '8. Stage 8' }).click();
        // Close enough that the map's height no longer fits, then down past the header row.
        for (let i = 0; i < 5; i++) await button(page, 'zoom-in').click();
        await page.mouse.move(400, 500);
        await page.mouse.wheel(0, 800);
        await expect.poll(async () => (await frozen()).top.shown).toBe(true);
        const zoomed = await frozen();
        await page.screenshot({ path: 'test-results/preview/frozen-panes.png' });
        await page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
        await page.screenshot({ path: 'test-results/preview/frozen-panes-dark.png' });
        expect(zoomed.top.shown && zoomed.left.shown).toBe(true);
        expect(zoomed.top.stages).toContain('S8');
        // The stage's title slides along its frozen header, so the stage in view is named.
        expect(zoomed.top.texts).toContain('Stage 8');
        expect(zoomed.left.texts).toEqual(expect.arrayContaining(['Emotion', 'delighted', 'angry']));
        // The frozen copy of stage 8's header reveals stage 8's line, as the original does.
        await page.evaluate(() => ((window as unknown as { cjPosted: unknown[] }).cjPosted.length = 0));
        await page.locator('.cj-frozen-top g[data-cj-kind="stage"][data-cj-id="S8"] .cj-stage-header-text').click();
        const posted = await page.evaluate(
            () => (window as unknown as { cjPosted: { type: string; location?: { range: { start: { line: number } } } }[] }).cjPosted
        );
        const reveal = posted.find(message => message.type === 'reveal');
        expect(bigJourneyText().split('\n')[reveal!.location!.range.start.line]).toContain('stage S8');
        await page.close();
    });

    test('zoom and pan are remembered per view and per file', async () => {
        const page = await openPreview('saas-onboarding');
        await button(page, 'zoom-in').click();
        await button(page, 'zoom-in').click();
        const zoomed = (await page.evaluate(seen)).viewBox;
        await send(page, { type: 'command', command: 'view:flow' });
        await page.waitForSelector('.cj-canvas svg[data-cj-view="flow"]');
        await send(page, { type: 'command', command: 'view:map' });
        await page.waitForSelector('.cj-canvas svg[data-cj-view="map"]');
        expect((await page.evaluate(seen)).viewBox).toBe(zoomed);
        await showDocument(page, 'retail-repurchase');
        expect((await page.evaluate(seen)).viewBox).not.toBe(zoomed);
        await showDocument(page, 'saas-onboarding');
        expect((await page.evaluate(seen)).viewBox).toBe(zoomed);
        await page.close();
    });
});
