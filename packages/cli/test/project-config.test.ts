/**
 * cjourney.config.json as `cjourney check` follows it, run as users run it: the real binary
 * in a real git repository. The nearest file above each journey sets its rule severities in
 * every output format; `--quiet` keeps errors only; a broken file gets one located line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHOP } from '@cjourney/test-support/config-fixtures';
import { makeTempDir, runCli, writeIn } from './helpers.js';

function repository(files: Record<string, string>): string {
    const dir = makeTempDir('cjourney-config-');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    Object.entries(files).forEach(([name, text]) => writeIn(dir, name, text));
    return dir;
}

const OFF = JSON.stringify({ rules: { 'kpi-below-benchmark': 'off' } });

describe('cjourney check follows cjourney.config.json', { timeout: 60_000 }, () => {
    test('without a config file the KPI below its benchmark is reported (the default this file changes)', () => {
        const result = runCli(['check', 'shop.cjourney'], repository({ 'shop.cjourney': SHOP }));
        expect(result.stdout).toContain('[kpi-below-benchmark]');
    });

    test('"kpi-below-benchmark": "off" silences it in text, json, github and sarif, and nothing else', () => {
        const dir = repository({ 'shop.cjourney': SHOP, 'cjourney.config.json': OFF });
        const text = runCli(['check', 'shop.cjourney'], dir);
        expect(text.stdout).toBe(
            "shop.cjourney:4:53: warning: The customer feels frustrated at 'Waits' but no opportunity is noted: add one to improve this moment. [pain-without-opportunity]\n"
        );
        expect(text.stderr).toBe('Checked 1 file: 0 errors, 1 warning, 0 info, 0 hints.\n');
        const json = JSON.parse(runCli(['check', '--format', 'json', 'shop.cjourney'], dir).stdout) as Array<{ code: string }>;
        expect(json.map(item => item.code)).toEqual(['pain-without-opportunity']);
        const github = runCli(['check', '--format', 'github', 'shop.cjourney'], dir).stdout;
        expect(github).toMatch(/^::warning file=shop\.cjourney,.*title=cjourney pain-without-opportunity::/);
        expect(github).not.toContain('kpi-below-benchmark::');
        const sarif = JSON.parse(runCli(['check', '--format', 'sarif', 'shop.cjourney'], dir).stdout);
        expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['pain-without-opportunity']);
    });

    test('a rule can raise a severity: a warning made an error fails the check in every format', () => {
        const dir = repository({
            'shop.cjourney': SHOP,
            'cjourney.config.json': JSON.stringify({ rules: { 'pain-without-opportunity': 'error' } })
        });
        const text = runCli(['check', 'shop.cjourney'], dir);
        expect(text.code).toBe(1);
        expect(text.stdout).toContain('shop.cjourney:4:53: error: The customer feels frustrated');
        expect(runCli(['check', '--format', 'github', 'shop.cjourney'], dir).stdout).toMatch(
            /^::error file=shop\.cjourney,.*pain-without-opportunity/m
        );
        const sarif = JSON.parse(runCli(['check', '--format', 'sarif', 'shop.cjourney'], dir).stdout);
        expect(sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'pain-without-opportunity').level).toBe(
            'error'
        );
    });

    test('the nearest file above each journey applies; a file above the repository root does not', () => {
        const outer = makeTempDir('cjourney-outside-');
        writeIn(outer, 'cjourney.config.json', JSON.stringify({ rules: { 'pain-without-opportunity': 'off' } }));
        const dir = `${outer}/repo`;
        execFileSync('git', ['init', '-q', dir]);
        writeIn(dir, 'cjourney.config.json', OFF);
        writeIn(dir, 'team/shop.cjourney', SHOP);
        writeIn(dir, 'team/strict/shop.cjourney', SHOP.replace('journey Shop', 'journey StrictShop'));
        writeIn(dir, 'team/strict/cjourney.config.json', JSON.stringify({ rules: { 'kpi-below-benchmark': 'error' } }));
        const json = JSON.parse(runCli(['check', '--format', 'json', 'team'], dir).stdout) as Array<{
            file: string;
            code: string;
            severity: string;
        }>;
        expect(json.map(item => `${item.file} ${item.code} ${item.severity}`)).toEqual([
            'team/shop.cjourney pain-without-opportunity warning',
            'team/strict/shop.cjourney pain-without-opportunity warning',
            'team/strict/shop.cjourney kpi-below-benchmark error'
        ]);
    });

    test('--quiet shows errors only, in the findings and in the summary', () => {
        const broken = SHOP.replace('emotion frustrated', 'emotion happy');
        const dir = repository({ 'shop.cjourney': broken });
        const result = runCli(['check', '--quiet', 'shop.cjourney'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout.trim().split('\n')).toEqual([
            expect.stringMatching(/^shop\.cjourney:4:53: error: .*'happy'.* \[invalid-value\]$/)
        ]);
        expect(result.stderr).toBe('Checked 1 file: 1 error.\n');
        const json = JSON.parse(runCli(['check', '--quiet', '--format', 'json', 'shop.cjourney'], dir).stdout) as Array<{
            severity: string;
        }>;
        expect(json.map(item => item.severity)).toEqual(['error']);
        expect(runCli(['check', '--quiet', 'shop.cjourney'], repository({ 'shop.cjourney': SHOP }))).toEqual({
            code: 0,
            stdout: '',
            stderr: 'Checked 1 file: 0 errors.\n'
        });
    });

    test.each([
        [
            'a file that is not valid JSON stops the check with one located line and exit 2, never a stack trace',
            '{\n  "rules": {\n    "kpi-below-benchmark": "off",\n  }\n}\n',
            'cjourney: cjourney.config.json:4:3: error: not valid JSON: expected a property name in double quotes (a trailing comma?)\n'
        ],
        [
            'a setting outside its list stops the check at that value',
            '{ "rules": { "kpi-below-benchmark": "silent" } }',
            'cjourney: cjourney.config.json:1:37: error: "rules › kpi-below-benchmark" must be one of "error", "warning", "info", "hint", "off"; found "silent"\n'
        ]
    ])('%s', (_, config, stderr) => {
        const dir = repository({ 'shop.cjourney': SHOP, 'cjourney.config.json': config });
        expect(runCli(['check', 'shop.cjourney'], dir)).toEqual({ code: 2, stdout: '', stderr });
    });

    test('unknown keys are warned about, located, and the rest of the file applies', () => {
        const dir = repository({
            'shop.cjourney': SHOP,
            'cjourney.config.json': '{\n  "rules": { "kpi-below-benchmark": "off", "kpi-below-benchmarks": "off" },\n  "them": "dark"\n}\n'
        });
        const result = runCli(['check', 'shop.cjourney'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toContain('[kpi-below-benchmark]');
        expect(result.stderr).toBe(
            [
                'cjourney: cjourney.config.json:2:44: warning: unknown rule "kpi-below-benchmarks" (ignored); did you mean "kpi-below-benchmark"?',
                'cjourney: cjourney.config.json:3:3: warning: unknown key "them" (ignored); did you mean "theme"?',
                'Checked 1 file: 0 errors, 1 warning, 0 info, 0 hints.',
                ''
            ].join('\n')
        );
    });
});

describe('cjourney render takes its defaults from cjourney.config.json', { timeout: 60_000 }, () => {
    test("without --view and --theme it draws the config's default view in its theme; options still win", () => {
        const dir = repository({
            'shop.cjourney': SHOP,
            'cjourney.config.json': JSON.stringify({ theme: 'dark', preview: { defaultView: 'flow' } })
        });
        const svg = (name: string) => readFileSync(path.join(dir, name), 'utf8');
        expect(runCli(['render', 'shop.cjourney', '-o', 'default.svg'], dir).code).toBe(0);
        expect(runCli(['render', 'shop.cjourney', '-o', 'explicit.svg', '--view', 'flow', '--theme', 'dark'], dir).code).toBe(0);
        expect(svg('default.svg')).toContain('data-cj-view="flow"');
        expect(svg('default.svg')).toBe(svg('explicit.svg'));
        expect(runCli(['render', 'shop.cjourney', '-o', 'map.svg', '--view', 'map', '--theme', 'light'], dir).code).toBe(0);
        expect(svg('map.svg')).toContain('data-cj-view="map"');
        expect(runCli(['render', 'shop.cjourney', '-o', 'map-dark.svg', '--view', 'map'], dir).code).toBe(0);
        expect(svg('map-dark.svg')).not.toBe(svg('map.svg'));
    });
});
