/**
 * A command line that starts at once (issue 17, part 6): whole processes on the same
 * 20-touchpoint journey, run side by side — each round runs every command once, in turn, so
 * load from other work on the machine falls on all of them alike:
 *   node -e 0                              what starting Node costs
 *   cjourney check / render -o x.svg       the packaged CLI (the bundle `npm run pack:npm` and
 *                                          the Action ship, with its code cache warm)
 *   the same without the cache             a CI job's first run on a fresh machine
 *   the same from the workspace            packages/cli/bin/cjourney.js: unbundled ES modules
 *   mmdc -i x.mmd -o x.svg                 Mermaid's real CLI with Debian's Chromium (bench/mmdc.mjs;
 *                                          skipped with the reason when it cannot be installed)
 *   render -o x.svg at 1,000 touchpoints   the packaged CLI on a large map (goal: within 1 s)
 * The journey sizes are fixed (the goals are about start-up); --sizes does not apply.
 *
 * Run alone: npm run bench -- startup
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { exportMermaid } from '../../packages/cli/out/mermaid/export-mermaid.js';
import { bundleCli, launcherSource } from '../../packaging/bundle.mjs';
import { CLI, generatedFile, median, round, ROOT } from '../lib.mjs';
import { ensureMmdc } from '../mmdc.mjs';

export const name = 'startup';

const TOUCHPOINTS = 20;
const ROUNDS = 15;
const GOAL_MS = 120;
const LARGE = 1000;
const LARGE_GOAL_MS = 1000;

export async function run() {
    const out = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-startup-'));
    const packaged = await packagedCli(path.join(out, 'cli'));
    const file = generatedFile(TOUCHPOINTS);
    const largeFile = generatedFile(LARGE);
    const commands = cjourneyCommands(packaged, file, largeFile, out);
    const notes = [];
    const mmdc = ensureMmdc();
    if (mmdc.skipped) {
        console.log(`mmdc skipped: ${mmdc.skipped}`);
        notes.push(`Mermaid's CLI (mmdc) skipped: ${mmdc.skipped}.`);
    } else {
        const mermaidFile = path.join(out, 'x.mmd');
        writeFileSync(mermaidFile, exportMermaid(await modelOf(file)));
        const args = [mmdc.bin, '-p', mmdc.puppeteerConfig, '-i', mermaidFile, '-o', path.join(out, 'mermaid.svg')];
        commands.push({ metric: 'mmdc -i x.mmd -o x.svg (Mermaid CLI, Chromium)', args });
    }
    const load = loadavg()[0];
    const times = timeSideBySide(commands, notes);
    notes.push(
        `Load average when the run started: ${load.toFixed(1)} on ${cpus().length} cores (the machine is shared; compare rows of one run, and the ratios).`
    );
    const rows = commands.map((command, index) => ({
        metric: command.metric,
        size: command.size ?? TOUCHPOINTS,
        unit: 'ms',
        value: round(times[index], 0),
        ...(command.goal ? { goal: command.goal } : {})
    }));
    // The machine is shared: how many times Node's own start-up a command takes varies less than its time.
    for (const index of [1, 2]) {
        rows.push({
            metric: `ratio ${commands[index].metric.split(',')[0]} / node -e 0`,
            size: TOUCHPOINTS,
            unit: '×',
            value: round(times[index] / times[0], 1)
        });
    }
    const mmdcIndex = commands.findIndex(command => command.metric.startsWith('mmdc'));
    if (mmdcIndex > 0 && Number.isFinite(times[mmdcIndex])) {
        rows.push({ metric: 'ratio render (packaged) / mmdc', size: TOUCHPOINTS, unit: '×', value: round(times[2] / times[mmdcIndex], 2) });
    }
    notes.push(
        `Whole processes, medians of ${ROUNDS} rounds; in each round every command runs once, in turn. The packaged CLI is the bundle packaging/bundle.mjs builds (one CommonJS file, with ELK, the PDF writer and Mermaid's YAML beside it, loaded only by the commands that use them), started by its launcher, which runs it with a V8 code cache of what the command ran (kept in the system's temporary folder, so a read-only install works). The rows without the cache are a CI job's first run on a fresh machine.`
    );
    return { rows, notes };
}

/** Node alone, then the cjourney commands to time (the packaged CLI with and without its compile cache, the workspace's). */
function cjourneyCommands(packaged, file, largeFile, out) {
    const svg = path.join(out, 'x.svg');
    return [
        { metric: 'node -e 0 (Node alone)', args: ['-e', '0'] },
        { metric: 'cjourney check, packaged CLI', args: [packaged, 'check', file], goal: GOAL_MS },
        { metric: 'cjourney render -o x.svg, packaged CLI', args: [packaged, 'render', file, '-o', svg], goal: GOAL_MS },
        // A CI job starts on a fresh machine: the first run of each command has no compile cache.
        {
            metric: 'cjourney check, packaged CLI, no compile cache',
            args: [packaged, 'check', file],
            env: { NODE_DISABLE_COMPILE_CACHE: '1' }
        },
        {
            metric: 'cjourney render -o x.svg, packaged CLI, no compile cache',
            args: [packaged, 'render', file, '-o', svg],
            env: { NODE_DISABLE_COMPILE_CACHE: '1' }
        },
        {
            metric: 'cjourney render -o x.svg, packaged CLI',
            size: LARGE,
            args: [packaged, 'render', largeFile, '-o', path.join(out, 'large.svg')],
            goal: LARGE_GOAL_MS
        },
        { metric: 'cjourney check, workspace (unbundled)', args: [CLI, 'check', file] },
        { metric: 'cjourney render -o x.svg, workspace (unbundled)', args: [CLI, 'render', file, '-o', svg] }
    ];
}

