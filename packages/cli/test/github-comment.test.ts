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
import { makeTempDir, runCli, writeIn } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const { postComment, commentBody, commenterLogin, MARKER } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
    postComment(options: object): Promise<string>;
    commentBody(markdown: string): string;
    commenterLogin(github: object): Promise<string>;
    MARKER: string;
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

describe('action/post-comment.cjs: a diff too long for one comment is cut between sections', () => {
    /** 40 journeys whose 12 touchpoints each gained a long pain: a real diff of about 150,000 characters. */
    function longDiff(): string {
        const dir = makeTempDir();
        const touchpoint = (t: number, n: number, pain: boolean) =>
            `    touchpoint T${t} "Touchpoint ${t} of journey ${n}" { channel web${
                pain ? ` pain "Pain ${t}: ${'the form loses what was typed when the session ends. '.repeat(4)}"` : ''
            } }`;
        const journey = (n: number, pain: boolean) =>
            `journey J${n} "Journey ${n}" {\n  stage S "Stage" {\n${Array.from({ length: 12 }, (_, t) => touchpoint(t, n, pain)).join(
                '\n'
            )}\n  }\n  kpi K "Score" { stage S current ${n + (pain ? 1 : 0)} target 50 }\n}\n`;
        for (let n = 0; n < 40; n++) {
            writeIn(dir, `old/j${String(n).padStart(2, '0')}.cjourney`, journey(n, false));
            writeIn(dir, `new/j${String(n).padStart(2, '0')}.cjourney`, journey(n, true));
        }
        const result = runCli(['diff', 'old', 'new', '--format', 'markdown'], dir);
        expect(result.code, result.stderr).toBe(0);
        return result.stdout;
    }

    test('whole journeys, one shown in part at a block boundary, and a list of what was left out', () => {
        const markdown = longDiff();
        expect(markdown.length).toBeGreaterThan(100_000);
        const body = commentBody(markdown);
        expect(body.length).toBeLessThanOrEqual(65_536);
        expect(body).toContain('the full diff is in the job summary');
        // Every <details> opened is closed, and every table row is whole.
        expect(body.match(/<details/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0);
        for (const line of body.split('\n').filter(row => row.startsWith('|'))) expect(line.endsWith('|'), line).toBe(true);
        // Each journey is shown whole, shown in part (and said so), or listed as left out.
        const shown = [...body.matchAll(/^#### (.*)$/gm)].map(match => match[1]);
        const partly = /^Shown only in part: (.*)$/m.exec(body)?.[1];
        const left = [...body.matchAll(/^- (✏️ Journey .*)$/gm)].map(match => match[1]);
        const all = [...markdown.matchAll(/^#### (.*)$/gm)].map(match => match[1]);
        expect(all).toHaveLength(40);
        expect(left.length).toBeGreaterThan(0);
        expect([...shown, ...left]).toEqual(all);
        if (partly) expect(shown.at(-1)).toBe(partly);
        expect(body).toContain(`Left out (${left.length}):`);
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
        const { comments, github } = fakeGitHub(
            [
                { id: 1, body: `${MARKER}\nby the Actions bot, not this token`, author: 'github-actions[bot]' },
                { id: 2, body: `${MARKER}\nold`, author: 'journey-bot' }
            ],
            'personal'
        );
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('updated');
        expect(comments.map(c => c.body)).toEqual([`${MARKER}\nby the Actions bot, not this token`, `${MARKER}\nnew\n`]);
    });
});
