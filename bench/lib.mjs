/** Measuring helpers shared by the benchmark suites. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJourney } from './journey-generator.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Node flags the VS Code extension starts the language server with (packages/extension/src/extension.ts). */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];
export const CLI = path.join(ROOT, 'packages/cli/bin/cjourney.js');
const REPORT_RSS = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export async function measure(fn, { runs = 7, warmup = 2 } = {}) {
    for (let i = 0; i < warmup; i++) await fn(i);
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn(warmup + i);
        times.push(performance.now() - start);
    }
    return median(times);
}

/** A folder holding one generated journey of `touchpoints` touchpoints; returns the file path. */
export function generatedFile(touchpoints, options = {}) {
    const dir = mkdtempSync(path.join(tmpdir(), `cjourney-bench-${touchpoints}-`));
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `generated-${touchpoints}.cjourney`);
    writeFileSync(file, generateJourney({ touchpoints, ...options }));
    return file;
}

/**
 * Runs a whole process `runs` times (Node with the project's Node): median wall time in ms,
 * the largest peak resident memory in MB, and the last exit code (-1 when killed after
 * `timeout` ms).
 */
export function timeProcess(args, { runs = 5, cwd = ROOT, timeout = undefined } = {}) {
    const times = [];
    let peakMb = 0;
    let status = 0;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = spawnSync(process.execPath, ['--import', REPORT_RSS, ...args], {
            cwd,
            encoding: 'utf8',
            maxBuffer: 1 << 28,
            timeout
        });
        times.push(performance.now() - start);
        status = result.status ?? -1;
        const rss = /__cjourney_max_rss_kb=(\d+)/.exec(result.stderr ?? '');
        if (rss) peakMb = Math.max(peakMb, Number(rss[1]) / 1024);
    }
    return { ms: median(times), peakMb, status };
}

export function round(value, digits = 1) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