/** The CLI as `npm run pack:npm` ships it (without fonts: SVG only), with its launcher; returns the launcher. */
async function packagedCli(dir) {
    const bundle = await bundleCli(path.join(dir, 'dist'), { external: ['@resvg/resvg-js'] });
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    for (const [fileName, bytes] of Object.entries(bundle.files)) writeFileSync(path.join(dir, 'dist', fileName), bytes);
    const launcher = path.join(dir, 'bin/cjourney.cjs');
    mkdirSync(path.dirname(launcher), { recursive: true });
    writeFileSync(launcher, launcherSource('../dist/cli.cjs', { codeCacheKey: bundle.codeCacheKey }));
    return launcher;
}

async function modelOf(file) {
    const { documents } = await loadSources([{ uri: `file://${file}`, text: readFileSync(file, 'utf8') }]);
    return buildCjourneyModel(documents[0]);
}

/**
 * Median ms per command over ROUNDS interleaved rounds (after one unmeasured round that warms
 * caches). A run that fails is noted and left out (a busy machine can stall one); a command
 * that fails three times is given up: NaN.
 */
function timeSideBySide(commands, notes) {
    const samples = commands.map(() => []);
    const failures = commands.map(() => 0);
    for (let round = 0; round <= ROUNDS; round++) {
        commands.forEach((command, index) => {
            if (failures[index] >= 3) return;
            const start = performance.now();
            const env = { ...process.env, ...command.env };
            const result = spawnSync(process.execPath, command.args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env });
            const ms = performance.now() - start;
            // check reports info findings (exit 0); anything else is a failure to report, not to time.
            if (result.status !== 0) {
                failures[index] += 1;
                const why = (result.stderr ?? '').trim().split('\n')[0] || (result.signal ? `killed by ${result.signal}` : '');
                notes.push(`${command.metric}: one run failed (exit ${result.status}) and is left out: ${why}`);
                return;
            }
            if (round > 0) samples[index].push(ms);
        });
    }
    return samples.map((values, index) => (values.length === 0 || failures[index] >= 3 ? NaN : median(values)));
}
