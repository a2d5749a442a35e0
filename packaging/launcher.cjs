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
require('node:module').enableCompileCache?.();
const bundle = require('./BUNDLE');
if (typeof bundle.run === 'function') {
    bundle.run(process.argv.slice(2)).then(code => {
        process.exitCode = code;
    });
}
