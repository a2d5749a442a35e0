/**
 * The action's pull-request steps on names and situations a real pull request brings: real
 * bash, real git (a repository whose base commit is the pull request's base), the real CLI.
 */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffAndRender, git, ROOT, runStep } from './action-steps.js';
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

describe('the maps of files with any name: published and linked encoded (publish-images)', () => {
    test('café, a leading dash, a backtick, a parenthesis and a mention: one image each on the branch, links that stay whole', () => {
        const names = ['journeys/café.cjourney', 'journeys/-x.cjourney', 'journeys/a `b` (c) @octocat.cjourney'];
        const { dir, base } = baseCommit(Object.fromEntries(names.map(name => [name, SHOP('pleased')])));
        const remote = path.join(makeTempDir('cjourney-remote-'), 'journeys.git');
        git(dir, 'init', '-q', '--bare', remote);
        git(dir, 'remote', 'add', 'origin', remote);
        names.forEach(name => writeIn(dir, name, SHOP('angry')));
        const runner = {
            GITHUB_WORKSPACE: dir,
            GITHUB_REPOSITORY: 'acme/journeys',
            CJOURNEY_PR_NUMBER: '12',
            CJOURNEY_PATHS: 'journeys',
            BASE_SHA: base
        };
        const { diff, maps, render } = diffAndRender(dir, runner, 'svg');
        expect(render.outputs.rendered, diff.outputs['changed-files'] + render.stdout + render.stderr).toBe('true');
        const published = runStep('publish-images.sh', dir, maps, ['publish']);
        expect(published.outputs['images-url'], published.stdout + published.stderr).toBe(
            'https://github.com/acme/journeys/blob/cjourney-review-images/pr-12'
        );
        expect(git(remote, 'ls-tree', '-r', '--name-only', '-z', 'cjourney-review-images').split('\0').filter(Boolean).sort()).toEqual(
            names.map(name => `pr-12/${name.replace(/\.cjourney$/, '.diff.svg')}`).sort()
        );
        // The workspace's checkout is untouched: no branch, no index change, no file.
        expect(git(dir, 'branch', '--list', 'cjourney-review-images')).toBe('');

        const compose = runStep('compose-comment.cjs', dir, {
            ...maps,
            CJOURNEY_DIFF_FILE: diff.outputs['diff-file'],
            CJOURNEY_IMAGES_URL: published.outputs['images-url']
        });
        const body = readFileSync(compose.outputs['comment-file'], 'utf8');
        expect([...body.matchAll(/!\[[^\]]*\]\(([^)]*)\)/g)].map(match => match[1]).sort()).toEqual([
            'https://github.com/acme/journeys/blob/cjourney-review-images/pr-12/journeys/-x.diff.svg?raw=true',
            'https://github.com/acme/journeys/blob/cjourney-review-images/pr-12/journeys/a%20%60b%60%20%28c%29%20%40octocat.diff.svg?raw=true',
            'https://github.com/acme/journeys/blob/cjourney-review-images/pr-12/journeys/caf%C3%A9.diff.svg?raw=true'
        ]);
        expect(body).toContain('#### 🖼️ Maps of ``journeys/a `b` (c) @octocat.cjourney``');
    });

    test('a journey whose titles hold </details> and a fence: the Mermaid block stays whole, every <details> closed', () => {
        const hostile = 'journey Shop "``` x" { stage Buy "</details>" { touchpoint Pay "<b>" { channel web emotion EMOTION } } }\n';
        const { dir, base } = baseCommit({ 'journeys/shop.cjourney': hostile.replace('EMOTION', 'pleased') });
        writeIn(dir, 'journeys/shop.cjourney', hostile.replace('EMOTION', 'angry'));
        const diff = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        const compose = runStep('compose-comment.cjs', dir, {
            CJOURNEY_DIFF_FILE: diff.outputs['diff-file'],
            CJOURNEY_CHANGED_FILES: diff.outputs['changed-files']
        });
        const body = readFileSync(compose.outputs['comment-file'], 'utf8');
        expect(body).toContain(
            '````mermaid\n%% Exported by cjourney from journeys/shop.cjourney (journey Shop)\njourney\n    title ``` x\n    accTitle: ``` x\n    section #60;/details#62;\n'
        );
        expect(body.match(/<details/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    });
});

