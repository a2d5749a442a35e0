#!/usr/bin/env node
/**
 * `npm run bench`: runs every suite of bench/suites (or those named with --only), prints a
 * table and writes docs/benchmarks.md and docs/benchmarks.json (with some suites only, their
 * rows replace theirs and the others stay). Figures are medians of
 * repeated runs; goals are listed in docs/benchmarks.md with where they come from. Benchmarks
 * measure; tests never assert timings.
 *
 * Options: --only a,b   run only these suites     --sizes 100,1000   touchpoint counts
 * Suite names may also be given bare: `npm run bench -- mermaid render`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, round } from './lib.mjs';

function option(name) {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : undefined;
}

/** Words that are neither options nor their values: suites to run. */
function bareSuiteNames() {
    return process.argv.slice(2).filter((arg, index, args) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
}

const named = [...(option('only')?.split(',') ?? []), ...bareSuiteNames()];
const only = named.length > 0 ? named : undefined;
const sizes = (option('sizes') ?? '100,1000,5000').split(',').map(Number);
const suitesDir = path.join(ROOT, 'bench/suites');
const suiteFiles = readdirSync(suitesDir)
    .filter(file => file.endsWith('.mjs'))
    .sort();

const rows = [];
const notes = [];
const ran = new Set();
for (const file of suiteFiles) {
    const suite = await import(pathToFileURL(path.join(suitesDir, file)).href);
    if (only && !only.includes(suite.name)) continue;
    ran.add(suite.name);
    console.log(`\n== ${suite.name}`);
    const result = await suite.run({ sizes });
    for (const row of result.rows) {
        rows.push({ suite: suite.name, ...row });
        const goal = row.goal !== undefined ? ` (goal ≤ ${row.goal} ${row.unit})` : '';
        console.log(
            `${row.metric} @ ${row.size}: ${row.value} ${row.unit}${goal}${row.goal !== undefined ? (row.value <= row.goal ? '  ✓' : '  ✗ missed') : ''}`
        );
    }
    notes.push(...(result.notes ?? []).map(note => `- **${suite.name}**: ${note}`));
}

const unknown = (only ?? []).filter(suiteName => !ran.has(suiteName));
if (unknown.length > 0) {
    console.error(`\nNo suite named ${unknown.join(', ')} (the suites are named in bench/suites/*.mjs, \`export const name\`).`);
    process.exit(2);
}

const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGb: round(os.totalmem() / 2 ** 30, 0),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`
};

const DOCS_JSON = path.join(ROOT, 'docs/benchmarks.json');
const DOCS_MD = path.join(ROOT, 'docs/benchmarks.md');

/**
 * With some suites only, their rows and notes replace theirs in the docs and every other
 * suite's stay (with the date each was measured): `npm run bench -- startup` updates the
 * start-up figures without re-running the rest.
 */
function mergedWithEarlierRun() {
    if (!only || !existsSync(DOCS_JSON)) return { allRows: rows, allNotes: notes, dates: { [machine.date]: [...ran] } };
    const earlier = JSON.parse(readFileSync(DOCS_JSON, 'utf8'));
    const keptRows = earlier.rows.filter(row => !ran.has(row.suite));
    // Notes of earlier runs are kept from the Markdown (`- **suite**: …` lines).
    const earlierNotes = readFileSync(DOCS_MD, 'utf8')
        .split('\n')
        .filter(line => /^- \*\*[^*]+\*\*: /.test(line) && !ran.has(/^- \*\*([^*]+)\*\*/.exec(line)[1]));
    const order = suiteName => suiteFiles.findIndex(file => file.includes(suiteName));
    const allRows = [...keptRows, ...rows].sort((a, b) => order(a.suite) - order(b.suite));
    const dates = { ...(earlier.dates ?? { [earlier.machine.date]: [...new Set(keptRows.map(row => row.suite))] }) };
    for (const date of Object.keys(dates)) dates[date] = dates[date].filter(suite => !ran.has(suite));
    dates[machine.date] = [...(dates[machine.date] ?? []), ...ran];
    return {
        allRows,
        allNotes: [...earlierNotes, ...notes],
        dates: Object.fromEntries(Object.entries(dates).filter(([, suites]) => suites.length))
    };
}

const { allRows, allNotes, dates } = mergedWithEarlierRun();
const table = allRows.map(row => {
    const goal = row.goal !== undefined ? `≤ ${row.goal}` : '';
    const verdict = row.goal === undefined ? '' : row.value <= row.goal ? 'met' : `missed by ${round(row.value - row.goal)} ${row.unit}`;
    return `| ${row.suite} | ${row.metric} | ${row.size} | ${row.value} ${row.unit} | ${goal} | ${verdict} |`;
});
const dateLines = Object.entries(dates)
    .map(([date, suites]) => (Object.keys(dates).length > 1 ? `${date} (${suites.join(', ')})` : date))
    .join('; ');

const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs); medians of repeated runs. Do not edit by hand.

- Date: ${dateLines}
- Machine: ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.platform}
- Node: ${machine.node}

| suite | metric | size (touchpoints) | median | goal | |
|---|---|---|---|---|---|
${table.join('\n')}
${allNotes.length ? `\n## Notes\n${allNotes.join('\n')}\n` : ''}`;

mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
writeFileSync(DOCS_MD, markdown);
writeFileSync(DOCS_JSON, JSON.stringify({ machine, dates, rows: allRows }, null, 2) + '\n');
console.log(
    `\n${only ? `${notes.join('\n')}\n\nUpdated the rows of ${[...ran].join(', ')} in` : 'Wrote'} docs/benchmarks.md and docs/benchmarks.json`
);
