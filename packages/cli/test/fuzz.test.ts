/**
 * Fuzzing the command line and the review tools: mutated journeys must never make the
 * exports (JSON, Markdown, Mermaid), the review comment, the Mermaid import, the rendered
 * files or the commands themselves crash or hang. The commands answer with exit 0, 1 or 2
 * and a message, never an "unexpected problem" or a stack trace.
 * Each case loads a workspace and runs whole commands: `npm test` runs 100 per property with
 * a fixed seed (the Mermaid import, cheaper, 300) and 8 real processes; `npm run fuzz` runs
 * 10,000 per property, and one case in fifty as a real process (each costs a Node start).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildCjourneyModel, loadSources, reservedWords } from '@cjourney/language';
import { diffJourneys, type CjourneyModel } from '@cjourney/model';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
    fuzzTest,
    exampleTexts,
    fuzzRuns,
    HANG_LIMIT_MS,
    mutatedCase,
    mutatedText,
    withinHangLimit
} from '@cjourney/test-support/fuzz-mutations';
import { formatDiffMarkdown } from '../src/diff/format-markdown.js';
import { formatDiffText } from '../src/diff/format-text.js';
import { exportMarkdown } from '../src/export/export-markdown.js';
import { main } from '../src/main.js';
import { journeyToMermaid } from '../src/mermaid/export-mermaid.js';
import { mermaidToCjourney } from '../src/mermaid/mermaid-to-cjourney.js';
import { parseMermaidJourney } from '../src/mermaid/parse-mermaid-journey.js';
import type { Output } from '../src/output.js';
import { BIN, EXAMPLES, makeTempDir, writeIn } from './helpers.js';
import { FIXTURES, MERMAID_FIXTURES } from './mermaid-fixtures.js';

const SEEDS = exampleTexts();
const SHARED = ['channels', 'personas', 'stakeholders'].map(name => ({
    uri: `file:///examples/shared/${name}.cjourney`,
    text: readFileSync(path.join(EXAMPLES, 'shared', `${name}.cjourney`), 'utf8')
}));
const MERMAID_SEEDS = MERMAID_FIXTURES.map(name => readFileSync(path.join(FIXTURES, name), 'utf8'));
/** Mermaid's own syntax, inserted at random into Mermaid diagrams. */
const MERMAID_TOKENS = [
    'journey',
    'title',
    'section',
    ':',
    '::',
    ': 5',
    ': 0',
    ': 9',
    ': -1',
    ': x',
    ': 3: A, B',
    ': 4: ,,',
    '%%',
    '%% comment',
    '%%{init: {}}%%',
    '%%{',
    '}%%',
    '---\ntitle: x\n---\n',
    '---\n: [\n---\n',
    'accTitle:',
    'accDescr: x',
    'accDescr {',
    '#59;',
    '#35;',
    '&#',
    '&amp;',
    '<br>',
    '<br/>'
];
const RUNS = fuzzRuns(100);
const PROCESS_RUNS = Math.max(8, Math.round(RUNS / 50));
const FUZZ_TIMEOUT = 3_600_000;

