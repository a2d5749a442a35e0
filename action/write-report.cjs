// Writes standard input to a report file (the SARIF of `sarif-file`) without trusting the
// checkout: a pull request can commit a symbolic link where the report goes, and a shell `>`
// would follow it — onto the action's own scripts, which a later step runs. So the report is
// written only inside the workspace or $RUNNER_TEMP (after resolving every link in the folder),
// never through a link and never into anything but a regular file.
// Usage: node write-report.cjs PATH < report   (exit 1 with a ::error:: line when refused)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** A path or message made safe for one workflow-command line (no forged `::` commands). */
function commandText(text) {
    return String(text)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/[\u0000-\u001f\u007f]/g, c => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

function realOrNull(dir) {
    try {
        return fs.realpathSync(dir);
    } catch {
        return null;
    }
}

function isInside(child, parent) {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The folders a report may go to: the workspace (or the working folder) and the runner's temp. */
function allowedRoots(env) {
    return [env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP].filter(Boolean).map(realOrNull).filter(Boolean);
}

/** The nearest folder of `dir` that exists, resolved through its links. */
function nearestRealFolder(dir) {
    let current = dir;
    while (realOrNull(current) === null && path.dirname(current) !== current) {
        current = path.dirname(current);
    }
    return realOrNull(current);
}

/** Resolves where the report goes, or throws with the reason it may not be written there. */
function reportTarget(target, env) {
    const absolute = path.resolve(target);
    const roots = allowedRoots(env);
    const existing = nearestRealFolder(path.dirname(absolute));
    if (!existing || !roots.some(root => isInside(existing, root))) {
        throw new Error('is outside the workspace and $RUNNER_TEMP (or its folder is a link to outside)');
    }
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    const folder = fs.realpathSync(path.dirname(absolute));
    if (!roots.some(root => isInside(folder, root))) {
        throw new Error('is outside the workspace and $RUNNER_TEMP (or its folder is a link to outside)');
    }
    return path.join(folder, path.basename(absolute));
}

/** Opens without following a link, and without blocking on a FIFO; only a regular file is written. */
function writeRegularFile(file, data) {
    const { O_WRONLY, O_CREAT, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
    let fd;
    try {
        fd = fs.openSync(file, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o644);
    } catch (error) {
        throw new Error(error.code === 'ELOOP' ? 'is a symbolic link' : `cannot be opened (${error.code})`);
    }
    try {
        if (!fs.fstatSync(fd).isFile()) throw new Error('is not a regular file');
        fs.ftruncateSync(fd, 0);
        fs.writeSync(fd, data);
    } finally {
        fs.closeSync(fd);
    }
}

function main(argv, env) {
    const target = argv[0];
    if (!target) {
        process.stdout.write('::error::write-report: no report path given\n');
        return 1;
    }
    try {
        writeRegularFile(reportTarget(target, env), fs.readFileSync(0));
        return 0;
    } catch (error) {
        process.stdout.write(`::error::cjourney did not write the report ${commandText(target)}: it ${commandText(error.message)}\n`);
        return 1;
    }
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2), process.env);
}

module.exports = { commandText, reportTarget, writeRegularFile };
