/**
 * The live preview follows typing, end to end in a real VS Code (code-server + Chromium, as
 * vscode.e2e.test.ts): on the benchmarks' 200-touchpoint journey, each key typed into the
 * journey's title or into a touchpoint's action is on the map a moment later. Every step of
 * the real path is in it: the editor's change, the language client, the server's build and
 * model delta, the extension host, the webview's message, layout, the SVG patch and a frame.
 *
 * How long each keystroke takes to reach the screen (from the editor's keydown to the frame
 * after the map changed, both read from the pages' clocks) is written to the file named by
 * CJOURNEY_PREVIEW_LATENCY_OUT for `npm run bench -- preview-e2e` (bench/suites/45-preview-e2e.mjs);
 * nothing here asserts a time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { generateJourney } from '../../../bench/journey-generator.mjs';
import { useWorkbench } from './e2e/use-workbench.js';
import type { Workbench } from './e2e/workbench.js';

const TOUCHPOINTS = 200;
const FILE = `generated-${TOUCHPOINTS}.cjourney`;
const KEYS = 12;
const WARMUP = 2;

let workbench: Workbench;
let preview: Frame;
const latencies: Record<string, Keystroke[]> = {};

/** Where a key goes (1-based line and column), and the text the map shows once `count` keys were typed there. */
interface TypingPlace {
    kind: 'title' | 'touchpoint';
    line: number;
    column: number;
    shown: (count: number) => string;
}

function placesIn(text: string): TypingPlace[] {
    const lines = text.split('\n');
    const titleLine = lines.findIndex(line => line.startsWith('journey '));
    const actionLines = lines.flatMap((line, index) => (line.includes('action "Clicks through step') ? [index] : []));
    const actionLine = actionLines[actionLines.length >> 1];
    return [
        {
            kind: 'title',
            line: titleLine + 1,
            column: lines[titleLine].indexOf('"Generated') + 1 + '"Generated'.length,
            shown: count => `Generated${'Z'.repeat(count)} journey`
        },
        {
            kind: 'touchpoint',
            line: actionLine + 1,
            column: lines[actionLine].indexOf('"Clicks') + 1 + '"C'.length,
            shown: count => `C${'Z'.repeat(count)}licks`
        }
    ];
}

/** Runs in the workbench: remembers when each key goes down (epoch ms, sub-millisecond). */
function recordKeys(): void {
    const keys: number[] = [];
    (window as unknown as { cjKeys: number[] }).cjKeys = keys;
    window.addEventListener('keydown', () => keys.push(performance.timeOrigin + performance.now()), true);
}

/** Runs in the preview: resolves with the time of the first frame after the map shows `text`; notes the messages that arrive. */
function watchFor(text: string): void {
    const page = window as unknown as { cjShown: Promise<number>; cjMessages: Array<[number, string]>; cjListening?: boolean };
    const map = () => document.querySelector('.cj-canvas svg')?.textContent ?? '';
    page.cjMessages = [];
    if (!page.cjListening) {
        page.cjListening = true;
        window.addEventListener('message', event => {
            const data = event.data as { type?: unknown } | undefined;
            page.cjMessages.push([performance.timeOrigin + performance.now(), String(data?.type)]);
        });
    }
    page.cjShown = new Promise(resolve => {
        const observer = new MutationObserver(() => {
            if (!map().includes(text)) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
}

/** One keystroke's times from its keydown (ms): the cursor's message (VS Code's own round trip), the model's, the map on screen. */
interface Keystroke {
    cursor: number;
    model: number;
    shown: number;
}

async function typeAndTime(place: TypingPlace, count: number): Promise<Keystroke> {
    await preview.evaluate(watchFor, place.shown(count));
    await workbench.page.keyboard.press('Z');
    const shown = await preview.evaluate(() => (window as unknown as { cjShown: Promise<number> }).cjShown);
    const messages = await preview.evaluate(() => (window as unknown as { cjMessages: Array<[number, string]> }).cjMessages);
    const keys = await workbench.page.evaluate(() => (window as unknown as { cjKeys: number[] }).cjKeys);
    const key = keys[keys.length - 1];
    const first = (...types: string[]) => (messages.find(([, kind]) => types.includes(kind))?.[0] ?? Number.NaN) - key;
    return { cursor: first('cursor'), model: first('modelDelta', 'model'), shown: shown - key };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('the preview follows typing in a 200-touchpoint journey (code-server + Chromium)', { timeout: 180_000 }, () => {
    const text = generateJourney({ touchpoints: TOUCHPOINTS });
    useWorkbench({
        started: started => {
            workbench = started;
            writeFileSync(path.join(workbench.workspace, FILE), text);
        }
    });

    test.each(placesIn(text))('each key typed into the $kind is on the map a moment later', async place => {
        preview ??= await workbench.openPreviewWithKeys(FILE);
        await expect
            .poll(() => preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"]').count(), { timeout: 60_000 })
            .toBe(TOUCHPOINTS);
        await workbench.goTo(place.line, place.column);
        await workbench.page.evaluate(recordKeys);
        const times: Keystroke[] = [];
        for (let count = 1; count <= KEYS; count++) {
            const time = await typeAndTime(place, count);
            if (count > WARMUP) times.push(time);
        }
        await expect.poll(() => preview.locator('.cj-canvas svg').textContent()).toContain(place.shown(KEYS));
        latencies[place.kind] = times;
        const [cursor, model, shown] = (['cursor', 'model', 'shown'] as const).map(key => median(times.map(time => time[key])).toFixed(1));
        console.log(
            `${place.kind}, medians of ${times.length} keys from keydown: cursor message ${cursor} ms, model ${model} ms, map on screen ${shown} ms`
        );
        if (process.env.CJOURNEY_PREVIEW_LATENCY_OUT) writeFileSync(process.env.CJOURNEY_PREVIEW_LATENCY_OUT, JSON.stringify(latencies));
        await workbench.screenshot(`latency-${place.kind}`);
    });
});
