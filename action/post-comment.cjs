// Step 4 of the cjourney action: one pull-request comment holding the journey diff, updated
// on every push (found by its marker) rather than a new comment each time. Run by
// actions/github-script, which passes its authenticated `github` client and `context`.
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

/** Creates or updates the comment; with no journey change, only an existing comment is updated. */
async function postComment({ github, context, diffFile, changed }) {
    const body = commentBody(fs.readFileSync(diffFile, 'utf8'));
    const { owner, repo } = context.repo;
    const issue_number = context.issue.number;
    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
    const existing = comments.find(comment => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
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

module.exports = { postComment, commentBody, MARKER };
