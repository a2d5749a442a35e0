/**
 * The action end to end, as a pull request meets it: a local bare repository as the remote, the
 * pull request checked out as actions/checkout does (shallow, detached, so the base commit must
 * be fetched), the action's steps run with the runner's variables, and its comment step against
 * the stand-in for GitHub's comment endpoints. Two pushes: one comment, updated in place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, ROOT, runStep } from './action-steps.js';
import { fakeGitHub } from './github-api/stand-in.js';
import { makeTempDir, writeIn } from './helpers.js';

const { postComment } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
    postComment(options: object): Promise<string>;
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

/** The action's steps in the order of action.yml, with the runner's variables. */
async function runAction(workspace: string, base: string, github: object) {
    const runner = { GITHUB_WORKSPACE: workspace, CJOURNEY_PATHS: 'journeys', BASE_SHA: base };
    const check = runStep('check.sh', workspace, runner);
    const diff = runStep('diff.sh', workspace, runner);
    const render = runStep('render.sh', workspace, {
        ...runner,
        CJOURNEY_CHANGED_FILES: diff.outputs['changed-files'],
        CJOURNEY_RENDER_DIR: path.join(makeTempDir(), 'journeys')
    });
    const context = { repo: { owner: 'acme', repo: 'journeys' }, issue: { number: 7 } };
    const changed = diff.outputs.changed === 'true' || diff.outputs.failed === 'true';
    const comment = await postComment({ github, context, diffFile: diff.outputs['diff-file'], changed });
    return { check, diff, render, comment };
}

describe('the action on a pull request, end to end (two pushes)', () => {
    test('annotations on the changed file only, one comment created then updated in place', async () => {
        const { remote, dev, base } = remoteWithMain();
        const { comments, github } = fakeGitHub([{ id: 1, body: 'Looks good to me', author: 'mallory' }], 'GITHUB_TOKEN');

        const first = await runAction(pushAndCheckout(remote, dev, { 'journeys/shop.cjourney': shop('angry') }), base, github);
        expect(first.check.outputs['exit-code']).toBe('1');
        expect(first.check.stdout).not.toContain('legacy.cjourney');
        expect(first.diff.outputs.failed).toBe('false');
        expect(first.diff.outputs['changed-files']).toBe('journeys/shop.cjourney');
        expect(first.render.code).toBe(0);
        expect(first.comment).toBe('created');
        expect(comments[1].body).toContain('emotion 🙂 pleased → **😠 angry** (worse)');

        const second = await runAction(
            pushAndCheckout(remote, dev, {
                'journeys/shop.cjourney': shop('angry', ' pain "Card declined twice"'),
                'journeys/checkout.cjourney': 'journey Checkout { stage S { touchpoint T { channel web emotion furious } } }\n'
            }),
            base,
            github
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
        expect(readFileSync(second.diff.outputs['diff-file'], 'utf8')).toBe(body.slice(body.indexOf('\n') + 1));
    });
});
