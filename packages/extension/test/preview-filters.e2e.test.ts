/**
 * The preview's persona chips and lane toggles end to end, in a real VS Code (code-server +
 * Chromium, as vscode.e2e.test.ts): on a journey with two personas, switching a lane off
 * removes it from the map, switching a persona off leaves only the other persona's steps, and
 * the choice is still there after a switch to the flow view and back.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbench } from './e2e/use-workbench.js';
import type { Workbench } from './e2e/workbench.js';

const EXAMPLE = 'advocacy-stakeholder-map.cjourney';

let workbench: Workbench;
let preview: Frame;

const count = (selector: string) => preview.locator(`.cj-canvas svg ${selector}`).count();

describe('persona chips and lane toggles in the preview (code-server + Chromium)', { timeout: 90_000 }, () => {
    useWorkbench({
        started: started => {
            workbench = started;
        }
    });

    test('the journey has a chip per persona and a toggle per lane', async () => {
        preview = await workbench.openPreviewWithKeys(EXAMPLE);
        await expect.poll(() => count('[data-cj-kind="touchpoint"]'), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
        await expect(preview.locator('.cj-persona-toggle').allInnerTexts()).resolves.toEqual([
            'Léa, car-free commuter',
            'Georg, weekend tourer'
        ]);
        await expect(preview.locator('.cj-lane-toggle[data-id="emotion"]').isVisible()).resolves.toBe(true);
    });

    test('switching the emotion lane off takes it off the map', async () => {
        expect(await count('[data-cj-kind="emotion"]')).toBeGreaterThan(0);
        await preview.locator('.cj-lane-toggle[data-id="emotion"]').click();
        await expect.poll(() => count('[data-cj-kind="emotion"]'), { timeout: 15_000 }).toBe(0);
        await expect(preview.locator('.cj-lane-toggle[data-id="emotion"]').getAttribute('aria-pressed')).resolves.toBe('false');
        await workbench.screenshot('filters-01-emotion-lane-off');
    });

    test("switching a persona off leaves only the other persona's steps", async () => {
        const before = await count('[data-cj-kind="touchpoint"]');
        await preview.locator('.cj-persona-toggle[data-id="Georg"]').click();
        await expect.poll(() => count('[data-cj-kind="touchpoint"]'), { timeout: 15_000 }).toBeLessThan(before);
        await workbench.screenshot('filters-02-only-lea');
    });

    test('the choice survives a switch to the flow view and back', async () => {
        const touchpoints = await count('[data-cj-kind="touchpoint"]');
        await preview.locator('vscode-toolbar-button[data-view="flow"]').click();
        await preview.locator('.cj-canvas > svg[data-cj-view="flow"]').waitFor({ timeout: 15_000 });
        await expect(preview.locator('.cj-filter-bar').isVisible()).resolves.toBe(false);
        await preview.locator('vscode-toolbar-button[data-view="map"]').click();
        await preview.locator('.cj-canvas > svg[data-cj-view="map"]').waitFor({ timeout: 15_000 });
        await expect.poll(() => count('[data-cj-kind="touchpoint"]'), { timeout: 15_000 }).toBe(touchpoints);
        expect(await count('[data-cj-kind="emotion"]')).toBe(0);
        await expect(preview.locator('.cj-persona-toggle[data-id="Georg"]').getAttribute('aria-pressed')).resolves.toBe('false');
    });
});
