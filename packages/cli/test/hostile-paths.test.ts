/**
 * File names and files a hostile pull request can commit, run through the real `cjourney`:
 * a name with a line break cannot forge a workflow command on standard output or error (F3);
 * links and special files are never read, and huge files are refused unread (F5).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, makeTempDir, runCli, writeIn, type RunResult } from './helpers.js';

/** The real CLI, stopped after a minute: a command that blocks (a FIFO) fails instead of hanging. */
function runBounded(args: readonly string[], cwd: string): RunResult {
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '' }
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const INVALID = 'journey J { stage S { touchpoint T { emotion happy } } }\n';
const VALID = 'journey K { stage S { touchpoint T { channel web } } }\n';

/** No line of either stream is a workflow command the runner would obey. */
function expectNoForgedCommand(result: RunResult): void {
    for (const stream of [result.stdout, result.stderr]) {
        expect(stream).not.toMatch(/^::add-mask::/m);
        expect(stream).not.toMatch(/^::error::forged/m);
        expect(stream).not.toMatch(/\u001b\]/);
    }
}

describe('a file name with a line break cannot forge a workflow command (F3)', () => {
    const forged = 'j\n::add-mask::secret\n::error::forged\u001b]8;;x.cjourney';

    test('check (text and github), diff and render print the name escaped', () => {
        const dir = makeTempDir('cjourney-f3-');
        writeIn(dir, `journeys/${forged}`, INVALID);
        writeIn(dir, 'journeys/ok.cjourney', VALID);
        writeIn(dir, 'old/ok.cjourney', VALID);
        writeIn(dir, `old/${forged}`, VALID);

        const text = runCli(['check', 'journeys'], dir);
        expect(text.code).toBe(1);
        expect(text.stdout).toContain('journeys/j\\n::add-mask::secret\\n::error::forged\\u001b]8;;x.cjourney:1:');
        expectNoForgedCommand(text);

        const github = runCli(['check', '--format', 'github', 'journeys'], dir);
        expect(github.stdout).toContain('file=journeys/j%0A%3A%3Aadd-mask%3A%3Asecret%0A%3A%3Aerror%3A%3Aforged%1B]8;;x.cjourney');
        expectNoForgedCommand(github);

        const diff = runCli(['diff', 'old', 'journeys'], dir);
        expect(diff.stderr).toContain('has 1 error');
        expectNoForgedCommand(diff);
        const markdown = runCli(['diff', 'old', 'journeys', '--format', 'markdown'], dir);
        expect(markdown.stdout).toContain('journeys/j<br>::add-mask::secret<br>::error::forged\\u001b\\]8;;x.cjourney');
        expectNoForgedCommand(markdown);

        const render = runCli(['render', `journeys/${forged}`, '-o', 'out.svg'], dir);
        expect(render.stderr).toContain('the drawing may be incomplete');
        expectNoForgedCommand(render);
    });

    test('error messages that quote a path or an argument stay on one line', () => {
        const dir = makeTempDir('cjourney-f3-');
        writeIn(dir, forged, Buffer.from([0xff, 0xfe, 0x41]));
        const unreadable = runCli(['check', forged], dir);
        expect(unreadable.code).toBe(2);
        expect(unreadable.stderr).toContain("cjourney: 'j\\n::add-mask::secret\\n::error::forged\\u001b]8;;x.cjourney' is not UTF-8 text");
        expectNoForgedCommand(unreadable);

        const missing = runCli(['check', 'nothing\n::add-mask::secret'], dir);
        expect(missing.code).toBe(2);
        expectNoForgedCommand(missing);

        const option = runCli(['check', '--format', 'x\n::add-mask::secret', '.'], dir);
        expect(option.code).toBe(2);
        expectNoForgedCommand(option);
    });
});

