#!/usr/bin/env node
/**
 * `npm run bench`: runs every suite of bench/suites (or those named with --only), prints a
 * table and writes docs/benchmarks.md and docs/benchmarks.json. Figures are medians of
 * repeated runs; goals come from the design (shared/DESIGN.md) and the issues. Benchmarks
 * measure; tests never assert timings.
 *
 * Options: --only a,b   run only these suites     --sizes 100,1000   touchpoint counts
 * Suite names may also be given bare: `npm run bench -- mermaid render`.
 */
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
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

const table = rows.map(row => {
    const goal = row.goal !== undefined ? `≤ ${row.goal}` : '';
    const verdict = row.goal === undefined ? '' : row.value <= row.goal ? 'met' : `missed by ${round(row.value - row.goal)} ${row.unit}`;
    return `| ${row.suite} | ${row.metric} | ${row.size} | ${row.value} ${row.unit} | ${goal} | ${verdict} |`;
});

const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs); medians of repeated runs. Do not edit by hand.

- Date: ${machine.date}
- Machine: ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.platform}
- Node: ${machine.node}

| suite | metric | size (touchpoints) | median | goal | |
|---|---|---|---|---|---|
${table.join('\n')}
${notes.length ? `\n## Notes\n${notes.join('\n')}\n` : ''}`;

mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
if (!only) {
    writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), markdown);
    writeFileSync(path.join(ROOT, 'docs/benchmarks.json'), JSON.stringify({ machine, rows }, null, 2) + '\n');
    console.log('\nWrote docs/benchmarks.md and docs/benchmarks.json');
} else {
    if (notes.length) console.log(`\n${notes.join('\n')}`);
    console.log('\n(some suites only: docs/benchmarks.md left unchanged)');
}
