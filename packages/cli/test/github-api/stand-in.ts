/**
 * A stand-in for GitHub's comment endpoints as github-script's client exposes them, built
 * from recorded response shapes (recorded.json): comments carry their author, and GET /user
 * refuses the workflow's GITHUB_TOKEN with 403 as GitHub does. Only GitHub is stood in for.
 */
import { readFileSync } from 'node:fs';

const recorded = JSON.parse(readFileSync(new URL('./recorded.json', import.meta.url), 'utf8'));

export interface Comment {
    id: number;
    body: string;
    user: { login: string; type: string };
}

/** The comment endpoints of one pull request; `token` decides what GET /user answers. */
export function fakeGitHub(existing: { id: number; body: string; author: string }[], token: 'GITHUB_TOKEN' | 'personal') {
    const self = token === 'GITHUB_TOKEN' ? 'github-actions[bot]' : 'journey-bot';
    const comment = (id: number, body: string, author: string): Comment => ({
        ...recorded.issueComment,
        id,
        body,
        user: recorded.users[author],
        url: `${recorded.issueComment.url.replace(/\/0$/, '')}/${id}`
    });
    const comments: Comment[] = existing.map(({ id, body, author }) => comment(id, body, author));
    const response = (data: unknown, status = 200) => ({
        status,
        url: 'https://api.github.com/repos/acme/journeys/issues/7/comments',
        headers: {},
        data
    });
    const rest = {
        users: {
            getAuthenticated: async () => {
                if (token === 'GITHUB_TOKEN')
                    throw Object.assign(
                        new Error(recorded.getAuthenticatedWithGithubToken.message),
                        recorded.getAuthenticatedWithGithubToken
                    );
                return recorded.getAuthenticatedWithPersonalToken;
            }
        },
        issues: {
            listComments: async () => response(comments),
            // A token with write access may edit anyone's comment on GitHub, so the stand-in allows it too.
            updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
                const target = comments.find(c => c.id === comment_id)!;
                target.body = body;
                return response(target);
            },
            createComment: async ({ body }: { body: string }) => {
                comments.push(comment(comments.length + 100, body, self));
                return response(comments.at(-1), 201);
            }
        }
    };
    return { comments, github: { rest, paginate: async (method: () => Promise<{ data: unknown[] }>) => (await method()).data } };
}
