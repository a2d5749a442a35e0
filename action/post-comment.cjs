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
// Room kept for the note on what was left out.
const NOTE_ROOM = 4000;

/** The diff's sections: the summary, then one per `#### ` heading (a journey, the shared definitions). */
function sections(markdown) {
    return markdown.split(/\n(?=#### )/);
}

/** The places a section may be cut: between paragraphs and tables, never inside a <details>. */
function blocks(section) {
    const result = [];
    let depth = 0;
    for (const block of section.split('\n\n')) {
        if (depth > 0) result[result.length - 1] += `\n\n${block}`;
        else result.push(block);
        depth += (block.match(/<details/g) || []).length - (block.match(/<\/details>/g) || []).length;
    }
    return result;
}

/** As many whole blocks of `section` as fit in `room` characters. */
function fittingBlocks(section, room) {
    const kept = [];
    for (const block of blocks(section)) {
        if ([...kept, block].join('\n\n').length > room) break;
        kept.push(block);
    }
    return kept.join('\n\n');
}

/** Says what the comment leaves out, by the headings of the sections (escaped already). */
function leftOutNote(partly, left) {
    const lines = ['---', '✂️ **This diff is longer than a comment can hold; the full diff is in the job summary.**'];
    if (partly) lines.push('', `Shown only in part: ${partly}`);
    if (left.length > 0) {
        lines.push('', `Left out (${left.length}):`, '');
        let used = 0;
        for (const [index, heading] of left.entries()) {
            if (used + heading.length > NOTE_ROOM - 600) {
                lines.push(`- … and ${left.length - index} more`);
                break;
            }
            lines.push(`- ${heading}`);
            used += heading.length + 3;
        }
    }
    return lines.join('\n') + '\n';
}

/** The comment: the whole diff, or whole sections (cut only between blocks) and what was left out. */
function commentBody(markdown) {
    if (MARKER.length + 1 + markdown.length <= MAX_LENGTH) return `${MARKER}\n${markdown}`;
    const budget = MAX_LENGTH - MARKER.length - 1 - NOTE_ROOM;
    const [summary, ...rest] = sections(markdown);
    let text = summary.length <= budget ? summary : summary.slice(0, summary.lastIndexOf('\n', budget) + 1);
    let partly;
    const left = [];
    for (const section of rest) {
        const heading = section.split('\n')[0].replace(/^#### /, '');
        if (left.length === 0 && partly === undefined && text.length + 1 + section.length <= budget) {
            text += `\n${section}`;
            continue;
        }
        const part = left.length === 0 && partly === undefined ? fittingBlocks(section, budget - text.length - 2) : '';
        // A heading alone says nothing: a section is shown in part only with some of its changes.
        if (part.includes('\n\n')) {
            text += `\n${part}\n`;
            partly = heading;
        } else {
            left.push(heading);
        }
    }
    return `${MARKER}\n${text.trimEnd()}\n\n${leftOutNote(partly, left)}`;
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
    return (
        typeof comment.body === 'string' &&
        comment.body.startsWith(MARKER) &&
        comment.user !== null &&
        typeof comment.user === 'object' &&
        comment.user.login === login
    );
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
