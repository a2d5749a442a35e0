/**
 * Reviewing journeys in pull requests, through the real command line: semantic diff (files,
 * folders and git), CI annotations, SARIF, Markdown and Mermaid export, Mermaid import.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/cjourney.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const SAAS = readFileSync(path.join(EXAMPLES, 'saas-onboarding.cjourney'), 'utf8');

function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cjourney-review-'));
});

function write(name: string, text: string): string {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
}

/** The contract example after a typical change: a touchpoint moved, an emotion lowered, a pain added, a KPI target raised. */
function changedSaas(): string {
    const demoStart = SAAS.indexOf('    touchpoint Demo');
    const demoEnd = SAAS.indexOf('    }\n', demoStart) + 6;
    const demo = SAAS.slice(demoStart, demoEnd);
    const withoutDemo = SAAS.slice(0, demoStart) + SAAS.slice(demoEnd);
    const pricing = withoutDemo.indexOf('    touchpoint Pricing');
    return (withoutDemo.slice(0, pricing) + demo + withoutDemo.slice(pricing))
        .replace('{ channel phone emotion pleased owner Support }', '{ channel phone emotion frustrated owner Support pain "The calendar link is broken" evidence "Support tickets, May" opportunity "Send the link from the booking tool" }')
        .replace('    target 45', '    target 50');
}

