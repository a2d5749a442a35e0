/**
 * The action end to end, as a pull request meets it: a local bare repository as the remote, the
 * pull request checked out as actions/checkout does (shallow, detached, so the base commit must
 * be fetched), the action's steps run with the runner's variables, and its comment step against
 * the stand-in for GitHub's comment endpoints. Two pushes: one comment, updated in place, with
 * the maps of every changed file — the visual diffs published to an orphan branch of the bare
 * remote (publish-images on), or each journey as a Mermaid diagram (always; the fallback).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffAndRender, git, ROOT, runStep } from './action-steps.js';
import { fakeGitHub } from './github-api/stand-in.js';
import { makeTempDir, writeIn } from './helpers.js';

const { postComment, MARKER } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
    postComment(options: object): Promise<string>;
    MARKER: string;
};

const SHARED = 'stakeholder Support "Support team" { type internal power high interest high }\n';
const shop = (emotion: string, extra = '') =>
    `journey Shop "Web shop" {\n  stage Buy "Buy" {\n    touchpoint Pay "Pays" { channel web emotion ${emotion} owner Support${extra} }\n  }\n}\n`;
// An old problem on an unchanged file: it fails the check but is not annotated on this pull request.
const LEGACY = 'journey Legacy { stage S { touchpoint T { channel web emotion happy } } }\n';

/** The maintainer's repository (main), pushed to a bare remote; returns the base commit. */
function remoteWithMain(): { remote: string; dev: string; base: string } {
    const root = makeTempDir('cjourney-sim-');
    const remote = path.join(root, 'remote.git');
    git(root, 'init', '-q', '--bare', remote);
    const dev = path.join(root, 'dev');
    git(root, 'clone', '-q', remote, dev);
    writeIn(dev, 'journeys/shared/people.cjourney', SHARED);
    writeIn(dev, 'journeys/shop.cjourney', shop('pleased'));
    writeIn(dev, 'journeys/legacy.cjourney', LEGACY);
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', 'journeys');
    git(dev, 'push', '-q', 'origin', 'HEAD:main');
    return { remote, dev, base: git(dev, 'rev-parse', 'HEAD') };
}

/** A push to the pull request's branch, then its checkout as actions/checkout makes it (depth 1, detached). */
function pushAndCheckout(remote: string, dev: string, files: Record<string, string>): string {
    Object.entries(files).forEach(([name, text]) => writeIn(dev, name, text));
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', 'pull request');
    git(dev, 'push', '-q', '--force', 'origin', 'HEAD:refs/heads/feature');
    const workspace = makeTempDir('cjourney-workspace-');
    git(workspace, 'init', '-q');
    git(workspace, 'remote', 'add', 'origin', remote);
    git(workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/heads/feature:refs/remotes/pull/7/merge');
    git(workspace, 'checkout', '-q', '--detach', 'FETCH_HEAD');
    return workspace;
}

const IMAGES_BRANCH = 'cjourney-review-images';

/** The runner's variables of a pull request of acme/journeys. */
function runnerOf(workspace: string, base: string, number = 7) {
    return {
        GITHUB_WORKSPACE: workspace,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/journeys',
        CJOURNEY_PATHS: 'journeys',
        BASE_SHA: base,
        CJOURNEY_PR_NUMBER: String(number),
        CJOURNEY_IMAGES_BRANCH: IMAGES_BRANCH
    };
}

/** The action's steps in the order of action.yml, with the runner's variables. */
async function runAction(workspace: string, base: string, github: object, publish: boolean) {
    // One job summary per run, as each run of the workflow has its own.
    const runner = { ...runnerOf(workspace, base), GITHUB_STEP_SUMMARY: writeIn(makeTempDir(), 'summary.md', '') };
    const check = runStep('check.sh', workspace, runner);
    const { diff, maps, render } = diffAndRender(workspace, runner, 'cjourney-journeys');
    const published = publish ? runStep('publish-images.sh', workspace, maps, ['publish']) : undefined;
    const compose = runStep('compose-comment.cjs', workspace, {
        ...maps,
        CJOURNEY_DIFF_FILE: diff.outputs['diff-file'],
        CJOURNEY_IMAGES_URL: published?.outputs['images-url'] ?? ''
    });
    const context = { repo: { owner: 'acme', repo: 'journeys' }, issue: { number: 7 } };
    const changed = diff.outputs.changed === 'true' || diff.outputs.failed === 'true';
    // The comment step has continue-on-error: a refused comment (a fork's token) is not the job's failure.
    const comment = await postComment({ github, context, diffFile: compose.outputs['comment-file'], changed }).catch(
        (error: { status: number; message: string }) => `failed: ${error.status} ${error.message}`
    );
    return { check, diff, render, published, compose, comment, summary: readFileSync(runner.GITHUB_STEP_SUMMARY, 'utf8') };
}

/** The files of the images branch in the bare remote, as `git ls-tree` lists them. */
function imagesOnBranch(remote: string): string[] {
    return git(remote, 'ls-tree', '-r', '--name-only', IMAGES_BRANCH).split('\n').filter(Boolean);
}

const imagesIn = (body: string) => [...body.matchAll(/!\[[^\]]*\]\(([^)]*)\)/g)].map(match => match[1]);

