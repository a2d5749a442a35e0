/**
 * The journey site: `cjourney site` of a workspace of generated journeys (50–100 touchpoints
 * each) as a whole process, and `cjourney serve` redrawing one journey after its file changes
 * on disk (the time it reports, from the change to the pages written, and until the event
 * that reloads open pages). `--site-journeys N` sets the workspace size (default 300).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, median, round, timeProcess } from '../lib.mjs';
import { writeSiteWorkspace } from '../site-workspace.mjs';

export const name = 'site';

function option(optionName, fallback) {
    const index = process.argv.indexOf(`--${optionName}`);
    return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** Starts `cjourney serve`, edits one file `edits` times, and returns the redraw times it printed (ms). */
async function serveRebuilds(folder, file, edits) {
    const child = spawn(process.execPath, [CLI, 'serve', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const waitFor = (pattern, count) =>
        new Promise((resolve, reject) => {
            const check = () => {
                const found = [...output.matchAll(pattern)];
                if (found.length >= count) resolve(found);
            };
            child.stdout.on('data', chunk => {
                output += chunk;
                check();
            });
            child.on('exit', code => reject(new Error(`serve exited with ${code}: ${output}`)));
            check();
        });
    try {
        await waitFor(/Serving/g, 1);
        const original = readFileSync(file, 'utf8');
        const times = [];
        for (let i = 1; i <= edits; i++) {
            const started = performance.now();
            writeFileSync(file, original.replace(/touchpoint (\w+) "/, `touchpoint $1 "Edit ${i}: `));
            const found = await waitFor(/changed: redrew \d+ journeys? in (\d+) ms/g, i);
            times.push({ reported: Number(found[i - 1][1]), wall: performance.now() - started });
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
    const build = timeProcess([CLI, 'site', path.join(folder, 'journeys'), '-o', out], { runs: 1 });
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
        notes: [`the site build ran once (exit code ${build.status}); serve medians over 5 edits of one journey's first touchpoint title.`]
    };
}
