#!/usr/bin/env node
// Starts a bundled cjourney product (copied next to its bundle by packaging/pack.mjs and
// packaging/build-action.mjs through launcherSource in packaging/bundle.mjs; BUNDLE and
// CODE_CACHE_KEY are replaced there). It is a file of its own so that (1) an old Node gets one
// clear line instead of a TypeError from deep inside the parser, and (2) the bundle's compiled
// code is kept between runs: a CI job starts cjourney once per step, so start-up is most of a
// small command's time.
'use strict';
const MINIMUM = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
    process.stderr.write(`cjourney: needs Node.js ${MINIMUM.join('.')} or later; this is ${process.version}\n`);
    process.exit(2);
}
const path = require('node:path');
const bundle = path.join(__dirname, "./cli.cjs");
// The CLI's content hash (packaging/bundle.mjs); empty for the language server, which starts once.
const CODE_CACHE_KEY = "c93e13e39ced109f";

function start(exports, done = () => {}) {
    if (typeof exports.run === 'function') {
        exports.run(process.argv.slice(2)).then(code => {
            done();
            process.exitCode = code;
        });
    }
}

/**
 * Runs the CLI bundle (one CommonJS file) from a `vm.Script` with a V8 code cache made after
 * the command ran, so it holds every function the command called. Node's compile cache
 * (`module.enableCompileCache`) holds only what V8 compiles before the code runs, and V8
 * compiles most functions when they are first called: without this they would be compiled
 * again on every start (≈ 40–100 ms of a small check or render).
 */
function runWithCodeCache() {
    const fs = require('node:fs');
    const vm = require('node:vm');
    const Module = require('node:module');
    const file = codeCacheFile(fs);
    const own = file === undefined ? undefined : readIfThere(fs, file);
    // A command's first run takes another command's cache: most of what runs (the parser) is shared.
    const cachedData = own ?? (file === undefined ? undefined : otherCommandsCache(fs, file));
    const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
    const cli = { exports: {} };
    script.runInThisContext()(cli.exports, Module.createRequire(bundle), cli, bundle, path.dirname(bundle));
    start(cli.exports, () => {
        if (file !== undefined && (own === undefined || script.cachedDataRejected)) saveCodeCache(fs, script, file);
    });
}

/**
 * The cache of this command (one per command: each holds what its command ran) and this Node,
 * where Node keeps its compile cache (NODE_COMPILE_CACHE, else the system's temporary folder),
 * in a folder only this user can write — code is read from it. None when Node's cache is
 * turned off (NODE_DISABLE_COMPILE_CACHE) or the folder cannot be made safely.
 */
function codeCacheFile(fs) {
    if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    const uid = process.getuid?.();
    const base = process.env.NODE_COMPILE_CACHE || require('node:os').tmpdir();
    const folder = path.join(base, uid === undefined ? 'cjourney-code-cache' : `cjourney-code-cache-${uid}`);
    try {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        const stat = fs.lstatSync(folder);
        const safe = stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
        if (!safe) return undefined;
    } catch {
        return undefined;
    }
    const command = /^[a-z][a-z-]{0,23}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
    return path.join(folder, `${cacheNamePrefix()}${command}.bin`);
}

/** A cache is of one bundle (its hash) and one Node: V8 refuses another V8's, and checks only the source's length. */
function cacheNamePrefix() {
    return `${CODE_CACHE_KEY}-${process.version}-${process.arch}-`;
}

function readIfThere(fs, file) {
    try {
        return fs.readFileSync(file);
    } catch {
        return undefined;
    }
}

/** The cache another command of this bundle and Node wrote, if any. */
function otherCommandsCache(fs, file) {
    const prefix = cacheNamePrefix();
    const other = fs.readdirSync(path.dirname(file)).find(name => name.startsWith(prefix) && name.endsWith('.bin'));
    return other === undefined ? undefined : readIfThere(fs, path.join(path.dirname(file), other));
}

/** Written whole under another name, then renamed: parallel CI steps never read half a file. */
function saveCodeCache(fs, script, file) {
    const partial = `${file}.${process.pid}.partial`;
    try {
        fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(partial, file);
    } catch {
        // A cache that cannot be written only makes the next start slower.
        fs.rmSync(partial, { force: true });
        return;
    }
    pruneOtherBuilds(fs, path.dirname(file));
}

/** How many other builds (bundle and Node) keep their caches: a few, for versions used side by side. */
const OTHER_BUILDS_KEPT = 2;

/**
 * Removes the caches of older builds, which nothing reads again once cjourney or Node is
 * upgraded (about 10 MB a build), keeping those of the OTHER_BUILDS_KEPT builds written last;
 * and parts left by a run that was stopped while writing. Runs only after a cache is written
 * (a build's or a command's first run).
 */
function pruneOtherBuilds(fs, folder) {
    try {
        const prefix = cacheNamePrefix();
        const builds = new Map();
        for (const name of fs.readdirSync(folder)) {
            const build = /^([0-9a-f]{16}-v[0-9.]+-[a-z0-9]+-)[a-z-]+\.bin(\.\d+\.partial)?$/.exec(name);
            if (build === null) continue;
            const written = fs.statSync(path.join(folder, name)).mtimeMs;
            if (build[2] !== undefined) {
                // A part left by a run stopped while writing: a running one writes for well under an hour.
                if (Date.now() - written > 3_600_000) fs.rmSync(path.join(folder, name), { force: true });
            } else if (build[1] !== prefix) {
                const entry = builds.get(build[1]) ?? { names: [], written: 0 };
                entry.names.push(name);
                entry.written = Math.max(entry.written, written);
                builds.set(build[1], entry);
            }
        }
        const older = [...builds.values()].sort((x, y) => y.written - x.written).slice(OTHER_BUILDS_KEPT);
        for (const { names } of older) names.forEach(name => fs.rmSync(path.join(folder, name), { force: true }));
    } catch {
        // Another run may be pruning too: what is left goes next time.
    }
}

if (CODE_CACHE_KEY) {
    runWithCodeCache();
} else {
    // The cache lives where Node puts it by default (a folder in the system's temporary folder,
    // or NODE_COMPILE_CACHE), never beside the install, so a read-only install works; where that
    // folder cannot be written, Node leaves the cache off and runs as before.
    require('node:module').enableCompileCache?.();
    start(require(bundle));
}
