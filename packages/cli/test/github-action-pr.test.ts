/**
 * The action's pull-request steps on names and situations a real pull request brings: real
 * bash, real git (a repository whose base commit is the pull request's base), the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, ROOT, runStep } from './action-steps.js';
import { fakeGitHub } from './github-api/stand-in.js';
import { makeTempDir, writeIn } from './helpers.js';

const { postComment } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
    postComment(options: object): Promise<string>;
};
const context = { repo: { owner: 'acme', repo: 'journeys' }, issue: { number: 7 } };

/** The comment step as action.yml runs it: a failed diff counts as a change to post. */
function commentStep(github: object, outputs: Record<string, string>): Promise<string> {
    return postComment({
        github,
        context,
        diffFile: outputs['diff-file'],
        changed: outputs.changed === 'true' || outputs.failed === 'true'
    });
}

const SHOP = (emotion: string) => `journey Shop "Web shop" { stage Buy { touchpoint Pay "Pays" { channel web emotion ${emotion} } } }\n`;

/** A repository with one commit, the pull request's base. */
function baseCommit(files: Record<string, string>): { dir: string; base: string } {
    const dir = makeTempDir('cjourney-pr-');
    git(dir, 'init', '-q');
    Object.entries(files).forEach(([name, text]) => writeIn(dir, name, text));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

describe('changed files with any name (git diff -z, core.quotePath=false, --)', () => {
    test('café.cjourney and -x.cjourney are diffed, listed and rendered; a name with a line break is left out with a warning', () => {
        const { dir, base } = baseCommit({ 'journeys/café.cjourney': SHOP('pleased'), 'journeys/-x.cjourney': SHOP('pleased') });
        writeIn(dir, 'journeys/café.cjourney', SHOP('angry'));
        writeIn(dir, 'journeys/-x.cjourney', SHOP('frustrated'));
        writeIn(dir, 'journeys/new\nline.cjourney', SHOP('neutral'));
        git(dir, 'add', '.');
        const diff = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        expect(diff.code).toBe(0);
        expect(diff.outputs.changed).toBe('true');
        expect(diff.outputs['changed-files'].split('\n')).toEqual(['journeys/-x.cjourney', 'journeys/café.cjourney']);
        expect(diff.stderr).toContain('::warning::skipping a changed file whose name holds a line break: journeys/new%0Aline.cjourney');
        const markdown = readFileSync(diff.outputs['diff-file'], 'utf8');
        expect(markdown).toContain('`journeys/café.cjourney`');
        expect(markdown).toContain('`journeys/-x.cjourney`');

        const render = runStep('render.sh', dir, {
            CJOURNEY_CHANGED_FILES: diff.outputs['changed-files'],
            CJOURNEY_RENDER_DIR: path.join(dir, 'svg'),
            BASE_SHA: base
        });
        expect(render.code).toBe(0);
        for (const name of ['café', '-x']) {
            expect(existsSync(path.join(dir, `svg/journeys/${name}.svg`)), name).toBe(true);
            expect(existsSync(path.join(dir, `svg/journeys/${name}.diff.svg`)), name).toBe(true);
        }
    });
});

describe('a diff that cannot be computed replaces the comment', () => {
    test('the old diff is replaced by "could not be computed, because …" and the step reports failed=true', async () => {
        const { dir, base } = baseCommit({ 'journeys/shop.cjourney': SHOP('pleased') });
        writeIn(dir, 'journeys/shop.cjourney', SHOP('angry'));
        const { comments, github } = fakeGitHub([], 'GITHUB_TOKEN');
        const first = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        expect(first.outputs.failed).toBe('false');
        expect(await commentStep(github, first.outputs)).toBe('created');
        expect(comments[0].body).toContain('emotion 🙂 pleased → **😠 angry** (worse)');

        // The next push points `paths` at a folder that does not exist: the CLI exits 2.
        const second = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'jorneys', BASE_SHA: base });
        expect(second.code).toBe(0);
        expect(second.outputs.failed).toBe('true');
        expect(second.stdout).toContain(
            "::error::cjourney could not compute the diff, because no .cjourney files in 'jorneys', neither now nor in"
        );
        expect(await commentStep(github, second.outputs)).toBe('updated');
        expect(comments).toHaveLength(1);
        expect(comments[0].body).toContain(
            "**The journey diff could not be computed**, because:\n\n```text\nno .cjourney files in 'jorneys'"
        );
        expect(comments[0].body).not.toContain('angry');
    });
});

describe('a diff built from files with errors says so', () => {
    test('a typo (emotion delightd) is named in the comment with the version that has it', () => {
        const { dir, base } = baseCommit({ 'journeys/shop.cjourney': SHOP('pleased') });
        writeIn(dir, 'journeys/shop.cjourney', SHOP('delightd'));
        const diff = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        expect(diff.code).toBe(0);
        const markdown = readFileSync(diff.outputs['diff-file'], 'utf8');
        expect(markdown).toContain('> ⚠️ **Built from files with errors**: `journeys/shop.cjourney` (new version: 1 error).');
        expect(markdown).toContain('a misspelt value reads as removed');
    });
});

describe('annotations only for the changed files of a pull request', () => {
    test('errors first, only changed files; the exit code and the job summary cover every file', () => {
        const unchanged = Object.fromEntries(
            Array.from({ length: 12 }, (_, n) => [
                `journeys/old${n}.cjourney`,
                `journey Old${n} { stage S { touchpoint T { channel web emotion happy } } }\n`
            ])
        );
        const { dir, base } = baseCommit({ ...unchanged, 'journeys/shared.cjourney': 'stakeholder Support "Support" { type internal }\n' });
        // Hints and a warning before the error in reading order; the owner resolves through the shared file.
        writeIn(
            dir,
            'journeys/new <b>.cjourney',
            'journey New {\n  stage Empty { }\n  stage S { touchpoint T { owner Support emotion delightd } }\n}\n'
        );
        git(dir, 'add', 'journeys');
        const summary = writeIn(dir, 'summary.md', '');
        const result = runStep('check.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base, GITHUB_STEP_SUMMARY: summary });
        expect(result.code).toBe(0);
        expect(result.outputs['exit-code']).toBe('1');
        const annotations = result.stdout.split('\n').filter(line => line.startsWith('::'));
        expect(annotations.length).toBeGreaterThan(1);
        expect(annotations.every(line => line.includes('file=journeys/new <b>.cjourney,'))).toBe(true);
        expect(annotations[0]).toMatch(/^::error .*'delightd' is not an emotion/);
        expect(annotations.some(line => line.includes('unresolved-reference'))).toBe(false);
        const kinds = annotations.map(line => line.slice(2, line.indexOf(' ')));
        expect(kinds).toEqual(
            [...kinds].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b))
        );
        const text = readFileSync(summary, 'utf8');
        expect(text).toContain('journeys/old11.cjourney:1:');
        expect(text).toContain('journeys/new &lt;b&gt;.cjourney:3:');
        expect(text).not.toContain('<b>');
    });
});
