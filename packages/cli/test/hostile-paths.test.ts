/**
 * File names and files a hostile pull request can commit, run through the real `cjourney`:
 * a name with a line break cannot forge a workflow command on standard output or error (F3).
 */
import { describe, expect, test } from 'vitest';
import { makeTempDir, runCli, writeIn, type RunResult } from './helpers.js';

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