describe('cjourney diff', () => {
    test('two files: a Markdown comment a reviewer understands (golden)', async () => {
        write('old/saas.cjourney', SAAS);
        write('new/saas.cjourney', changedSaas());
        const result = run(['diff', 'old/saas.cjourney', 'new/saas.cjourney', '--format', 'markdown'], dir);
        expect(result.code).toBe(0);
        await expect(result.stdout).toMatchFileSnapshot('./golden/diff-saas.md');
    });

    test('text for the terminal, JSON for tools, and --exit-code', () => {
        write('old/saas.cjourney', SAAS);
        write('new/saas.cjourney', changedSaas());
        const text = run(['diff', 'old', 'new'], dir);
        expect(text.stdout).toContain('→ Decision › Joins a product webinar: moved from Awareness');
        expect(text.stdout).toContain('~ Onboarding › Kick-off call: emotion pleased → frustrated (worse)');
        expect(text.stdout).not.toContain('\u001b[');
        const json = JSON.parse(run(['diff', 'old', 'new', '--format', 'json'], dir).stdout);
        expect(json[0].journeys[0].changes.map((change: { element: string; kind: string }) => `${change.element}:${change.kind}`)).toEqual(['touchpoint:moved', 'touchpoint:changed', 'kpi:changed']);
        expect(run(['diff', 'old', 'new', '--exit-code'], dir).code).toBe(1);
        expect(run(['diff', 'old', 'old', '--exit-code'], dir).code).toBe(0);
        expect(run(['diff', 'old', 'old'], dir).stdout).toBe('No changes to the journeys.\n');
    });

    test('--git compares the working tree with a revision, shared definitions included', () => {
        const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
        git('init', '-q');
        git('config', 'user.email', 'test@example.com');
        git('config', 'user.name', 'Test');
        write('journeys/saas.cjourney', SAAS);
        write('journeys/shared.cjourney', 'stakeholder Legal "Legal" { power low interest low }\n');
        write('journeys/gone.cjourney', 'journey Gone "Gone" { stage S { touchpoint T { channel web } } }\n');
        git('add', '.');
        git('commit', '-qm', 'first');
        write('journeys/saas.cjourney', changedSaas());
        write('journeys/shared.cjourney', 'stakeholder Legal "Legal" { power high interest low }\n');
        write('journeys/new.cjourney', 'journey Fresh "Fresh" { stage S { touchpoint T { channel web } } }\n');
        execFileSync('rm', [path.join(dir, 'journeys/gone.cjourney')]);
        const result = run(['diff', '--git', 'HEAD', 'journeys/'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('journeys/gone.cjourney (removed)');
        expect(result.stdout).toContain('journeys/new.cjourney (added)');
        expect(result.stdout).toContain('shared stakeholder Legal: power low → high; quadrant monitor → keep satisfied');
        expect(result.stdout).toContain('KPI Net Promoter Score: target 45 → 50');
        expect(run(['diff', '--git', 'no-such-ref', 'journeys/'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('git rev-parse failed') });
    });

    test('user text cannot break the Markdown table or inject HTML', () => {
        write('a.cjourney', 'journey J { stage S { touchpoint T "Old" { channel web } } }\n');
        write('b.cjourney', 'journey J { stage S { touchpoint T "New | <img src=x onerror=alert(1)> **bold**" { channel web } } }\n');
        const markdown = run(['diff', 'a.cjourney', 'b.cjourney', '--format', 'markdown'], dir).stdout;
        expect(markdown).toContain('New \\| &lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\*');
        expect(markdown).not.toContain('<img');
    });

    test('usage errors exit 2', () => {
        write('a.cjourney', 'journey J { }');
        expect(run(['diff', 'a.cjourney'], dir).code).toBe(2);
        expect(run(['diff', 'a.cjourney', 'missing.cjourney'], dir).code).toBe(2);
    });
});

describe('cjourney check for CI', () => {
    const broken = 'journey J {\n  stage S { touchpoint T { channel web, emotion happy } }\n}\n';

    test('--format github prints workflow annotations with GitHub\'s escaping', () => {
        write('shop: a, b.cjourney', 'journey J {\n  stage S {\n    touchpoint T "50% off" { channel web emotion happy }\n  }\n}\n');
        const result = run(['check', '--format', 'github', 'shop: a, b.cjourney'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout.trim()).toBe("::error file=shop%3A a%2C b.cjourney,line=3,col=50,endLine=3,endColumn=55,title=cjourney invalid-value::'happy' is not an emotion. Did you mean 'pleased'? Use delighted, pleased, neutral, frustrated or angry.");
        write('warn.cjourney', 'journey W { stage Empty { } }\n');
        expect(run(['check', '--format', 'github', 'warn.cjourney'], dir).stdout).toMatch(/^::warning file=warn.cjourney,line=1,col=19,/);
    });

    test('--format sarif prints SARIF 2.1.0 with a rule per code', () => {
        write('broken.cjourney', broken);
        const sarif = JSON.parse(run(['check', '--format', 'sarif', 'broken.cjourney'], dir).stdout);
        expect(sarif.version).toBe('2.1.0');
        const [runResult] = sarif.runs;
        expect(runResult.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('pain-without-opportunity');
        expect(runResult.results.map((result: { ruleId: string; level: string }) => `${result.ruleId}:${result.level}`)).toEqual(expect.arrayContaining(['syntax:error']));
        expect(runResult.results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'broken.cjourney', uriBaseId: 'SRCROOT' }, region: { startLine: 2 } });
    });
});

describe('cjourney export --format markdown', () => {
    test('a lane table per stage, the stakeholder grid and KPIs with gaps', () => {
        write('saas.cjourney', SAAS);
        const markdown = run(['export', 'saas.cjourney', '--format', 'markdown'], dir).stdout;
        expect(markdown).toContain('## 2. Decision');
        expect(markdown).toContain('| Compares plans | Website |  | frustrated (2) | Seat pricing is unclear | Add a seat calculator |');
        expect(markdown).toContain('| Keep satisfied | Executive sponsor | internal | high | medium | neutral | Blocks renewal if adoption is low |');
        expect(markdown).toContain('| Monthly churn (lower is better) |  | 3.1% | 2% | 1.1% short | 1.5% (Industry leader): 1.6% behind |');
    });
});

describe('Mermaid', () => {
    /** Hand-written Mermaid covering its whole journey syntax (also rendered by real Mermaid in mermaid-render.test.ts). */
    const FULL_SYNTAX = readFileSync(fileURLToPath(new URL('./fixtures/full-syntax.mmd', import.meta.url)), 'utf8');

    test('import reads all of Mermaid\'s journey syntax into a journey that checks with no error', () => {
        write('day.mmd', FULL_SYNTAX);
        const imported = run(['import', 'day.mmd', '-o', 'day.cjourney'], dir);
        expect(imported.code).toBe(0);
        const text = readFileSync(path.join(dir, 'day.cjourney'), 'utf8');
        expect(text).toContain('journey MyWorkingDay "My working day" {');
        expect(text).toContain('description "A day\\nat work"');
        expect(text).toContain('stage Tasks "Tasks" {\n    touchpoint WakeUp "Wake up" {\n      emotion angry');
        expect(text).toContain('touchpoint DoWorkTheHardPart "Do work: the hard part" {\n      persona Me\n      emotion angry\n      involves Cat, Boss');
        expect(text).toContain('touchpoint MeetTheTeam "Meet \\"the team\\"" {\n      persona Me\n      emotion neutral');
        expect(text).toContain('touchpoint SitDownAndRest "Sit down\\nand rest"');
        expect(text).toContain('touchpoint Cafe "Café – 日本語 😀"');
        expect(text).toContain('touchpoint Stage "stage"');
        expect(text).toContain('touchpoint MakeTea2 "Make tea"');
        expect(text).toContain('persona Zoe "Zoë"');
        const check = run(['check', 'day.cjourney'], dir);
        expect(check.stdout).not.toMatch(/: error: /);
        expect(check.code).toBe(0);
    });

    test('invalid Mermaid: located errors and exit 1', () => {
        write('bad.mmd', 'journey\n  title T\n  section S\n    Just text\n    Task: lots\n');
        const result = run(['import', 'bad.mmd'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain("bad.mmd:4: error: expected a task 'Name: score: actors', a section or a title, but found 'Just text'");
        expect(result.stderr).toContain("bad.mmd:5: error: the score of 'Task' must be a number from 0 to 5, not 'lots'");
        write('flow.mmd', 'flowchart LR\n  A --> B\n');
        expect(run(['import', 'flow.mmd'], dir).stderr).toContain("flow.mmd:1: error: a Mermaid journey starts with 'journey'");
    });

    test('round trip through the command line: import → export → import gives the same journey', () => {
        write('day.mmd', FULL_SYNTAX);
        run(['import', 'day.mmd', '-o', 'first.cjourney'], dir);
        run(['export', 'first.cjourney', '--format', 'mermaid', '-o', 'again.mmd'], dir);
        run(['import', 'again.mmd', '-o', 'second.cjourney'], dir);
        const modelOf = (file: string) => JSON.parse(run(['export', file], dir).stdout).journeys[0];
        const withoutLocations = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, inner) => (key === 'loc' ? undefined : inner)));
        expect(withoutLocations(modelOf('second.cjourney'))).toEqual(withoutLocations(modelOf('first.cjourney')));

    });

    test('export writes sections, scores and actors, escaping what would break Mermaid', () => {
        write('saas.cjourney', SAAS.replace('"Compares plans"', '"Compares plans: #1; seats, tiers"'));
        const mermaid = run(['export', 'saas.cjourney', '--format', 'mermaid'], dir).stdout;
        expect(mermaid.split('\n').slice(0, 6)).toEqual([
            'journey', '    title B2B SaaS#58; trial to advocacy', '    accDescr: How a mid-market team discovers#44; buys and adopts our project tool.',
            '    section Awareness', '      Sees a LinkedIn ad: 3: Priya#44; project manager', '      Joins a product webinar: 4: Priya#44; project manager'
        ]);
        expect(mermaid).toContain('      Compares plans#58; #35;1#59; seats#44; tiers: 2: Executive sponsor, Channel partner');
    });
});
