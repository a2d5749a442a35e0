/**
 * The live preview's update path, from an edit to the new SVG on screen, in its two real
 * halves:
 *   1. server model push: the language server (its own process, JSON-RPC over stdio, as in
 *      VS Code) receives a one-character edit, re-validates, builds the journey model and
 *      pushes it; measured until the notification is parsed by the client.
 *   2. layout + render + swap: the preview app (the bundle the extension ships) in Chromium
 *      receives the model message, lays out and renders the SVG and swaps it in; measured
 *      until the next animation frame after the swap.
 * The sum is the keystroke-to-map latency without the `cjourney.preview.debounce` setting.
 * Two kinds of edit: one character of the journey's title (the header changes) and one of an
 * action in the middle touchpoint (one card of the doing lane changes). The client takes
 * model deltas, as the extension does, and applies them before the push counts as received.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { applyValueChanges } from '@cjourney/model';
import { generateJourney } from '../journey-generator.mjs';
import { median, round, ROOT, SERVER_NODE_FLAGS } from '../lib.mjs';

export const name = 'preview';

const SIZES = [200, 1000];
/** Goals of issue 17: ≤ 35 ms at 200 touchpoints, ≤ 100 ms at 1,000 (issue 8's were 50 and 250 ms). */
const GOALS = new Map([
    [200, 35],
    [1000, 100]
]);
/** Where each kind of edit types: a character of the title, or of an action in the middle touchpoint. */
const EDITS = [
    { kind: 'title', label: '', at: text => text.indexOf('"Generated journey') + 2 },
    { kind: 'touchpoint', label: ' (edit in a touchpoint)', at: middleAction }
];

function middleAction(text) {
    const actions = [...text.matchAll(/action "Clicks through step/g)];
    return actions[actions.length >> 1].index + 'action "C'.length;
}
const RUNS = 15;
const WARMUP = 3;
const SERVER = path.join(ROOT, 'packages/language/bin/cjourney-language-server.js');
const WEBVIEW = path.join(ROOT, 'packages/extension/dist/webview');

export async function run() {
    bundlePreview();
    const rows = [];
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu']
    });
    try {
        for (const size of SIZES) {
            for (const edit of EDITS) {
                const { pushMs, models } = await measureServerPush(size, edit.at);
                const drawMs = await measurePreviewDraw(browser, models);
                const goal = GOALS.get(size);
                const metric = name => ({ metric: `preview: ${name}${edit.label}`, size, unit: 'ms' });
                rows.push({ ...metric('server model push after an edit'), value: round(pushMs) });
                rows.push({ ...metric('layout + render + SVG swap (Chromium)'), value: round(drawMs) });
                rows.push({ ...metric('edit to new map on screen (push + draw)'), goal, value: round(pushMs + drawMs) });
            }
        }
    } finally {
        await browser.close();
    }
    return {
        rows,
        notes: [
            'edit to map = server push + draw (medians). Two edits: one character of the journey title, and one of an action in the middle touchpoint. The server pushes a model delta (cjourney/journeyModelDelta; the client applies it before the push counts as received) and the preview receives a `modelDelta` message, as the extension host posts it (posted-models.ts). The draw lays the map out again, building again only the cards, cells, emotion points and flow arrows whose touchpoint, place or context changed (LayoutMemo, layout-memo.ts: the others are the very marks drawn before), writes again only the top-level marks that changed (MarkTextCache) and patches the SVG elements that changed (svg-patch.ts). Not included: the hop from the extension host to the webview, and the `cjourney.preview.debounce` setting (default 0).',
            "An edit inside a touchpoint takes the server's incremental path (part 1) and reuses every other touchpoint's model (touchpoint-models.ts); both edits' rows carry issue 17's goals (35 ms at 200, 100 ms at 1,000). Before the layout memo, the draw at 1,000 touchpoints took 49–68 ms, most of it laying every card out again (~40 ms) and comparing each mark with the previous drawing's (~15 ms); with it, what is left is the header, stage headers, lane labels, stakeholders and KPIs, and the SVG patch. An edit of the journey's title is outside every touchpoint: the server changes that string in place (string-edit.ts: no parse, links kept) and checks again only the journey and what holds it; the preview's share is the same for both edits."
        ]
    };
}

function bundlePreview() {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'packages/extension/esbuild.mjs')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`bundling the preview failed:\n${result.stderr}`);
}

