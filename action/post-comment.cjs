// Step 4 of the cjourney action: one pull-request comment holding the journey diff, updated
// on every push rather than a new comment each time. Run by actions/github-script, which
// passes its authenticated `github` client and `context`. The comment is found by its marker
// AND its author: anyone can write the marker into a comment of their own, and the action
// must neither overwrite theirs (it cannot anyway) nor be blocked by it.
'use strict';
const fs = require('node:fs');

const MARKER = '<!-- cjourney-diff -->';
// GitHub refuses comments over 65,536 characters.
const MAX_LENGTH = 65000;

function commentBody(markdown) {
    const note = '\n\n_The diff is longer than a comment can hold; the full diff is in the job summary._\n';
    const text = markdown.length > MAX_LENGTH ? markdown.slice(0, MAX_LENGTH - note.length) + note : markdown;
    return `${MARKER}\n${text}`;
}

// The author of comments made with the workflow's GITHUB_TOKEN; GET /user refuses that token.
const ACTIONS_BOT = 'github-actions[bot]';

/** The login the token comments as: the user of a personal token, else the Actions bot. */
async function commenterLogin(github) {
    try {
        const { data } = await github.rest.users.getAuthenticated();
        if (data && typeof data.login === 'string' && data.login !== '') return data.login;
    } catch {
        // 403 "Resource not accessible by integration" for GITHUB_TOKEN: it is the Actions bot.
    }
    return ACTIONS_BOT;
}

function isOwnComment(comment, login) {
    return typeof comment.body === 'string' && comment.body.startsWith(MARKER)
        && comment.user !== null && typeof comment.user === 'object' && comment.user.login === login;
}

/** Creates or updates the comment; with no journey change, only an existing comment is updated. */
async function postComment({ github, context, diffFile, changed }) {
    const body = commentBody(fs.readFileSync(diffFile, 'utf8'));
    const { owner, repo } = context.repo;
    const issue_number = context.issue.number;
    const login = await commenterLogin(github);
    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
    const existing = comments.find(comment => isOwnComment(comment, login));
    if (existing) {
        await github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return 'updated';
    }
    if (changed) {
        await github.rest.issues.createComment({ owner, repo, issue_number, body });
        return 'created';
    }
    return 'skipped';
}

module.exports = { postComment, commentBody, commenterLogin, MARKER, ACTIONS_BOT };
