/**
 * The site as a reader uses it, in headless Chromium from file://: search for a pain's words
 * and find its journey, open the journey, switch to every view and a persona, choose lanes
 * from the keyboard (the map drawn again in the page with only those), click a touchpoint
 * and read its details, follow deep links, open the register, the KPI dashboard, the backlog
 * and the research page; no console error, no request outside the site, and no serious or
 * critical axe-core violation on any kind of page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VIEWS } from '@cjourney/render';
import { seriousAxeViolations } from '@cjourney/test-support/axe';
import { launchChromium } from '@cjourney/test-support/browser';
import { EXAMPLES, makeTempDir, runCli } from './helpers.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: string;
const problems: string[] = [];

function urlOf(file: string): string {
    return pathToFileURL(path.join(site, file)).href;
}

beforeAll(async () => {
    site = makeTempDir('cjourney-site-browser-');
    const result = runCli(['site', '.', '-o', site], EXAMPLES);
    expect(result.code).toBe(0);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    const root = pathToFileURL(site).href + '/';
    page.on('console', message => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('request', request => {
        if (!request.url().startsWith(root)) problems.push(`request outside the site: ${request.url()}`);
    });
    page.on('requestfailed', request => problems.push(`failed request: ${request.url()}`));
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

function visibleDetail() {
    return page.locator('.detail:not([hidden])');
}

describe('the site in a browser', () => {
    test('a search for a pain’s words finds its journey, whose page the result opens at the step', async () => {
        await page.goto(urlOf('index.html'));
        await page.getByLabel('Search titles, steps, thoughts, pains, opportunities and evidence').fill('size advice gift');
        const results = page.locator('#results li');
        await expect.poll(() => results.count()).toBeGreaterThan(0);
        await expect.poll(() => results.first().textContent()).toContain('pain: No size advice for gift buyers');
        expect(await page.locator('.card:not([hidden]) h2').allTextContents()).toEqual(['Loom & Lane: first order (today)']);
        await results.first().getByRole('link').click();
        await page.waitForURL(/FashionAsIs\.html#Size$/);
        expect(await visibleDetail().locator('h3').textContent()).toBe('Picks a size');
    });

    test('the home page filters by state and persona', async () => {
        await page.goto(urlOf('index.html'));
        await page.getByLabel('State').selectOption('future');
        expect(await page.locator('.card:not([hidden]) h2').allTextContents()).toEqual(['Loom & Lane: first order (next year)']);
        await page.getByLabel('State').selectOption('');
        await page.getByLabel('Persona').selectOption('Tobias');
        expect(await page.locator('.card:not([hidden]) h2').allTextContents()).toEqual(['Loom & Lane: first order (today)']);
    });

    test('a journey page shows every view, the persona filter and the details of a clicked touchpoint', async () => {
        await page.goto(urlOf('journeys/FashionAsIs.html'));
        for (const view of VIEWS) {
            await page.locator(`[role="tab"][data-view="${view}"]`).click();
            const panel = page.locator(`#panel-${view}`);
            expect(await panel.isVisible(), view).toBe(true);
            expect(await panel.locator('.drawing:not([hidden]) svg').getAttribute('data-cj-view')).toBe(view);
            expect(await page.locator('[role="tabpanel"]:not([hidden])').count()).toBe(1);
        }
        await page.locator('[role="tab"][data-view="map"]').click();
        await page.getByLabel('Persona (journey map)').selectOption('Tobias');
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-persona')).toBe('Tobias');
        expect(await page.locator('#panel-map svg').textContent()).toContain('only Tobias, first-time gift buyer');
        await page.getByLabel('Persona (journey map)').selectOption('');
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-persona')).toBe('');
        await page.locator('#panel-map .drawing:not([hidden]) g[data-cj-kind="touchpoint"][data-cj-id="Checkout"]').click();
        const detail = visibleDetail();
        expect(await detail.locator('h3').textContent()).toBe('Checks out');
        const text = await detail.textContent();
        expect(text).toContain('Decides whether we can be trusted with a deadline');
        expect(text).toContain('22% exit on the delivery step');
        expect(text).toContain('Checkout funnel analytics, Q2');
        expect(text).toContain('Promise a delivery date at checkout');
        expect(new URL(page.url()).hash).toBe('#Checkout');
    });

    test('the lane filter, from the keyboard, draws the map again with only the chosen lanes, stacked as the renderer stacks them, with the persona filter', async () => {
        await page.goto(urlOf('journeys/FashionAsIs.html'));
        const lanes = page.getByRole('group', { name: 'Lanes (journey map)' });
        const laneLabels = () => page.locator('#panel-map svg .cj-lane-label').allTextContents();
        // The built-in lanes, then the journey's own lane, every one shown at first.
        expect(await lanes.getByRole('checkbox').count()).toBe(8);
        expect(await lanes.getByRole('checkbox', { name: 'What we promise' }).isChecked()).toBe(true);
        // Only the map has lanes: the filters are hidden on the other views.
        await page.locator('[role="tab"][data-view="flow"]').click();
        expect(await lanes.isHidden()).toBe(true);
        await page.locator('[role="tab"][data-view="map"]').click();
        for (const name of ['Doing & thinking', 'Pain points & opportunities', 'Service blueprint', 'Stakeholders', 'What we promise']) {
            await lanes.getByRole('checkbox', { name, exact: true }).focus();
            await page.keyboard.press('Space');
        }
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-lanes')).toBe('touchpoints emotion kpis');
        expect(await laneLabels()).toEqual(['Touchpoints', 'Emotion', 'KPIs']);
        expect(await page.locator('#map-status').textContent()).toBe('The journey map now shows 3 of 8 lanes, for every persona.');
        // Jana's picture, read when the site was built, is drawn again from the page.
        expect(await page.locator('#panel-map svg image').first().getAttribute('href')).toMatch(/^data:image\/png;base64,/);
        // No gap where the lanes were: the drawing is the one `render --lanes` draws, lane for lane.
        const out = path.join(makeTempDir('cjourney-site-lanes-'), 'map.svg');
        const rendered = runCli(
            ['render', 'fashion-first-order.cjourney', '--journey', 'FashionAsIs', '--lanes', 'touchpoints,emotion,kpis', '-o', out],
            EXAMPLES
        );
        expect(rendered.code).toBe(0);
        const svg = readFileSync(out, 'utf8');
        expect(await page.locator('#panel-map svg').getAttribute('viewBox')).toBe(/viewBox="([^"]+)"/.exec(svg)![1]);
        const expectedY = [...svg.matchAll(/class="cj-lane-label" x="[^"]+" y="([^"]+)"/g)].map(match => match[1]);
        expect(
            await page.locator('#panel-map svg .cj-lane-label').evaluateAll(labels => labels.map(label => label.getAttribute('y')))
        ).toEqual(expectedY);
        // The persona filter keeps the lanes chosen.
        await page.getByLabel('Persona (journey map)').selectOption('Tobias');
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-persona')).toBe('Tobias');
        expect(await page.locator('#panel-map .drawing').getAttribute('data-lanes')).toBe('touchpoints emotion kpis');
        expect(await laneLabels()).toEqual(['Touchpoints', 'Emotion', 'KPIs']);
        // The last lane shown stays on.
        await lanes.getByRole('checkbox', { name: 'Touchpoints' }).uncheck();
        await lanes.getByRole('checkbox', { name: 'Emotion' }).uncheck();
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-lanes')).toBe('kpis');
        await lanes.getByRole('checkbox', { name: 'KPIs' }).click();
        expect(await lanes.getByRole('checkbox', { name: 'KPIs' }).isChecked()).toBe(true);
        expect(await laneLabels()).toEqual(['KPIs']);
        await lanes.getByRole('checkbox', { name: 'Touchpoints' }).check();
        await expect.poll(() => page.locator('#panel-map .drawing').getAttribute('data-lanes')).toBe('touchpoints kpis');
        // The new drawing answers clicks, deep links and zoom.
        await page.locator('#panel-map g[data-cj-kind="touchpoint"][data-cj-id="Checkout"]').click();
        expect(await visibleDetail().locator('h3').textContent()).toBe('Checks out');
        expect(new URL(page.url()).hash).toBe('#Checkout');
        expect(await page.locator('#panel-map .cj-selected[data-cj-kind="touchpoint"]').getAttribute('data-cj-id')).toBe('Checkout');
        await page.evaluate(() => (window.location.hash = 'ExitRate'));
        await expect.poll(() => visibleDetail().locator('h3').textContent()).toBe('Checkout exit rate');
        expect(await page.locator('#panel-map .cj-selected[data-cj-kind="kpi"]').getAttribute('data-cj-id')).toBe('ExitRate');
        await page.getByRole('button', { name: 'Fit the drawing' }).click();
        const fitted = Number((await page.locator('#panel-map svg').getAttribute('viewBox'))!.split(' ')[2]);
        await page.getByRole('button', { name: 'Zoom in' }).click();
        const zoomed = Number((await page.locator('#panel-map svg').getAttribute('viewBox'))!.split(' ')[2]);
        expect(zoomed).toBeCloseTo(fitted / 1.25, 1);
    });

    test('without JavaScript a journey page still shows the map drawn when the site was built, and no filter that would do nothing', async () => {
        const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
        try {
            const plain = await noScript.newPage();
            await plain.goto(urlOf('journeys/FashionAsIs.html'));
            expect(await plain.locator('#panel-map svg').getAttribute('data-cj-view')).toBe('map');
            expect(await plain.locator('#panel-map svg .cj-lane-label').count()).toBeGreaterThan(5);
            expect(await plain.locator('#map-filters').isHidden()).toBe(true);
        } finally {
            await noScript.close();
        }
    });

    test('deep links select a step, a KPI and a stakeholder', async () => {
        for (const [hash, kind, title] of [
            ['Checkout', 'touchpoint', 'Checks out'],
            ['ExitRate', 'kpi', 'Checkout exit rate'],
            ['Warehouse', 'stakeholder', 'Warehouse and carriers']
        ]) {
            await page.goto('about:blank');
            await page.goto(`${urlOf('journeys/FashionAsIs.html')}#${hash}`);
            expect(await visibleDetail().getAttribute('data-kind'), hash).toBe(kind);
            expect(await visibleDetail().locator('h3').textContent()).toBe(title);
            if (kind === 'touchpoint') {
                expect(
                    await page
                        .locator('#panel-map .drawing:not([hidden]) .cj-selected[data-cj-kind="touchpoint"]')
                        .getAttribute('data-cj-id')
                ).toBe(hash);
            }
        }
    });

    test('the register, KPI dashboard, backlog and research pages show every journey’s facts', async () => {
        await page.goto(urlOf('index.html'));
        await page.getByRole('link', { name: 'Stakeholder register' }).click();
        await page.waitForURL(/stakeholders\.html$/);
        expect(await page.locator('main').textContent()).toContain('Warehouse and carriers');
        expect(await page.locator('main').textContent()).toContain('Peak-season backlog of 3 days');
        await page.getByRole('link', { name: 'KPI dashboard' }).click();
        await page.waitForURL(/kpis\.html$/);
        expect(await page.getByRole('row', { name: /Checkout exit rate/ }).textContent()).toContain('off');
        await page.getByRole('link', { name: 'Opportunity backlog' }).click();
        await page.waitForURL(/backlog\.html$/);
        const all = await page.locator('tbody tr:not([hidden])').count();
        await page.getByLabel('Status').selectOption('planned');
        const planned = await page.locator('tbody tr:not([hidden])').allTextContents();
        expect(planned.length).toBeGreaterThan(0);
        expect(planned.length).toBeLessThan(all);
        expect(planned.every(row => row.includes('planned'))).toBe(true);
        await page.getByRole('button', { name: 'Opportunity' }).click();
        expect(await page.locator('thead th').first().getAttribute('aria-sort')).toBe('ascending');
        await page.getByRole('link', { name: 'Research' }).click();
        await page.waitForURL(/research\.html$/);
        const research = page.locator('section', { has: page.getByRole('heading', { name: 'Checkout funnel analytics, Q2' }) });
        expect(await research.textContent()).toContain('22% exit on the delivery step');
    });

    test('no console error and no request outside the site on the way', () => {
        expect(problems).toEqual([]);
    });

    test('no serious or critical axe-core violation on any kind of page', async () => {
        const found: Record<string, string[]> = {};
        for (const file of [
            'index.html',
            'journeys/FashionAsIs.html',
            'journeys/HotelAzulStay.html',
            'stakeholders.html',
            'kpis.html',
            'backlog.html',
            'research.html'
        ]) {
            await page.goto(urlOf(file));
            found[file] = await seriousAxeViolations(page);
        }
        await page.goto(`${urlOf('journeys/FashionAsIs.html')}#Checkout`);
        found['journey with a selected step'] = await seriousAxeViolations(page);
        expect(found).toEqual(Object.fromEntries(Object.keys(found).map(key => [key, []])));
    }, 120_000);
});