describe('links, special files and huge files are not read (F5)', () => {
    function checkoutWithLinks(): string {
        const dir = makeTempDir('cjourney-f5-');
        writeIn(dir, 'journeys/ok.cjourney', VALID);
        writeIn(dir, 'old/ok.cjourney', VALID);
        symlinkSync('/etc/passwd', path.join(dir, 'journeys/passwd.cjourney'));
        symlinkSync('/etc', path.join(dir, 'journeys/etc'));
        execFileSync('mkfifo', [path.join(dir, 'journeys/pipe.cjourney')]);
        return dir;
    }

    test('check, diff and render skip a committed link and a FIFO with a warning, and read the rest', () => {
        const dir = checkoutWithLinks();
        const check = runBounded(['check', 'journeys'], dir);
        expect(check.code).toBe(0);
        expect(check.stdout).not.toContain('root');
        expect(check.stderr).toContain("cjourney: skipping 'journeys/passwd.cjourney': a symbolic link (cjourney never follows links)");
        expect(check.stderr).toContain("cjourney: skipping 'journeys/pipe.cjourney': not a regular file");
        expect(check.stderr).toContain('Checked 1 file');

        const diff = runBounded(['diff', 'old', 'journeys'], dir);
        expect(diff.code).toBe(0);
        expect(diff.stdout + diff.stderr).not.toContain('root');

        for (const named of ['journeys/passwd.cjourney', 'journeys/pipe.cjourney']) {
            const render = runBounded(['render', named, '-o', 'out.svg'], dir);
            expect(render.code, named).toBe(2);
            expect(render.stderr, named).toContain(`cjourney: skipping '${named}'`);
            expect(existsSync(path.join(dir, 'out.svg'))).toBe(false);
        }
    });

    test('a committed link to a folder outside is neither checked nor read as context', () => {
        const outside = makeTempDir('cjourney-outside-');
        writeIn(outside, 'secret.cjourney', 'stakeholder Support "TOP SECRET" { type internal }\n');
        const dir = makeTempDir('cjourney-f5-');
        writeIn(dir, 'journeys/ok.cjourney', 'journey K { stage S { touchpoint T { channel web owner Support } } }\n');
        symlinkSync(outside, path.join(dir, 'linked'));
        const check = runBounded(['check', 'journeys', 'linked'], dir);
        expect(check.stderr).toContain("skipping 'linked': a symbolic link");
        // Had the linked folder been read as context, Support would resolve to its secret.
        expect(check.stdout).toContain('journeys/ok.cjourney:1:56: error: ');
        expect(check.stdout).toContain('[unresolved-reference]');
        expect(check.code).toBe(1);
    });

    test('a link to /dev/zero is not followed (it once grew without end)', () => {
        const dir = makeTempDir('cjourney-f5-');
        writeIn(dir, 'journeys/ok.cjourney', VALID);
        symlinkSync('/dev/zero', path.join(dir, 'journeys/zero.cjourney'));
        const render = runBounded(['render', 'journeys/zero.cjourney', '-o', 'out.svg'], dir);
        expect(render.code).toBe(2);
        expect(render.stderr).toContain("skipping 'journeys/zero.cjourney': a symbolic link");
    });

    test("a file over the size cap is that file's located error, unread; the others are still checked", () => {
        const dir = makeTempDir('cjourney-f5-');
        writeIn(dir, 'journeys/ok.cjourney', INVALID);
        // Sparse: 17 MiB on paper, nothing on disk; reading it would take the time the cap saves.
        truncateSync(writeIn(dir, 'journeys/big.cjourney', ''), 17 * 1024 * 1024);
        const check = runBounded(['check', 'journeys'], dir);
        expect(check.code).toBe(1);
        expect(check.stdout).toContain(
            'journeys/big.cjourney:1:1: error: the file is 17 MiB; cjourney reads journeys of up to 16 MiB [file-unreadable]'
        );
        expect(check.stdout).toContain("journeys/ok.cjourney:1:46: error: 'happy' is not an emotion");
        expect(check.stderr).toContain('Checked 2 files: 2 errors');
    });
});

describe('a 5 MiB string literal (F7)', () => {
    test('parses, and the workspace around it is checked: no stack overflow, no exit 2', () => {
        const dir = makeTempDir('cjourney-f7-');
        const long = 'a'.repeat(5 * 1024 * 1024);
        writeIn(dir, 'journeys/huge.cjourney', `journey Huge "${long}" { stage S { touchpoint T { channel web } } }\n`);
        writeIn(
            dir,
            'journeys/escapes.cjourney',
            `journey Esc "${'\\"'.repeat(1024 * 1024)}" { stage S { touchpoint T { channel web } } }\n`
        );
        writeIn(dir, 'journeys/other.cjourney', INVALID);
        const started = Date.now();
        const check = runBounded(['check', 'journeys'], dir);
        const seconds = (Date.now() - started) / 1000;
        expect(check.stderr).not.toContain('Maximum call stack');
        expect(check.code).toBe(1);
        expect(check.stdout).not.toMatch(/huge\.cjourney.*error|escapes\.cjourney.*error/);
        expect(check.stdout).toContain("journeys/other.cjourney:1:46: error: 'happy' is not an emotion");
        expect(check.stderr).toContain('Checked 3 files: 1 error');
        expect(seconds).toBeLessThan(60);
    });
});