const CHECKOUT = 'journey Checkout { stage S { touchpoint T { channel web emotion furious } } }\n';

describe('the action on a pull request, end to end (two pushes)', () => {
    test('annotations on the changed files only; one comment, updated in place, with a published visual diff per changed file', async () => {
        const { remote, dev, base } = remoteWithMain();
        const { comments, github } = fakeGitHub([{ id: 1, body: 'Looks good to me', author: 'mallory' }], 'GITHUB_TOKEN');
        // Another pull request's images are on the branch already: they must survive this one's.
        const otherRender = makeTempDir();
        writeIn(otherRender, 'journeys/x.diff.svg', '<svg/>');
        const other = runStep('publish-images.sh', dev, { ...runnerOf(dev, base, 3), CJOURNEY_RENDER_DIR: otherRender }, ['publish']);
        expect(other.outputs.published, other.stdout + other.stderr).toBe('true');

        const first = await runAction(pushAndCheckout(remote, dev, { 'journeys/shop.cjourney': shop('angry') }), base, github, true);
        expect(first.check.outputs['exit-code']).toBe('1');
        expect(first.check.stdout).not.toContain('legacy.cjourney');
        expect(first.diff.outputs.failed).toBe('false');
        expect(first.diff.outputs['changed-files']).toBe('journeys/shop.cjourney');
        expect(first.render.code).toBe(0);
        expect(first.published?.outputs.published, first.published?.stdout).toBe('true');
        expect(imagesOnBranch(remote)).toEqual(['pr-3/journeys/x.diff.svg', 'pr-7/journeys/shop.diff.svg']);
        expect(first.comment).toBe('created');
        expect(comments[1].body).toContain('emotion 🙂 pleased → **😠 angry** (worse)');
        expect(imagesIn(comments[1].body)).toEqual([
            `https://github.com/acme/journeys/blob/${IMAGES_BRANCH}/pr-7/journeys/shop.diff.svg?raw=true`
        ]);

        const second = await runAction(
            pushAndCheckout(remote, dev, {
                'journeys/shop.cjourney': shop('angry', ' pain "Card declined twice"'),
                'journeys/checkout.cjourney': CHECKOUT,
                'journeys/shared/people.cjourney': SHARED.replace('power high', 'power low')
            }),
            base,
            github,
            true
        );
        const annotated = second.check.stdout
            .split('\n')
            .filter(line => line.startsWith('::'))
            .map(line => /file=([^,]*)/.exec(line)?.[1]);
        expect(new Set(annotated)).toEqual(new Set(['journeys/checkout.cjourney', 'journeys/shop.cjourney']));
        expect(second.check.stdout.split('\n')[0]).toMatch(/^::error file=journeys\/checkout\.cjourney,.*'furious' is not an emotion/);
        expect(second.comment).toBe('updated');
        expect(comments.map(comment => comment.id)).toEqual([1, 101]);
        const body = comments[1].body;
        expect(body).toContain('➕ pain “Card declined twice”');
        expect(body).toContain('**Built from files with errors**: `journeys/checkout.cjourney` (new version: 1 error)');
        expect(body.startsWith(`${MARKER}\n${readFileSync(second.diff.outputs['diff-file'], 'utf8').trimEnd()}\n\n`)).toBe(true);

        // One image per changed file, each one a file of the branch; the shared file's is its stakeholder map.
        const changed = ['journeys/checkout.cjourney', 'journeys/shared/people.cjourney', 'journeys/shop.cjourney'];
        const svgs = changed.map(file => `pr-7/${file.replace(/\.cjourney$/, '.diff.svg')}`);
        expect(imagesOnBranch(remote)).toEqual(['pr-3/journeys/x.diff.svg', ...svgs]);
        expect(imagesIn(body)).toEqual(svgs.map(svg => `https://github.com/acme/journeys/blob/${IMAGES_BRANCH}/${svg}?raw=true`));
        expect(body).toContain('Shared definitions, no journey: drawn as their **stakeholder map**.');
        expect(git(remote, 'show', `${IMAGES_BRANCH}:pr-7/journeys/shared/people.diff.svg`)).toContain('cj-stakeholder');
        // The Mermaid diagrams are there too, one per journey.
        expect(body.match(/^```mermaid$/gm)).toHaveLength(2);

        // The pull request closes: its folder goes, the other one's stays.
        const closed = runStep('publish-images.sh', dev, runnerOf(dev, base), ['remove']);
        expect(closed.outputs.published, closed.stdout + closed.stderr).toBe('true');
        expect(imagesOnBranch(remote)).toEqual(['pr-3/journeys/x.diff.svg']);
    });

    test('publishing off: no image, each changed journey as a Mermaid journey diagram in a <details>', async () => {
        const { remote, dev, base } = remoteWithMain();
        const { comments, github } = fakeGitHub([], 'GITHUB_TOKEN');
        await runAction(pushAndCheckout(remote, dev, { 'journeys/shop.cjourney': shop('angry') }), base, github, false);
        const second = await runAction(
            pushAndCheckout(remote, dev, {
                'journeys/checkout.cjourney': CHECKOUT,
                'journeys/shared/people.cjourney': SHARED.replace('power high', 'power low')
            }),
            base,
            github,
            false
        );
        expect(second.comment).toBe('updated');
        expect(comments).toHaveLength(1);
        const body = comments[0].body;
        expect(imagesIn(body)).toEqual([]);
        expect(git(remote, 'branch', '--list', IMAGES_BRANCH)).toBe('');
        // The shared definitions have no journey for Mermaid: their stakeholder map is in the artifact.
        expect(body).toContain(
            '#### 🖼️ Maps of `journeys/shared/people.cjourney`\n\nShared definitions, no journey: drawn as their **stakeholder map**.\n\n' +
                '_The rendered maps are in the artifact `cjourney-journeys` of this run._'
        );
        for (const [file, id, title] of [
            ['shop', 'Shop', 'Web shop'],
            ['checkout', 'Checkout', 'Checkout']
        ]) {
            expect(body).toContain(`#### 🖼️ Maps of \`journeys/${file}.cjourney\``);
            const details = new RegExp(
                `<details><summary>Journey <code>${id}</code> as a Mermaid diagram</summary>\n\n\`\`\`mermaid\n[^]*?\njourney\n    title ${title}\n[^]*?\n\`\`\`\n\n</details>`
            );
            expect(body).toMatch(details);
        }
    });

    test("a fork's pull request (read-only token): no comment, nothing published, the job summary has the diff and the Mermaid diagrams", async () => {
        const { remote, dev, base } = remoteWithMain();
        const { comments, github } = fakeGitHub([], 'fork');
        // action.yml skips publishing when the head is another repository's.
        const run = await runAction(pushAndCheckout(remote, dev, { 'journeys/shop.cjourney': shop('angry') }), base, github, false);
        expect(run.comment).toBe('failed: 403 Resource not accessible by integration');
        expect(comments).toEqual([]);
        expect(run.summary).toContain('emotion 🙂 pleased → **😠 angry** (worse)');
        expect(run.summary).toMatch(
            /#### 🖼️ Maps of `journeys\/shop\.cjourney`\n\n<details><summary>Journey <code>Shop<\/code> as a Mermaid diagram<\/summary>\n\n```mermaid\n/
        );
    });
});
