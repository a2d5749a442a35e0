// Step of the cjourney action between the diff and the comment: the comment is the diff's
// Markdown followed by one section per changed file with its maps — the visual diff as an
// image when the images were published (publish-images.sh), and each journey as a Mermaid
// `journey` block, which GitHub draws itself, so a reviewer sees the journey even when
// publishing is off or impossible (a fork's read-only token). A file holding only shared
// definitions has no journey to draw that way; its stakeholder map is what render.sh drew.
// Env: CJOURNEY_DIFF_FILE, CJOURNEY_CHANGED_FILES (one per line), CJOURNEY_RENDER_DIR,
// CJOURNEY_IMAGES_URL (the published folder's URL; empty when not published), RUNNER_TEMP.
// Writes `comment-file` to $GITHUB_OUTPUT and adds the maps to the job summary.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const CLI = path.join(__dirname, 'dist', 'cjourney.cjs');
// A huge journey's export must not hold up the comment; its sections are cut to fit anyway.
const MAX_EXPORT = 8 * 1024 * 1024;

/** Runs the bundled CLI on one file of the pull request (always after `--`). */
function cjourney(args, file) {
    const result = spawnSync(process.execPath, [CLI, ...args, '--', file], { encoding: 'utf8', maxBuffer: MAX_EXPORT, timeout: 120_000 });
    // The CLI escapes what it prints (no workflow command can be forged), so its messages go to the log.
    process.stderr.write(result.stderr || '');
    // Exit 1 is "the file has errors": the export is still made, as far as the model goes.
    return result.status === 0 || result.status === 1 ? result.stdout : null;
}

/** The ids of the file's journeys ([] for a file of shared definitions), or null when unreadable. */
function journeyIds(file) {
    const json = cjourney(['export', '--format', 'json'], file);
    if (json === null) return null;
    try {
        return JSON.parse(json).journeys.map(journey => journey.id);
    } catch {
        return null;
    }
}

/** A code span that no backtick in `text` can close (names come from the pull request). */
function codeSpan(text) {
    const longest = Math.max(0, ...(String(text).match(/`+/g) || []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    // Markdown drops one space on each side: it keeps a leading or trailing backtick apart.
    const pad = /^`|`$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block that no line of `text` can close. */
function fenced(info, text) {
    const longest = Math.max(2, ...(text.match(/`+/g) || []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}

function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A repository path as URL segments: every character that could end a Markdown link is encoded. */
function urlPath(file) {
    return file
        .split('/')
        .map(part => encodeURIComponent(part).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}

/** Whether render.sh drew `file` (SUFFIX .svg or .diff.svg); never looked up in the checkout. */
function drawn(renderDir, file, suffix) {
    return (
        renderDir !== '' && path.isAbsolute(renderDir) && fs.existsSync(path.join(renderDir, `${file.replace(/\.cjourney$/, '')}${suffix}`))
    );
}

/** The visual diff, inline: github.com's `blob/…?raw=true` serves it to anyone who can read the repository. */
function imageBlock(file, renderDir, imagesUrl) {
    if (!imagesUrl || !drawn(renderDir, file, '.diff.svg')) return [];
    return [`![Visual diff of the map](${imagesUrl}/${urlPath(`${file.replace(/\.cjourney$/, '')}.diff.svg`)}?raw=true)`];
}

/** One `<details>` per journey of the file, holding its Mermaid `journey` diagram. */
function mermaidBlocks(file, ids) {
    return ids.map(id => {
        const mermaid = cjourney(['export', '--format', 'mermaid', '--journey', id], file);
        // `<` and `>` as Mermaid's entity codes: a title `</details>` inside the block would
        // otherwise throw off post-comment.cjs, which never cuts inside a <details>.
        const text = mermaid === null ? null : mermaid.replace(/</g, '#60;').replace(/>/g, '#62;');
        const body = text === null ? '_The Mermaid export of this journey failed; the job log says why._' : fenced('mermaid', text);
        return `<details><summary>Journey <code>${escapeHtml(id)}</code> as a Mermaid diagram</summary>\n\n${body}\n\n</details>`;
    });
}

/** The maps section of one changed file, or '' when there is nothing to show. */
function fileSection(file, renderDir, imagesUrl) {
    const ids = journeyIds(file);
    const image = imageBlock(file, renderDir, imagesUrl);
    const blocks = [];
    if (ids !== null && ids.length === 0 && (image.length > 0 || drawn(renderDir, file, '.svg'))) {
        blocks.push('Shared definitions, no journey: drawn as their **stakeholder map**.');
    }
    blocks.push(...image);
    // Without an image and without a journey to draw in Mermaid, the reviewer is pointed to the artifact.
    if (image.length === 0 && !(ids !== null && ids.length > 0) && drawn(renderDir, file, '.svg')) {
        blocks.push('_The rendered maps are in the artifact `cjourney-journeys` of this run._');
    }
    if (ids !== null) blocks.push(...mermaidBlocks(file, ids));
    return blocks.length === 0 ? '' : [`#### 🖼️ Maps of ${codeSpan(file)}`, ...blocks].join('\n\n');
}

/** The maps of every changed file, or '' when no file changed. */
function mapsMarkdown({ changedFiles, renderDir, imagesUrl }) {
    const files = changedFiles.split('\n').filter(Boolean);
    return files
        .map(file => fileSection(file, renderDir, imagesUrl))
        .filter(Boolean)
        .join('\n\n');
}

function main(env) {
    const diff = fs.readFileSync(env.CJOURNEY_DIFF_FILE, 'utf8');
    const maps = mapsMarkdown({
        changedFiles: env.CJOURNEY_CHANGED_FILES || '',
        renderDir: env.CJOURNEY_RENDER_DIR || '',
        imagesUrl: env.CJOURNEY_IMAGES_URL || ''
    });
    // A folder of its own under the runner's temp: nothing the pull request placed is written through.
    const file = path.join(fs.mkdtempSync(path.join(env.RUNNER_TEMP, 'cjourney-comment-')), 'comment.md');
    fs.writeFileSync(file, maps ? `${diff.trimEnd()}\n\n${maps}\n` : diff, { flag: 'wx' });
    if (maps && env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, `\n${maps}\n`);
    fs.appendFileSync(env.GITHUB_OUTPUT, `comment-file=${file}\n`);
}

if (require.main === module) {
    main(process.env);
}

module.exports = { mapsMarkdown, codeSpan, urlPath };
