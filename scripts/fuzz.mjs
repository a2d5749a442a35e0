#!/usr/bin/env node
/**
 * `npm run fuzz`: every fuzz property of every package (tests named `fuzz: …`) with FUZZ_RUNS
 * cases each (default 10,000) and a random seed (FUZZ_SEED replays one), then the tally: how
 * many cases each property ran and the total. Exits with vitest's code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'cjourney-fuzz-tally-'));
const tally = path.join(folder, 'tally.jsonl');
const env = {
    ...process.env,
    FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000',
    FUZZ_SEED: process.env.FUZZ_SEED ?? 'random',
    FUZZ_TALLY: tally
};

const started = Date.now();
const result = spawnSync(process.execPath, [vitest, 'run', '--testNamePattern', 'fuzz: ', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env
});

let rows = [];
try {
    rows = readFileSync(tally, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line));
} catch {
    // No property reported (e.g. vitest could not start): the exit code says why.
}
rmSync(folder, { recursive: true, force: true });
const total = rows.reduce((sum, row) => sum + row.cases, 0);
const failed = rows.filter(row => row.failed);
console.log('\nFuzz tally (cases run per property):');
for (const row of rows) {
    console.log(`  ${String(row.cases).padStart(7)}  ${row.failed ? 'FAILED ' : ''}${row.test}`);
}
console.log(
    `  ${String(total).padStart(7)}  cases in total, ${failed.length} failing ${failed.length === 1 ? 'property' : 'properties'}, ${Math.round((Date.now() - started) / 1000)} s, seed ${env.FUZZ_SEED}`
);
process.exit(result.status ?? 1);
