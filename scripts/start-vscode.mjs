#!/usr/bin/env node
/**
 * `npm start`: the main job on a fresh machine. Packages the extension, installs it into a
 * real VS Code running in the browser (code-server, installed on demand into .e2e/ the first
 * time), opens a scratch copy of examples/ (.e2e/examples, see scratch-examples.mjs) and
 * prints the address. Settings and window state are kept in .e2e/vscode/ between runs.
 * Ctrl+C stops it. (package.json runs scripts/system-deps.mjs first for the system packages.)
 *
 * Options: --port N (default 8080, or the next free port); --fresh (copy examples/ again)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, ROOT, startCodeServer, workbenchUrl } from './code-server.mjs';
import { prepareScratchExamples } from './scratch-examples.mjs';

const dataDir = path.join(ROOT, '.e2e/vscode');
const scratch = path.join(ROOT, '.e2e/examples');

function options() {
    const { values } = parseArgs({ options: { port: { type: 'string' }, fresh: { type: 'boolean', default: false } } });
    const port = Number(values.port ?? process.env.CJOURNEY_PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number, not "${values.port}".`);
    return { port, fresh: values.fresh };
}

function packageExtension() {
    console.log('Packaging the extension…');
    const packaged = spawnSync('npm', ['run', 'package', '--silent'], {
        cwd: path.join(ROOT, 'packages/extension'),
        stdio: ['ignore', 'ignore', 'inherit']
    });
    if (packaged.status !== 0) throw new Error('Packaging the extension failed (see above).');
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));
    return path.join(ROOT, `packages/extension/cjourney-${version}.vsix`);
}

const SCRATCH_NOTES = {
    created: 'a scratch copy of examples/ (edit freely: examples/ stays as the tests expect it)',
    kept: 'your scratch copy of examples/ with your edits (`npm start -- --fresh` copies examples/ again)',
    refreshed: 'a fresh scratch copy of examples/'
};

async function main() {
    const { port, fresh } = options();
    ensureCodeServer(message => console.log(message));
    installExtension(dataDir, packageExtension());
    const copied = prepareScratchExamples({ source: path.join(ROOT, 'examples'), target: scratch, fresh });
    const server = await startCodeServer({ dataDir, folder: scratch, port, logFile: path.join(dataDir, 'code-server.log') });
    console.log(`
VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')} (code-server ${CODE_SERVER_VERSION}) is running with the CJourney extension and ${SCRATCH_NOTES[copied]} open in .e2e/examples:

    ${workbenchUrl(server, scratch)}

Open a .cjourney file and press Ctrl+K V for the live map beside it.
Only this machine can connect (127.0.0.1, no password). code-server's log: .e2e/vscode/code-server.log
Ctrl+C stops the server.
`);
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, async () => {
            await server.stop();
            process.exit(0);
        });
    }
}

// What went wrong is said in one line: a stack trace from a project script helps no user.
main().catch(error => {
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
