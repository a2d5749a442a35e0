/**
 * The command line as a user runs it: a real `cjourney` process on real files, asserting
 * exit codes and output (the contract's "Command line" section).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli as run, makeTempDir, writeIn } from './helpers.js';

const CONTRACT_EXAMPLE = fileURLToPath(new URL('../../../examples/saas-onboarding.cjourney', import.meta.url));

let dir: string;
beforeEach(() => {
    dir = makeTempDir('cjourney-cli-');
});

const write = (name: string, text: string | Buffer): string => writeIn(dir, name, text);

const BROKEN = `journey Shop {
  stakeholder Sponsor { type internal }
  stage Browse {
    touchpoint Home { channel web emotion happy owner Sponor }
    touchpoint Home { channel web }
  }
}
`;

describe('cjourney check', () => {
    test('a clean journey: no output lines, a summary on stderr, exit 0', () => {
        copyFileSync(CONTRACT_EXAMPLE, path.join(dir, 'saas.cjourney'));
        const result = run(['check', '.'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout.split('\n').filter(line => /: (error|warning): /.test(line))).toEqual([]);
        expect(result.stderr).toContain('Checked 1 file: 0 errors, 0 warnings');
    });

    test('a broken reference, an unknown emotion and a duplicate touchpoint: located lines with codes, exit 1', () => {
        write('shop.cjourney', BROKEN);
        const result = run(['check', 'shop.cjourney'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout.trim().split('\n')).toEqual([
            "shop.cjourney:4:43: error: 'happy' is not an emotion. Did you mean 'pleased'? Use delighted, pleased, neutral, frustrated or angry. [invalid-value]",
            "shop.cjourney:4:55: error: Unknown stakeholder 'Sponor'. Did you mean 'Sponsor'? [unresolved-reference]",
            "shop.cjourney:5:16: error: Another touchpoint is already named 'Home' (line 4). Names must be unique among the touchpoints of this journey (across all its stages). [duplicate-name]"
        ]);
    });

    test("--format json prints the contract's fields", () => {
        write('shop.cjourney', BROKEN);
        const result = run(['check', '--format', 'json', 'shop.cjourney'], dir);
        expect(result.code).toBe(1);
        const diagnostics = JSON.parse(result.stdout);
        expect(diagnostics[1]).toEqual({
            file: 'shop.cjourney',
            line: 4,
            column: 55,
            endLine: 4,
            endColumn: 61,
            severity: 'error',
            code: 'unresolved-reference',
            message: "Unknown stakeholder 'Sponor'. Did you mean 'Sponsor'?"
        });
        expect(result.stderr).toBe('');
    });

    test('warnings pass, unless --strict', () => {
        write('warn.cjourney', 'journey J { stage Empty { } }\n');
        expect(run(['check', 'warn.cjourney'], dir).code).toBe(0);
        const strict = run(['check', '--strict', 'warn.cjourney'], dir);
        expect(strict.code).toBe(1);
        expect(strict.stdout).toContain('warn.cjourney:1:19: warning:');
        expect(strict.stdout).toContain('[empty-stage]');
    });

    test("all given files are loaded together, and a file's folder is its workspace", () => {
        write('shared/people.cjourney', 'stakeholder Support { type internal }\npersona Ann\n');
        write('journeys/shop.cjourney', 'journey J { stage S { touchpoint T { channel web persona Ann owner Support } } }\n');
        expect(run(['check', 'journeys/shop.cjourney', 'shared/people.cjourney'], dir).code).toBe(0);
        expect(run(['check', '.'], dir).code).toBe(0);
        // Alone, the journey's folder does not hold the shared file…
        expect(run(['check', 'journeys/shop.cjourney'], dir).code).toBe(1);
        // …unless the workspace is named.
        expect(run(['check', '--workspace', '.', 'journeys/shop.cjourney'], dir).code).toBe(0);
    });

    test('unreadable input: a clear one-line message and exit 2, never a stack trace', () => {
        write('binary.cjourney', Buffer.from([0x6a, 0x00, 0x01, 0x02]));
        write('latin1.cjourney', Buffer.from('journey A "caf\xe9" { }', 'latin1'));
        mkdirSync(path.join(dir, 'empty'));
        const cases: [string[], RegExp][] = [
            [['check', 'missing.cjourney'], /cannot read 'missing.cjourney': no such file or directory/],
            [['check', 'empty'], /no \.cjourney files in 'empty'/],
            [['check', 'binary.cjourney'], /'binary.cjourney' is a binary file, not text/],
            [['check', 'latin1.cjourney'], /'latin1.cjourney' is not UTF-8 text/],
            [['check', '--format', 'xml', 'x'], /argument 'xml' is invalid/],
            [['check'], /missing required argument/],
            [['frobnicate'], /unknown command/]
        ];
        for (const [args, message] of cases) {
            const result = run(args, dir);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toMatch(message);
            expect(result.stderr).not.toMatch(/^\s+at /m);
        }
    });
});

describe('cjourney export', () => {
    test('--format json prints the journey model with paths relative to the working directory', () => {
        copyFileSync(CONTRACT_EXAMPLE, path.join(dir, 'saas.cjourney'));
        const result = run(['export', 'saas.cjourney', '--format', 'json'], dir);
        expect(result.code).toBe(0);
        const model = JSON.parse(result.stdout);
        expect(model).toMatchObject({ modelVersion: 2, file: 'saas.cjourney' });
        expect(model.journeys[0].touchpoints).toHaveLength(5);
    });

    test('writes to a file with -o, byte-identical on every run', () => {
        copyFileSync(CONTRACT_EXAMPLE, path.join(dir, 'saas.cjourney'));
        expect(run(['export', 'saas.cjourney', '-o', 'a.json'], dir).code).toBe(0);
        expect(run(['export', 'saas.cjourney', '-o', 'b.json'], dir).code).toBe(0);
        const read = (name: string) => spawnSync('cat', [name], { cwd: dir, encoding: 'utf8' }).stdout;
        expect(read('a.json')).toBe(read('b.json'));
        expect(read('a.json').length).toBeGreaterThan(1000);
    });

    test('a file with errors still exports what it can, and exits 1', () => {
        write('shop.cjourney', BROKEN);
        const result = run(['export', 'shop.cjourney'], dir);
        expect(result.code).toBe(1);
        expect(JSON.parse(result.stdout).journeys[0].id).toBe('Shop');
        expect(result.stderr).toContain('has 3 errors');
    });

    test('export takes a single file', () => {
        write('a.cjourney', 'journey A { }');
        write('b.cjourney', 'journey B { }');
        const result = run(['export', '.'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('export takes one .cjourney file');
    });
});

describe('the examples (living documentation)', () => {
    test('every example checks with no error and no warning', () => {
        const examples = fileURLToPath(new URL('../../../examples', import.meta.url));
        const result = run(['check', '--strict', examples], dir);
        expect(result.stdout.split('\n').filter(line => /: (error|warning): /.test(line))).toEqual([]);
        expect(result.code).toBe(0);
        expect(result.stderr).toMatch(/Checked 10 files: 0 errors, 0 warnings/);
    });
});
