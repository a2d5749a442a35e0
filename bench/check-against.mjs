#!/usr/bin/env node
/**
 * `cjourney check` of one generated journey, this checkout against another one, as whole
 * processes side by side: each round runs both once, in turn, so load from other work on
 * the machine falls on both alike. Prints the medians of wall and CPU time (every thread)
 * and the ratio of each round's CPU time, whose median is the figure to quote.
 *
 * Used for issue 13's "the language must not get slower by more than 10 %": the other
 * checkout is the last version 1 commit, built once:
 *   git worktree add --detach ../cjourney-v1 cc520f4 && (cd ../cjourney-v1 && npm ci && npm run build)
 *   node bench/check-against.mjs ../cjourney-v1 [--touchpoints 1000] [--rounds 15]
 * The journey is version 1 text (what the generator writes), so both checkouts read it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, generatedFile, median, round } from './lib.mjs';

const REPORT = new URL('./report-rss.mjs', import.meta.url).pathname;
const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { touchpoints: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '15' } }
});
if (positionals.length !== 1) {
    console.error('usage: node bench/check-against.mjs OTHER_CHECKOUT [--touchpoints N] [--rounds N]');
    process.exit(2);
}
const other = path.resolve(positionals[0], 'packages/cli/bin/cjourney.js');
const file = generatedFile(Number(values.touchpoints));

/** One whole `check` process: wall and CPU milliseconds. */
function checkOnce(cli) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', REPORT, cli, 'check', file], { encoding: 'utf8' });
    const wall = performance.now() - start;
    const cpu = Number(/__cjourney_cpu_ms=(\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN);
    if (result.status !== 0) throw new Error(`${cli} check failed (${result.status}):\n${result.stdout}${result.stderr}`);
    return { wall, cpu };
}

const rounds = [];
checkOnce(CLI);
checkOnce(other);
for (let i = 0; i < Number(values.rounds); i++) rounds.push({ here: checkOnce(CLI), there: checkOnce(other) });
const row = (name, pick) =>
    `${name.padEnd(12)} wall ${round(median(rounds.map(r => pick(r).wall)))} ms, cpu ${round(median(rounds.map(r => pick(r).cpu)))} ms`;
console.log(`cjourney check, ${values.touchpoints} touchpoints, ${rounds.length} rounds`);
console.log(row('this', r => r.here));
console.log(row('other', r => r.there));
console.log(`cpu ratio this/other (median of rounds): ${round(median(rounds.map(r => r.here.cpu / r.there.cpu)), 3)}`);
