/**
 * Edit to pixels in a real VS Code (issue 17, part 3): code-server with the packaged extension
 * and Debian's Chromium, the benchmarks' 200-touchpoint journey open beside its preview, keys
 * typed into the journey's title and into a touchpoint's action as a user types them. Runs
 * packages/extension/test/preview-latency.e2e.test.ts (which checks that each key reaches the
 * map) and reports, per keystroke from its keydown in the editor:
 *   cursor message   VS Code's own round trip: the editor's selection reaching the webview
 *                    through the extension host, which every extension's webview pays
 *   model            the language server's model delta reaching the webview
 *   map on screen    the first frame after the map shows the typed text
 * The size is fixed (the test's journey); --sizes does not apply.
 *
 * Run alone: npm run bench -- preview-e2e
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, round, ROOT } from '../lib.mjs';

export const name = 'preview-e2e';

const TOUCHPOINTS = 200;
const TEST = 'packages/extension/test/preview-latency.e2e.test.ts';
const PARTS = [
    ['cursor', "the cursor's message in the webview (VS Code's own round trip)"],
    ['model', 'the model delta in the webview'],
    ['shown', 'the new map on screen']
];

export async function run() {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cjourney-bench-preview-e2e-')), 'latency.json');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', TEST], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CJOURNEY_PREVIEW_LATENCY_OUT: out },
        timeout: 900_000
    });
    if (result.status !== 0) {
        return { rows: [], notes: [`skipped: the code-server test failed (${(result.stderr || result.stdout).slice(-400)})`] };
    }
    const latencies = JSON.parse(readFileSync(out, 'utf8'));
    const rows = [];
    for (const [kind, keystrokes] of Object.entries(latencies)) {
        const label = kind === 'title' ? '' : ' (edit in a touchpoint)';
        for (const [key, what] of PARTS) {
            rows.push({
                metric: `code-server: keystroke to ${what}${label}`,
                size: TOUCHPOINTS,
                unit: 'ms',
                value: round(median(keystrokes.map(keystroke => keystroke[key])), 1)
            });
        }
    }
    const notes = [
        `Real VS Code (code-server) and Chromium on this machine, everything on its 2 cores: medians of ${Object.values(latencies)[0].length} keys per edit, from the keydown in the editor (both pages' clocks, epoch ms). VS Code's own round trip from the browser to the extension host and back to the webview (the cursor message every keystroke sends) is most of it; the preview's share is the model's delay after it and the draw. The preview suite measures the same server push and draw without VS Code.`
    ];
    return { rows, notes };
}