async function modelOf(text: string, name = 'journey.cjourney'): Promise<{ model: CjourneyModel; errors: number }> {
    const { documents } = await loadSources([{ uri: `file:///examples/${name}`, text }, ...SHARED]);
    const errors = (documents[0].diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    return { model: buildCjourneyModel(documents[0], { fileName: () => name }), errors };
}

/** What a command wrote, captured in memory. */
function capture(): Output & { stdout: string; stderr: string } {
    const output = {
        stdout: '',
        stderr: '',
        isTerminal: false,
        out: (text: string) => {
            output.stdout += text;
        },
        err: (text: string) => {
            output.stderr += text;
        }
    };
    return output;
}

/** What every command run must look like, whatever the input: a contract exit code, a message, no crash. */
function expectAnsweredCleanly(code: number | null, stdout: string, stderr: string): void {
    expect([0, 1, 2], `exit code ${code}; stderr:\n${stderr}`).toContain(code);
    expect(stderr).not.toContain('unexpected problem');
    expect(stderr, 'a stack trace').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    if (code !== 0) {
        expect(stdout + stderr, 'a failing command says why').not.toBe('');
    }
}

interface CaseFiles {
    /** The mutated file's folder, its workspace. */
    folder: string;
    oldFile: string;
    file: string;
    /** Where a render writes (outside the workspace, so it is never read back as input). */
    out: string;
}

/** The files of one case in fresh folders, removed after `use`. */
async function withCaseFiles<T>(original: string, text: string, use: (files: CaseFiles) => Promise<T> | T): Promise<T> {
    const root = makeTempDir('cjourney-fuzz-');
    try {
        return await use({
            folder: path.join(root, 'new'),
            file: writeIn(path.join(root, 'new'), 'journey.cjourney', text),
            oldFile: writeIn(path.join(root, 'old'), 'journey.cjourney', original),
            out: path.join(root, 'out')
        });
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

const COMMANDS = [
    (c: CaseFiles) => ['check', c.file],
    (c: CaseFiles) => ['check', '--format', 'sarif', c.folder],
    (c: CaseFiles) => ['export', c.file, '--format', 'json'],
    (c: CaseFiles) => ['export', c.file, '--format', 'markdown'],
    (c: CaseFiles) => ['export', c.file, '--format', 'mermaid'],
    (c: CaseFiles) => ['diff', c.oldFile, c.file, '--format', 'markdown'],
    (c: CaseFiles) => ['render', c.file, '-o', path.join(c.out, 'map.svg')],
    (c: CaseFiles) => ['render', c.file, '-o', path.join(c.out, 'stakeholders.html'), '--view', 'stakeholders', '--theme', 'dark'],
    (c: CaseFiles) => ['render', c.folder, '--out-dir', c.out, '--view', 'flow']
];

describe('fuzzing the command line and the review tools', () => {
    fuzzTest(
        'fuzz: exports of a mutated journey never crash, and its Mermaid export imports back into a journey that checks with no error',
        () =>
            fc.asyncProperty(mutatedText(SEEDS), text =>
                withinHangLimit(async () => {
                    const { model } = await modelOf(text);
                    expect(exportMarkdown(model).length).toBeGreaterThan(0);
                    for (const journey of model.journeys) {
                        const mermaid = journeyToMermaid(journey, model.file);
                        const parsed = parseMermaidJourney(mermaid);
                        expect(parsed.problems, mermaid).toEqual([]);
                        const imported = mermaidToCjourney(parsed.journey!, 'exported.mmd', { reserved: reservedWords() });
                        if ('problems' in imported) {
                            throw new Error(`the export does not import: ${JSON.stringify(imported.problems)}\n${mermaid}`);
                        }
                        const { errors } = await modelOf(imported.text, 'imported.cjourney');
                        expect(errors, imported.text).toBe(0);
                    }
                })
            ),
        { runs: RUNS, timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: the review comment (text and Markdown) of a mutated journey against its original never crashes',
        () =>
            fc.asyncProperty(mutatedCase(SEEDS), ({ original, text }) =>
                withinHangLimit(async () => {
                    const before = (await modelOf(original)).model;
                    const after = (await modelOf(text)).model;
                    for (const diff of [diffJourneys(before, after), diffJourneys(after, before)]) {
                        expect(typeof formatDiffText(diff, true)).toBe('string');
                        expect(formatDiffMarkdown(diff).length).toBeGreaterThan(0);
                    }
                })
            ),
        { runs: RUNS, timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: importing mutated Mermaid never crashes: located problems, or a journey that checks with no error',
        () =>
            fc.asyncProperty(mutatedText(MERMAID_SEEDS, MERMAID_TOKENS), source =>
                withinHangLimit(async () => {
                    const parsed = parseMermaidJourney(source);
                    if (!parsed.journey) {
                        expect(parsed.problems.length).toBeGreaterThan(0);
                        parsed.problems.forEach(problem => expect(problem.line).toBeGreaterThanOrEqual(1));
                        return;
                    }
                    const imported = mermaidToCjourney(parsed.journey, 'fuzz.mmd', { reserved: reservedWords() });
                    if ('problems' in imported) {
                        expect(imported.problems.length).toBeGreaterThan(0);
                        return;
                    }
                    const { errors } = await modelOf(imported.text, 'imported.cjourney');
                    expect(errors, imported.text).toBe(0);
                })
            ),
        { runs: fuzzRuns(300), timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: check, export, diff and render (in-process) on a mutated file exit 0, 1 or 2 with a message',
        () =>
            fc.asyncProperty(mutatedCase(SEEDS), fc.constantFrom(...COMMANDS), ({ original, text }, command) =>
                withinHangLimit(() =>
                    withCaseFiles(original, text, async files => {
                        const output = capture();
                        const code = await main(command(files), output);
                        expectAnsweredCleanly(code, output.stdout, output.stderr);
                    })
                )
            ),
        { timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: cjourney as a process (check, export, diff, render) on a mutated file exits 0, 1 or 2 with a message, within the hang limit',
        () =>
            fc.asyncProperty(mutatedCase(SEEDS), fc.constantFrom(...COMMANDS), ({ original, text }, command) =>
                withCaseFiles(original, text, files => {
                    const result = spawnSync(process.execPath, [BIN, ...command(files)], {
                        encoding: 'utf8',
                        timeout: HANG_LIMIT_MS,
                        env: { ...process.env, NO_COLOR: '1' }
                    });
                    expect(result.error, 'the process hung or could not start').toBeUndefined();
                    expectAnsweredCleanly(result.status, result.stdout, result.stderr);
                })
            ),
        { runs: PROCESS_RUNS, timeout: FUZZ_TIMEOUT }
    );
});
