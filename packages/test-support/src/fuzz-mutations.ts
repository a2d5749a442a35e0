/**
 * fast-check arbitraries that mutate real `.cjourney` texts the way editing and hostile input
 * do: deletions, duplications, random tokens, unbalanced braces, huge numbers, odd Unicode,
 * JavaScript builtin names, CRLF, BOM and NUL bytes. Shared by every layer's fuzz tests
 * (language, model, layout, render, diff, CLI).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { exampleFiles } from './examples.js';

/** The example journeys (shared definition files included), the seeds every fuzz test mutates. */
export function exampleTexts(): string[] {
    return exampleFiles().map(file => readFileSync(file, 'utf8'));
}

/** Tokens that stress the lexer, the parser's recovery and everything downstream. */
export const HOSTILE_TOKENS: readonly string[] = [
    // structure
    '{',
    '}',
    '}}',
    '{{',
    '->',
    '-> ->',
    ',',
    '%',
    '"',
    '""',
    '"unterminated',
    '/*',
    '*/',
    '//',
    '\n',
    '\r\n',
    '\r',
    '\t',
    // keywords in wrong places
    'journey',
    'stage',
    'touchpoint',
    'flow',
    'kpi',
    'stakeholder',
    'persona',
    'channel',
    'emotion',
    'benchmark',
    'needs',
    'influences',
    'journey X {',
    'stage S {',
    'touchpoint T {',
    'flow A -> A',
    'kpi K { current 1 target 2% }',
    // numbers
    '0',
    '-0',
    '-1',
    '3.14%',
    '9'.repeat(400),
    '1' + '0'.repeat(309),
    '0.0000000000000000001',
    '-99999999999999999999%',
    // names that collide with JavaScript builtins
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'then',
    // strings and markup
    '"<script>alert(1)</script>"',
    '"</svg><svg onload=alert(1)>"',
    '"javascript:alert(1)"',
    '"a\\"b\\\\c\\n"',
    '"\\u0000"',
    '"&amp; &lt; <!-- --> ]]>"',
    '"${x}"',
    '"{{x}}"',
    // odd Unicode
    '\u0000',
    '\uFEFF',
    '\u200B',
    '\u202E',
    '\uD800',
    '\uDFFF',
    'e\u0301',
    '😀',
    '日本語',
    'Ω',
    '\u2028',
    '\u2029',
    '\u00A0'
];

/** One edit of a text, applied at positions relative to its length. */
type Mutation =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'duplicate'; at: number; length: number; to: number }
    | { kind: 'insert'; at: number; token: string }
    | { kind: 'crlf' }
    | { kind: 'bom' }
    | { kind: 'swap'; a: number; b: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

/** Edits of a text; inserted tokens come from HOSTILE_TOKENS, `extraTokens` (another language's syntax) or random strings. */
function mutation(extraTokens: readonly string[]): fc.Arbitrary<Mutation> {
    return fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
        fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 300 }), to: position }),
        fc.record({
            kind: fc.constant('insert' as const),
            at: position,
            token: fc.oneof(
                fc.constantFrom(...HOSTILE_TOKENS, ...extraTokens),
                fc.string({ maxLength: 12 }),
                fc.string({ unit: 'binary', maxLength: 8 })
            )
        }),
        fc.record({ kind: fc.constant('crlf' as const) }),
        fc.record({ kind: fc.constant('bom' as const) }),
        fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: fc.integer({ min: 1, max: 100 }) })
    );
}

function apply(text: string, edit: Mutation): string {
    const index = (relative: number) => Math.floor(relative * text.length);
    switch (edit.kind) {
        case 'delete': {
            const at = index(edit.at);
            return text.slice(0, at) + text.slice(at + edit.length);
        }
        case 'duplicate': {
            const at = index(edit.at);
            const slice = text.slice(at, at + edit.length);
            const to = index(edit.to);
            return text.slice(0, to) + slice + text.slice(to);
        }
        case 'insert': {
            const at = index(edit.at);
            return text.slice(0, at) + edit.token + text.slice(at);
        }
        case 'crlf':
            return text.replace(/\r?\n/g, '\r\n');
        case 'bom':
            return '\uFEFF' + text;
        case 'swap': {
            const [first, second] = [index(edit.a), index(edit.b)].sort((x, y) => x - y);
            if (first + edit.length > second) return text;
            const a = text.slice(first, first + edit.length);
            const b = text.slice(second, second + edit.length);
            return text.slice(0, first) + b + text.slice(first + edit.length, second) + a + text.slice(second + b.length);
        }
    }
}

