#!/usr/bin/env node
// Starts a bundled cjourney product (copied next to its bundle by packaging/pack.mjs and
// packaging/build-action.mjs; BUNDLE is replaced there). It is a file of its own so that
// (1) an old Node gets one clear line instead of a TypeError from deep inside the parser, and
// (2) Node's compile cache is on before the large bundle is compiled: a CI job starts
// cjourney once per step, so start-up is most of a small command's time.
'use strict';
const MINIMUM = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
    process.stderr.write(`cjourney: needs Node.js ${MINIMUM.join('.')} or later; this is ${process.version}\n`);
    process.exit(2);
}
// The cache lives where Node puts it by default (a folder in the system's temporary folder, or
// NODE_COMPILE_CACHE), never beside the install, so a read-only install works; where that
// folder cannot be written, Node leaves the cache off and runs as before.
require('node:module').enableCompileCache?.();
const bundle = require('node:path').join(__dirname, './BUNDLE');
function start(exports) {
    if (typeof exports.run === 'function') {
        exports.run(process.argv.slice(2)).then(code => {
            process.exitCode = code;
        });
    }
}
// The CLI is ES modules (split into chunks loaded per command); the language server one CommonJS file.
if (bundle.endsWith('.mjs')) {
    import(require('node:url').pathToFileURL(bundle).href).then(start);
} else {
    start(require(bundle));
}