/** Median time from a one-character edit to the pushed model (delta applied), and the models (to draw). */
async function measureServerPush(size, editAt) {
    const folder = mkdtempSync(path.join(tmpdir(), `cjourney-bench-preview-${size}-`));
    const file = path.join(folder, `journey-${size}.cjourney`);
    const text = generateJourney({ touchpoints: size });
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const waiting = new Map();
    let latest;
    const received = params => {
        latest = params;
        waiting.get(params.version)?.(params);
    };
    connection.onNotification('cjourney/journeyModel', received);
    connection.onNotification('cjourney/journeyModelDelta', ({ uri, version, baseVersion, changes, errors }) => {
        if (latest?.version !== baseVersion) throw new Error(`a delta from version ${baseVersion}, the client has ${latest?.version}`);
        received({ uri, version, errors, model: applyValueChanges(latest.model, changes), delta: { baseVersion, changes } });
    });
    connection.listen();
    try {
        const folderUri = pathToFileURL(folder).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: folderUri,
            capabilities: {},
            workspaceFolders: [{ uri: folderUri, name: 'bench' }]
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cjourney', version: 1, text } });
        await connection.sendNotification('cjourney/previewedDocuments', { uris: [uri], deltas: true });
        latest = await connection.sendRequest('cjourney/journeyModel', { uri });

        const at = editAt(text);
        const times = [];
        const models = [];
        for (let i = 0; i < WARMUP + RUNS; i++) {
            const version = i + 2;
            const edited = text.slice(0, at) + String.fromCharCode(65 + (i % 26)) + text.slice(at + 1);
            const pushed = new Promise(resolve => waiting.set(version, resolve));
            const start = performance.now();
            await connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ text: edited }]
            });
            const params = await pushed;
            if (i >= WARMUP) times.push(performance.now() - start);
            models.push(params);
        }
        return { pushMs: median(times), models };
    } finally {
        connection.dispose();
        server.kill();
    }
}

/** What the extension host posts the preview: the first model whole, then what changed (posted-models.ts). */
function previewMessage({ uri, version, errors, model, delta }, first) {
    if (first || !delta) return { type: 'model', uri, version, errors, model };
    return { type: 'modelDelta', uri, version, errors, baseVersion: delta.baseVersion, changes: delta.changes };
}

/** Median time for the preview app to draw a new model, in Chromium. */
async function measurePreviewDraw(browser, models) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
        const css = readFileSync(path.join(WEBVIEW, 'preview.css'), 'utf8');
        await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body></body></html>`);
        // The extension host's side of the conversation, reduced to what the preview needs.
        await page.evaluate(() => {
            window.__posted = [];
            window.acquireVsCodeApi = () => ({
                postMessage: message => window.__posted.push(message),
                getState: () => undefined,
                setState: () => {}
            });
        });
        await page.addScriptTag({ content: readFileSync(path.join(WEBVIEW, 'preview.js'), 'utf8') });
        await page.waitForFunction(() => window.__posted.some(message => message.type === 'ready'));
        const uri = models[0].uri;
        await page.evaluate(
            ({ uri }) => {
                window.postMessage(
                    {
                        type: 'settings',
                        settings: {
                            direction: 'right',
                            exportTheme: 'light',
                            highlightAtCursor: true,
                            scrollPreviewWithEditor: true,
                            scrollEditorWithPreview: true
                        }
                    },
                    '*'
                );
                window.postMessage({ type: 'document', uri, fileName: 'bench.cjourney', defaultView: 'map' }, '*');
            },
            { uri }
        );
        const times = [];
        for (let i = 0; i < models.length; i++) {
            const ms = await page.evaluate(
                message =>
                    new Promise(resolve => {
                        // The preview swaps in a new SVG or patches the elements an edit changed (svg-patch.ts),
                        // in one synchronous step: the first change of the canvas's tree is the new map.
                        const canvas = document.querySelector('.cj-canvas');
                        const start = performance.now();
                        const observer = new MutationObserver(() => {
                            observer.disconnect();
                            requestAnimationFrame(() => resolve(performance.now() - start));
                        });
                        observer.observe(canvas, { childList: true, subtree: true });
                        window.postMessage(message, '*');
                    }),
                previewMessage(models[i], i === 0)
            );
            if (i >= WARMUP) times.push(ms);
        }
        return median(times);
    } finally {
        await page.close();
    }
}