/** A seed text with one to six mutations applied. */
export function mutatedText(seeds: readonly string[], extraTokens: readonly string[] = []): fc.Arbitrary<string> {
    return mutatedCase(seeds, extraTokens).map(({ text }) => text);
}

/** A seed text and its mutation, for properties that compare the two (e.g. the diff). */
export function mutatedCase(
    seeds: readonly string[],
    extraTokens: readonly string[] = []
): fc.Arbitrary<{ original: string; text: string }> {
    return fc
        .tuple(fc.constantFrom(...seeds), fc.array(mutation(extraTokens), { minLength: 1, maxLength: 6 }))
        .map(([original, edits]) => ({ original, text: edits.reduce(apply, original) }));
}

/** Offsets into a text, as fractions of its length (0 and 1 included: the first and last position). */
export const relativeOffsets: fc.Arbitrary<number[]> = fc.array(
    fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    { minLength: 1, maxLength: 4 }
);

/** A fraction of a text's length as an offset in it (0 … length). */
export function offsetIn(text: string, relative: number): number {
    return Math.min(text.length, Math.floor(relative * (text.length + 1)));
}

/** How many cases a fuzz test runs: a few hundred in `npm test`, more with FUZZ_RUNS. */
export function fuzzRuns(defaultRuns: number): number {
    const fromEnv = Number(process.env.FUZZ_RUNS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

/** A fixed seed in `npm test` (reproducible CI); `npm run fuzz` sets FUZZ_SEED=random. */
export function fuzzSeed(): number | undefined {
    const fromEnv = process.env.FUZZ_SEED;
    if (fromEnv === 'random') return undefined;
    return fromEnv ? Number(fromEnv) : 20261123;
}

/**
 * A hang detector, not a performance goal: a case taking longer than this is a hang
 * (an infinite loop or a pathological blow-up), and fails with its input.
 */
export const HANG_LIMIT_MS = 10_000;

/**
 * Runs one fuzz case and fails it when it takes longer than the hang limit: an awaited
 * hang is cut off at the limit; a case that blocks the event loop fails when it returns.
 */
export async function withinHangLimit<T>(run: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`a case took longer than ${HANG_LIMIT_MS} ms: a hang`)), HANG_LIMIT_MS);
    });
    try {
        const result = await Promise.race([Promise.resolve().then(run), hang]);
        expect(performance.now() - started, 'a case took too long: a hang').toBeLessThan(HANG_LIMIT_MS);
        return result;
    } finally {
        clearTimeout(timer);
    }
}

/**
 * Checks a property with the fuzz run count and seed, and adds how many cases ran to the
 * tally `npm run fuzz` prints at the end (the file named by FUZZ_TALLY). A failure throws
 * fast-check's report: the shrunk counterexample and the seed to replay it.
 */
export async function checkFuzz<Ts>(property: fc.IAsyncProperty<Ts> | fc.IProperty<Ts>, runs: number = fuzzRuns(300)): Promise<void> {
    const details = await fc.check(property, { numRuns: runs, seed: fuzzSeed() });
    if (process.env.FUZZ_TALLY) {
        appendFileSync(
            process.env.FUZZ_TALLY,
            `${JSON.stringify({ test: expect.getState().currentTestName, cases: details.numRuns, failed: details.failed })}\n`
        );
    }
    if (details.failed) {
        const error = details.errorInstance;
        throw new Error(
            `${fc.defaultReportMessage(details) ?? 'the property failed'}\nThe error: ${error instanceof Error ? error.stack : String(error)}`,
            { cause: error }
        );
    }
}

/** A test that checks a fuzz property (built when the test runs) with checkFuzz. */
export function fuzzTest<Ts>(
    name: string,
    property: () => fc.IAsyncProperty<Ts> | fc.IProperty<Ts>,
    options: { runs?: number; timeout: number }
): void {
    test(name, () => checkFuzz(property(), options.runs), options.timeout);
}
