/**
 * `cjourney check --format github|sarif`: what CI reads. Annotations follow GitHub's
 * workflow-command syntax and escaping; SARIF 2.1.0 names a rule for every code and
 * locates findings relative to the repository root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_SEVERITY } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { makeTempDir, runCli, writeIn } from './helpers.js';

const BROKEN = `journey Shop {
  stakeholder Sponsor { type internal }
  stage Browse {
    touchpoint Home { channel web emotion happy owner Sponor }
    touchpoint Home { channel web }
  }
}
`;

const INSIGHTS = `journey Service {
  stage Empty { }
  stage Help {
    touchpoint Call "Calls, then waits: 20 min" { channel phone emotion angry }
  }
  kpi Churn { better lower current 3.1% target 2% }
}
`;

describe('--format github', () => {
    test('one workflow command per diagnostic: error, warning and notice, located, with the code as title', () => {
        const dir = makeTempDir();
        writeIn(dir, 'shop.cjourney', BROKEN);
        writeIn(dir, 'service.cjourney', INSIGHTS);
        const result = runCli(['check', '--format', 'github', 'shop.cjourney', 'service.cjourney'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout.trim().split('\n')).toEqual([
            "::error file=shop.cjourney,line=4,endLine=4,col=43,endColumn=47,title=cjourney invalid-value::'happy' is not an emotion. Did you mean 'pleased'? Use delighted, pleased, neutral, frustrated or angry.",
            "::error file=shop.cjourney,line=4,endLine=4,col=55,endColumn=60,title=cjourney unresolved-reference::Unknown stakeholder 'Sponor'. Did you mean 'Sponsor'?",
            "::error file=shop.cjourney,line=5,endLine=5,col=16,endColumn=19,title=cjourney duplicate-name::Another touchpoint is already named 'Home' (line 4). Names must be unique among the touchpoints of this journey (across all its stages).",
            expect.stringMatching(/^::warning file=service\.cjourney,line=2,endLine=2,col=9,endColumn=13,title=cjourney empty-stage::/),
            expect.stringMatching(/^::warning file=service\.cjourney,line=4,.*title=cjourney pain-without-opportunity::/),
            expect.stringMatching(/^::notice file=service\.cjourney,line=6,.*title=cjourney kpi-below-target::.*3\.1%25.*2%25/)
        ]);
        expect(result.stderr).toContain('Checked 2 files: 3 errors, 2 warnings, 1 info, 0 hints.');
    });

    test('GitHub escaping: % and line breaks everywhere, : and , in properties', () => {
        const dir = makeTempDir();
        writeIn(dir, 'a,b:c%.cjourney', 'journey J { stage S { } }\n');
        const result = runCli(['check', '--format', 'github', 'a,b:c%.cjourney'], dir);
        expect(result.stdout).toMatch(
            /^::warning file=a%2Cb%3Ac%25\.cjourney,line=1,endLine=1,col=19,endColumn=19,title=cjourney empty-stage::/
        );
    });

    test('a multi-line diagnostic has no columns (GitHub accepts columns on one line only)', () => {
        const dir = makeTempDir();
        writeIn(dir, 'kpi.cjourney', 'journey J {\n  stage S { touchpoint T { channel web } }\n  kpi K {\n    current 3\n  }\n}\n');
        const result = runCli(['check', '--format', 'github', 'kpi.cjourney'], dir);
        expect(result.stdout).toContain(
            '::notice file=kpi.cjourney,line=3,endLine=3,col=7,endColumn=7,title=cjourney kpi-without-target::'
        );
    });

    test('paths are relative to the repository root, wherever check runs', () => {
        const dir = makeTempDir();
        execFileSync('git', ['init', '-q'], { cwd: dir });
        writeIn(dir, 'docs/journeys/j.cjourney', 'journey J { stage S { } }\n');
        mkdirSync(path.join(dir, 'docs/journeys/sub'));
        const result = runCli(['check', '--format', 'github', '../j.cjourney'], path.join(dir, 'docs/journeys/sub'));
        expect(result.stdout).toMatch(/^::warning file=docs\/journeys\/j\.cjourney,line=1,/);
    });
});

describe('--format sarif', () => {
    test('SARIF 2.1.0: a rule for every code, levels, regions and repository-relative locations', () => {
        const dir = makeTempDir();
        execFileSync('git', ['init', '-q'], { cwd: dir });
        writeIn(dir, 'maps/shop.cjourney', BROKEN);
        writeIn(dir, 'maps/service.cjourney', INSIGHTS);
        const result = runCli(['check', '--format', 'sarif', 'shop.cjourney', 'service.cjourney'], path.join(dir, 'maps'));
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        const log = JSON.parse(result.stdout);
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
        const [run] = log.runs;
        expect(run.tool.driver.name).toBe('cjourney');
        expect(run.columnKind).toBe('utf16CodeUnits');
        const rules = run.tool.driver.rules as {
            id: string;
            name: string;
            shortDescription: { text: string };
            defaultConfiguration: { level: string };
        }[];
        expect(rules.map(rule => rule.id)).toEqual(Object.keys(DIAGNOSTIC_SEVERITY));
        const levels = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
        for (const rule of rules) {
            expect(rule.shortDescription.text.length).toBeGreaterThan(10);
            expect(rule.defaultConfiguration.level).toBe(levels[DIAGNOSTIC_SEVERITY[rule.id as keyof typeof DIAGNOSTIC_SEVERITY]]);
        }
        expect(run.results[1]).toEqual({
            ruleId: 'unresolved-reference',
            ruleIndex: rules.findIndex(rule => rule.id === 'unresolved-reference'),
            level: 'error',
            message: { text: "Unknown stakeholder 'Sponor'. Did you mean 'Sponsor'?" },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: 'maps/shop.cjourney', uriBaseId: '%SRCROOT%' },
                        region: { startLine: 4, startColumn: 55, endLine: 4, endColumn: 61 }
                    }
                }
            ]
        });
        expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'error', 'warning', 'warning', 'note']);
        for (const item of run.results) {
            expect(rules[item.ruleIndex].id).toBe(item.ruleId);
        }
    });

    test('file names are URI-encoded', () => {
        const dir = makeTempDir();
        writeIn(dir, 'my maps/ü#1.cjourney', 'journey J { stage S { } }\n');
        const log = JSON.parse(runCli(['check', '--format', 'sarif', 'my maps'], dir).stdout);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20maps/%C3%BC%231.cjourney');
    });
});