describe('publish-images.sh when it cannot publish', () => {
    test('a remote that cannot be reached is a warning, published=false, the step passes, and the token is never printed', () => {
        const svgs = makeTempDir();
        writeIn(svgs, 'journeys/shop.diff.svg', '<svg/>');
        const dir = makeTempDir('cjourney-pr-');
        git(dir, 'init', '-q');
        git(dir, 'remote', 'add', 'origin', path.join(dir, 'no-such-remote.git'));
        const env = {
            GITHUB_WORKSPACE: dir,
            GITHUB_REPOSITORY: 'acme/journeys',
            CJOURNEY_PR_NUMBER: '7',
            CJOURNEY_RENDER_DIR: svgs,
            CJOURNEY_TOKEN: 'ghs_s3cretToken'
        };
        const result = runStep('publish-images.sh', dir, env, ['publish']);
        expect(result.code).toBe(0);
        expect(result.outputs).toEqual({ published: 'false' });
        expect(result.stdout).toContain(
            "::warning::cjourney did not publish the review images: git could not reach or update 'cjourney-review-images'"
        );
        const printed = result.stdout + result.stderr;
        expect(printed).not.toContain('s3cret');
        expect(printed).not.toContain(Buffer.from('x-access-token:ghs_s3cretToken').toString('base64'));
    });

    test('a push refused once (another pull request pushed first) is retried on the new tip', () => {
        const svgs = makeTempDir();
        writeIn(svgs, 'journeys/shop.diff.svg', '<svg/>');
        const dir = makeTempDir('cjourney-pr-');
        const remote = path.join(dir, 'remote.git');
        git(dir, 'init', '-q', '--bare', remote);
        // The remote refuses the first push, as GitHub refuses one that is not a fast-forward any more.
        writeIn(
            remote,
            'hooks/pre-receive',
            '#!/bin/sh\n[ -e "$GIT_DIR/refused-once" ] && exit 0\ntouch "$GIT_DIR/refused-once"\necho "rejected: fetch first" >&2\nexit 1\n'
        );
        chmodSync(path.join(remote, 'hooks/pre-receive'), 0o755);
        git(dir, 'init', '-q', 'work');
        git(path.join(dir, 'work'), 'remote', 'add', 'origin', remote);
        const env = {
            GITHUB_WORKSPACE: path.join(dir, 'work'),
            GITHUB_REPOSITORY: 'acme/journeys',
            CJOURNEY_PR_NUMBER: '7',
            CJOURNEY_RENDER_DIR: svgs
        };
        const result = runStep('publish-images.sh', dir, env, ['publish']);
        expect(result.outputs.published, result.stdout + result.stderr).toBe('true');
        expect(existsSync(path.join(remote, 'refused-once'))).toBe(true);
        expect(git(remote, 'ls-tree', '-r', '--name-only', 'cjourney-review-images')).toBe('pr-7/journeys/shop.diff.svg');
    });

    test('a pull-request number or branch name that is not one is refused before git runs', () => {
        const dir = makeTempDir('cjourney-pr-');
        const base = { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/journeys', CJOURNEY_RENDER_DIR: dir };
        expect(runStep('publish-images.sh', dir, { ...base, CJOURNEY_PR_NUMBER: '7/../x' }, ['publish']).stdout).toContain(
            'no pull-request number'
        );
        expect(
            runStep('publish-images.sh', dir, { ...base, CJOURNEY_PR_NUMBER: '7', CJOURNEY_IMAGES_BRANCH: 'a..b' }, ['remove']).stdout
        ).toContain("'a..b' is not a branch name");
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
