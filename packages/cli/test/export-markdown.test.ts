/**
 * `cjourney export --format markdown`: a page for wikis and PR descriptions — a lane table
 * per stage, the stakeholder grid, KPIs with their gaps, the path — with all user text escaped.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, makeTempDir, runCli, writeIn } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden/export/', import.meta.url));

describe('export --format markdown', () => {
    test("the contract's example as a page (golden)", async () => {
        const result = runCli(['export', 'saas-onboarding.cjourney', '--format', 'markdown'], EXAMPLES);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        await expect(result.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'saas-onboarding.md'));
    });

    test('user text cannot break a table, inject HTML or mention people', () => {
        const dir = makeTempDir();
        writeIn(
            dir,
            'j.cjourney',
            `journey J "Title <script>x</script>" {
  stage S "A | B" {
    touchpoint T "Pays | <img src=x onerror=alert(1)> @octocat" {
      channel web
      emotion angry
      pain "Line one\\nline two | **bold**"
      opportunity "[link](javascript:alert(1))"
    }
  }
}
`
        );
        const result = runCli(['export', 'j.cjourney', '--format', 'markdown'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toMatch(/<script|<img/);
        expect(result.stdout).toContain('# Title &lt;script&gt;x&lt;/script&gt;');
        expect(result.stdout).toContain('@&#8203;octocat');
        expect(result.stdout).toContain('Line one<br>line two \\| \\*\\*bold\\*\\*');
        expect(result.stdout).toContain('\\[link\\](javascript:alert(1))');
        const row = result.stdout.split('\n').find(line => line.startsWith('| Pays'))!;
        expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(9);
    });

    test.each([
        [
            'a channel recovered without a name',
            '\uFEFFchannel Web "Web" online\r\nchannel// where the name should be\r\nchannel Desk "Desk" offline\r\n',
            '| unnamed |'
        ],
        [
            'a need, pain and opportunity recovered without their text',
            'stakeholder Cfo { type internal }\njourney J {\n  stage S {\n    needs Cfo Word\n    touchpoint T { channel web pain Sign opportunity Word }\n  }\n}\n',
            '# J'
        ]
    ])('regression (fuzz): %s exports with a warning, no crash', (_, text, shown) => {
        const dir = makeTempDir();
        writeIn(dir, 'j.cjourney', text);
        const result = runCli(['export', 'j.cjourney', '--format', 'markdown'], dir);
        expect(result.stderr).toContain('the export may be incomplete');
        expect(result.stderr).not.toContain('unexpected problem');
        expect(result.stdout).toContain(shown);
        expect(result.code).toBe(1);
    });

    test('every example exports, byte-identical on every run', () => {
        for (const file of ['advocacy-stakeholder-map.cjourney', 'hotel-benchmarking.cjourney', 'shared/stakeholders.cjourney']) {
            const first = runCli(['export', file, '--format', 'markdown'], EXAMPLES);
            expect(first.code, file).toBe(0);
            expect(first.stdout.length, file).toBeGreaterThan(200);
            expect(runCli(['export', file, '--format', 'markdown'], EXAMPLES).stdout).toBe(first.stdout);
        }
    });
});
