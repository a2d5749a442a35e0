/**
 * `cjourney render NEW --diff OLD` (and `--diff-git REV`) as a reviewer runs it: the new map
 * with what was added and changed marked on the elements themselves (stable ids kept), what
 * was removed listed, a legend — in every view, escaped, and the same bytes on every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, makeTempDir, makeTempDirWithExamples, runCli, writeIn } from './helpers.js';
import { edit, SCENARIO_EDITS, SCENARIO_FILE, scenarioFolder } from './render-diff-support.js';

const NEW = `new/${SCENARIO_FILE}`;
const OLD = `old/${SCENARIO_FILE}`;

function renderDiff(dir: string, args: readonly string[]): string {
    const result = runCli(['render', ...args, '-o', 'out.svg'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return readFileSync(path.join(dir, 'out.svg'), 'utf8');
}

/** The opening tag and `<title>` of the group with this element id. */
function group(svg: string, id: string): { tag: string; title: string } {
    const match = new RegExp(`<g id="${id}"[^>]*>\\n\\s*(?:<title>([^<]*)</title>)?`).exec(svg);
    if (!match) throw new Error(`no group ${id}`);
    return { tag: match[0].split('\n')[0], title: match[1] ?? '' };
}

describe('cjourney render NEW --diff OLD', () => {
    const dir = scenarioFolder();

    test('the added touchpoint carries the added mark and keeps its id', () => {
        const svg = renderDiff(dir, [NEW, '--diff', OLD]);
        expect(group(svg, 'cj-touchpoint-InviteTeam').tag).toContain('data-cj-diff="added"');
        expect(group(svg, 'cj-touchpoint-InviteTeam').title).toContain('Added in this change');
        expect(group(svg, 'cj-touchpoint-Demo').tag).not.toContain('data-cj-diff');
    });

    test('a changed emotion carries the changed mark with what changed', () => {
        const svg = renderDiff(dir, [NEW, '--diff', OLD]);
        for (const id of ['cj-emotion-Kickoff', 'cj-touchpoint-Kickoff']) {
            expect(group(svg, id).tag).toContain('data-cj-diff="changed"');
            expect(group(svg, id).title).toContain('Changed: emotion pleased → frustrated (worse)');
        }
        expect(group(svg, 'cj-pain-Kickoff-0').tag).toContain('data-cj-diff="added"');
        expect(group(svg, 'cj-kpi-Nps').title).toContain('Changed: target 45 → 50 (raised)');
    });

    test('the panel: what it is compared with, the summary, a legend, the changes and the removed pain', () => {
        const svg = renderDiff(dir, [NEW, '--diff', OLD]);
        expect(svg).toContain(`Changes since ${OLD}`);
        expect(svg).toContain('1 touchpoint added · 1 emotion worse · 1 pain added · 1 pain removed · 1 touchpoint edited · 1 KPI changed');
        expect(svg).toContain('id="cj-diff-legend"');
        const removed = svg.slice(svg.indexOf('<g id="cj-diff-removed-1"'));
        expect(removed).toMatch(
            /^<g id="cj-diff-removed-1" data-cj-kind="diff-removed">\n\s*<title>Removed pain: The ad is generic\nwas on Awareness › Sees a LinkedIn ad<\/title>/
        );
        expect(svg).toContain(
            '<title id="cj-title">B2B SaaS: trial to advocacy — journey map (changes since old/saas-onboarding.cjourney)</title>'
        );
    });

    test('every view; the same bytes on every run', () => {
        const flow = renderDiff(dir, [NEW, '--diff', OLD, '--view', 'flow']);
        expect(group(flow, 'cj-touchpoint-InviteTeam').tag).toContain('data-cj-diff="added"');
        expect(group(flow, 'cj-touchpoint-Kickoff').tag).toContain('data-cj-diff="changed"');
        const stakeholders = renderDiff(dir, [NEW, '--diff', OLD, '--view', 'stakeholders']);
        expect(stakeholders).toContain('data-cj-view="stakeholders"');
        expect(stakeholders).toContain('ALSO CHANGED, NOT DRAWN IN THIS VIEW');
        expect(stakeholders).toContain('id="cj-diff-removed-1"');
        expect(renderDiff(dir, [NEW, '--diff', OLD, '--view', 'flow'])).toBe(flow);
    });

    test('a changed stakeholder is marked wherever it is drawn', () => {
        const changed = scenarioFolder([['    power high\n    interest medium', '    power high\n    interest high']]);
        const map = renderDiff(changed, [NEW, '--diff', OLD]);
        const chips = [...map.matchAll(/<g id="cj-stage-stakeholder-[^"]*-Sponsor"[^>]*>/g)].map(match => match[0]);
        expect(chips.length).toBeGreaterThan(0);
        chips.forEach(chip => expect(chip).toContain('data-cj-diff="changed"'));
        const grid = renderDiff(changed, [NEW, '--diff', OLD, '--view', 'stakeholders']);
        expect(group(grid, 'cj-stakeholder-Sponsor').title).toContain('Changed: interest medium → high (up)');
    });

    test('identical versions: a map that says "no changes", with no marks and no legend', () => {
        const same = scenarioFolder([]);
        const svg = renderDiff(same, [NEW, '--diff', OLD]);
        expect(svg).toContain(`No changes since ${OLD}`);
        expect(svg).not.toContain('data-cj-diff');
        expect(svg).not.toContain('cj-diff-legend');
    });

    test('a hostile title in the removed list is escaped', () => {
        const hostile = makeTempDir('cjourney-render-diff-');
        const journey = (extra: string) => `journey J "J" {\n  stage S "S" {\n    touchpoint A "A" { emotion pleased }\n${extra}  }\n}\n`;
        writeIn(
            hostile,
            'old/j.cjourney',
            journey(
                '    touchpoint B "</title><script>alert(1)</script> & \\"co\\"" { emotion angry pain "<img src=x onerror=alert(2)>" }\n'
            )
        );
        writeIn(hostile, 'new/j.cjourney', journey(''));
        const svg = renderDiff(hostile, ['new/j.cjourney', '--diff', 'old/j.cjourney']);
        expect(svg).not.toMatch(/<script|<img/);
        expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; "co"');
        expect(svg).toContain('id="cj-diff-removed-1"');
    });

    test('a new journey says so; a bad old version is a clear error', () => {
        const added = makeTempDir('cjourney-render-diff-');
        const journey = (id: string) => `journey ${id} "${id}" {\n  stage S "S" {\n    touchpoint A "A" { emotion pleased }\n  }\n}\n`;
        writeIn(added, 'old/j.cjourney', journey('J'));
        writeIn(added, 'new/j.cjourney', journey('J') + journey('K'));
        expect(renderDiff(added, ['new/j.cjourney', '--journey', 'K', '--diff', 'old/j.cjourney'])).toContain(
            'The journey is new: there is no journey K in old/j.cjourney'
        );
        expect(renderDiff(added, ['new/j.cjourney', '--journey', 'J', '--diff', 'old/j.cjourney'])).toContain(
            'No changes since old/j.cjourney'
        );
        const missing = runCli(['render', 'new/j.cjourney', '--diff', 'old/none.cjourney', '-o', 'out.svg'], added);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("cannot read 'old/none.cjourney'");
        const both = runCli(['render', 'new/j.cjourney', '--diff', 'old/j.cjourney', '--diff-git', 'HEAD', '-o', 'out.svg'], added);
        expect(both).toMatchObject({ code: 2, stderr: 'cjourney: give the old version once: --diff OLD or --diff-git REV\n' });
    });
});

describe('cjourney render --diff-git REV', () => {
    /** A repository with the examples committed, then the scenario's edits made (not committed). */
    function editedExamplesRepository(): string {
        const dir = makeTempDirWithExamples('cjourney-render-git-');
        git(dir, 'init', '-q');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'journeys');
        edit(path.join(dir, 'examples', SCENARIO_FILE), SCENARIO_EDITS);
        return dir;
    }

    test('a file and a folder against the last commit', () => {
        const dir = editedExamplesRepository();
        const svg = renderDiff(dir, [`examples/${SCENARIO_FILE}`, '--diff-git', 'HEAD']);
        expect(svg).toContain('Changes since HEAD');
        expect(group(svg, 'cj-touchpoint-InviteTeam').tag).toContain('data-cj-diff="added"');
        const folder = runCli(['render', 'examples', '--out-dir', 'out', '--diff-git', 'HEAD'], dir);
        expect(folder).toMatchObject({ code: 0, stderr: '' });
        expect(readFileSync(path.join(dir, 'out/saas-onboarding.map.svg'), 'utf8')).toContain('data-cj-diff="changed"');
        expect(readFileSync(path.join(dir, 'out/retail-repurchase.map.svg'), 'utf8')).toContain('No changes since HEAD');
    });

    test('regression: "may be incomplete" is printed once per file (diff, and render --diff-git)', () => {
        const dir = makeTempDir('cjourney-incomplete-');
        writeIn(dir, 'j.cjourney', 'journey J { stage S { touchpoint T { emotion furious } } }\n');
        git(dir, 'init', '-q');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'broken');
        writeIn(dir, 'j.cjourney', 'journey J { stage S { touchpoint T { emotion furious channel web } } }\n');
        const diff = runCli(['diff', '--git', 'HEAD', 'j.cjourney'], dir);
        expect(diff.stderr).toBe('cjourney: j.cjourney has 1 error (run cjourney check); the diff may be incomplete\n');
        const render = runCli(['render', 'j.cjourney', '--diff-git', 'HEAD', '-o', 'out.svg'], dir);
        expect(render).toMatchObject({
            code: 1,
            stderr: 'cjourney: j.cjourney has 1 error; the drawing may be incomplete (run cjourney check).\n'
        });
        // Errors only in the old version are still said, once, as the old version's.
        writeIn(dir, 'j.cjourney', 'journey J { stage S { touchpoint T { emotion angry } } }\n');
        const fixed = runCli(['render', 'j.cjourney', '--diff-git', 'HEAD', '-o', 'out.svg'], dir);
        expect(fixed).toMatchObject({
            code: 0,
            stderr: 'cjourney: j.cjourney had 1 error in the old version; the diff may be incomplete\n'
        });
    });

    test('run from another folder, the file is compared with its own repository (not reported as added)', () => {
        const dir = editedExamplesRepository();
        const elsewhere = makeTempDir('cjourney-elsewhere-');
        git(elsewhere, 'init', '-q');
        const svg = renderDiff(elsewhere, [path.join(dir, 'examples', SCENARIO_FILE), '--diff-git', 'HEAD']);
        expect(group(svg, 'cj-touchpoint-InviteTeam').tag).toContain('data-cj-diff="added"');
        expect(group(svg, 'cj-touchpoint-Demo').tag).not.toContain('data-cj-diff');
        expect(group(svg, 'cj-emotion-Kickoff').tag).toContain('data-cj-diff="changed"');
    });
});
