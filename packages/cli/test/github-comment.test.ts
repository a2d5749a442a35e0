/**
 * action/post-comment.cjs, the Action's comment step, against a stand-in for GitHub's comment
 * endpoints built from recorded response shapes (test/github-api/recorded.json): comments
 * carry their author (`user.login`, `user.type`), and GET /user refuses the workflow's
 * GITHUB_TOKEN with 403 as GitHub does.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fakeGitHub, type Comment } from './github-api/stand-in.js';
import { makeTempDir, writeIn } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const { postComment, commentBody, commenterLogin, MARKER } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
    postComment(options: object): Promise<string>; commentBody(markdown: string): string; commenterLogin(github: object): Promise<string>; MARKER: string;
};

const context = { repo: { owner: 'acme', repo: 'journeys' }, issue: { number: 7 } };
const bodies = (comments: Comment[]) => comments.map(c => ({ id: c.id, author: c.user.login, body: c.body }));

describe('action/post-comment.cjs: one comment per pull request, updated in place', () => {
    test('creates the comment when journeys changed, then updates it; never creates one for no change', async () => {
        const dir = makeTempDir();
        const diffFile = writeIn(dir, 'diff.md', '### 🗺️ Journey changes\n\n**1 journey changed**\n');
        const { comments, github } = fakeGitHub([{ id: 1, body: 'LGTM', author: 'mallory' }], 'GITHUB_TOKEN');
        expect(await postComment({ github, context, diffFile, changed: false })).toBe('skipped');
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('created');
        writeIn(dir, 'diff.md', '### 🗺️ Journey changes\n\nNo changes to journeys.\n');
        expect(await postComment({ github, context, diffFile, changed: false })).toBe('updated');
        expect(bodies(comments)).toEqual([
            { id: 1, author: 'mallory', body: 'LGTM' },
            { id: 101, author: 'github-actions[bot]', body: `${MARKER}\n### 🗺️ Journey changes\n\nNo changes to journeys.\n` }
        ]);
    });

    test('a diff too long for a comment is cut with a note pointing to the job summary', () => {
        const body = commentBody('x'.repeat(100_000));
        expect(body.length).toBeLessThanOrEqual(65_536);
        expect(body).toContain('the full diff is in the job summary');
    });
});

describe('action/post-comment.cjs: the comment is found by marker and author (F2)', () => {
    test('a foreign comment carrying the marker is neither updated nor blocks the bot’s own comment', async () => {
        const diffFile = writeIn(makeTempDir(), 'diff.md', '### 🗺️ Journey changes\n\n**1 journey changed**\n');
        const forged = `${MARKER}\n### 🗺️ Journey changes\n\nNo changes to journeys.\n`;
        const { comments, github } = fakeGitHub([{ id: 1, body: forged, author: 'mallory' }], 'GITHUB_TOKEN');
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('created');
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('updated');
        expect(bodies(comments)).toEqual([
            { id: 1, author: 'mallory', body: forged },
            { id: 101, author: 'github-actions[bot]', body: `${MARKER}\n### 🗺️ Journey changes\n\n**1 journey changed**\n` }
        ]);
    });

    test('with no change, only the bot’s own comment is updated, never a foreign one', async () => {
        const diffFile = writeIn(makeTempDir(), 'diff.md', 'No changes to journeys.\n');
        const { comments, github } = fakeGitHub([{ id: 1, body: `${MARKER}\nplanted`, author: 'mallory' }], 'GITHUB_TOKEN');
        expect(await postComment({ github, context, diffFile, changed: false })).toBe('skipped');
        expect(comments[0].body).toBe(`${MARKER}\nplanted`);
    });

    test('the login is the personal token’s user, or github-actions[bot] when GET /user refuses the token', async () => {
        expect(await commenterLogin(fakeGitHub([], 'GITHUB_TOKEN').github)).toBe('github-actions[bot]');
        expect(await commenterLogin(fakeGitHub([], 'personal').github)).toBe('journey-bot');
        const diffFile = writeIn(makeTempDir(), 'diff.md', 'new\n');
        const { comments, github } = fakeGitHub([
            { id: 1, body: `${MARKER}\nby the Actions bot, not this token`, author: 'github-actions[bot]' },
            { id: 2, body: `${MARKER}\nold`, author: 'journey-bot' }
        ], 'personal');
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('updated');
        expect(comments.map(c => c.body)).toEqual([`${MARKER}\nby the Actions bot, not this token`, `${MARKER}\nnew\n`]);
    });
});
