/**
 * The journey site: `cjourney site` of a workspace of generated journeys (50–100 touchpoints
 * each) as a whole process, and `cjourney serve` redrawing one journey after its file changes
 * on disk (the time it reports, from the change to the pages written, and until the event
 * that reloads open pages). `--site-journeys N` sets the workspace size (default 300).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, median, round } from '../lib.mjs';
import { writeSiteWorkspace } from '../site-workspace.mjs';

export const name = 'site';

function option(optionName, fallback) {
    const index = process.argv.indexOf(`--${optionName}`);
    return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const REPORT = fileURLToPath(new URL('../report-rss.mjs', import.meta.url));

/** One whole process: wall time, CPU time of all its threads (what a quiet machine would need, cores aside) and peak memory. */
function timeSite(args) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', REPORT, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    const cpu = /__cjourney_cpu_ms=(\d+)/.exec(result.stderr ?? '');
    const rss = /__cjourney_max_rss_kb=(\d+)/.exec(result.stderr ?? '');
    return { ms, cpuMs: cpu ? Number(cpu[1]) : NaN, peakMb: rss ? Number(rss[1]) / 1024 : NaN, status: result.status ?? -1 };
}

const REDRAWN = /changed: redrew \d+ journeys? in (\d+) ms/g;

/** Starts `cjourney serve`, edits one file `edits` times, and returns each redraw's reported and wall time (ms). */
async function serveRebuilds(folder, file, edits) {
    const child = spawn(process.execPath, [CLI, 'serve', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const listeners = new Set();
    child.stdout.on('data', chunk => {
        output += chunk;
        listeners.forEach(listener => listener());
    });
    const waitFor = (test, timeout = 600_000) =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`serve did not answer: ${output}`)), timeout);
            const check = () => {
                const found = test(output);
                if (found) {
                    clearTimeout(timer);
                    listeners.delete(check);
                    resolve(found);
                }
            };
            listeners.add(check);
            check();
        });
    try {
        await waitFor(text => text.includes('Serving'));
        const original = readFileSync(file, 'utf8');
        const times = [];
        for (let i = 1; i <= edits; i++) {
            const seen = [...output.matchAll(REDRAWN)].length;
            const started = performance.now();
            writeFileSync(file, original.replace(/touchpoint (\w+) "/, `touchpoint $1 "Edit ${i}: `));
            const found = await waitFor(text => {
                const all = [...text.matchAll(REDRAWN)];
                return all.length > seen ? all[all.length - 1] : undefined;
            });
            times.push({ reported: Number(found[1]), wall: performance.now() - started });
            // Let a second event of the same save (some file systems send two) settle first.
            await new Promise(resolve => setTimeout(resolve, 1000));
        }
        return times;
    } finally {
        child.kill('SIGTERM');
    }
}

export async function run() {
    const journeys = option('site-journeys', 300);
    const folder = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-site-'));
    const files = writeSiteWorkspace(path.join(folder, 'journeys'), journeys);
    const touchpoints = files.reduce((sum, file) => sum + (readFileSync(file, 'utf8').match(/^\s*touchpoint /gm) ?? []).length, 0);
    const out = path.join(folder, 'site');
    const build = timeSite(['site', path.join(folder, 'journeys'), '-o', out]);
    const load = os.loadavg()[0];
    const rebuilds = await serveRebuilds(path.join(folder, 'journeys'), files[Math.floor(files.length / 2)], 5);
    rmSync(folder, { recursive: true, force: true });
    const size = `${journeys} journeys, ${touchpoints} touchpoints`;
    return {
        rows: [
            {
                metric: 'cjourney site, whole process',
                size,
                value: round(build.ms / 1000, 1),
                unit: 's',
                goal: journeys === 300 ? 60 : undefined
            },
            { metric: 'cjourney site, CPU time of all threads', size, value: round(build.cpuMs / 1000, 1), unit: 's' },
            { metric: 'cjourney site, peak memory', size, value: round(build.peakMb, 0), unit: 'MB' },
            {
                metric: 'serve: one changed journey redrawn (reported)',
                size,
                value: round(median(rebuilds.map(r => r.reported)), 0),
                unit: 'ms',
                goal: 1000
            },
            {
                metric: 'serve: file written → pages rewritten, reload sent',
                size,
                value: round(median(rebuilds.map(r => r.wall)), 0),
                unit: 'ms'
            }
        ],
        notes: [
            `the site build ran once (exit code ${build.status}; load average ${round(load, 1)} on ${os.cpus().length} cores when it ended; journey pages drawn on one worker thread per core, at most 4; the CPU time is what the build costs, whatever else the machine runs); serve medians over 5 edits of one journey's first touchpoint title.`
        ]
    };
}
