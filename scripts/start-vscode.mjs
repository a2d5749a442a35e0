#!/usr/bin/env node
/**
 * `npm start`: the main job on a fresh machine. Packages the extension, installs it into a
 * real VS Code running in the browser (code-server, installed on demand into .e2e/ the first
 * time), opens examples/ and prints the address. Settings and window state are kept in
 * .e2e/vscode/ between runs. Ctrl+C stops it.
 *
 * Options: --port N (default 8080, or the next free port)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, ROOT, startCodeServer, workbenchUrl } from './code-server.mjs';

const portOption = process.argv.indexOf('--port');
const port = portOption > 0 ? Number(process.argv[portOption + 1]) : Number(process.env.CJOURNEY_PORT ?? 8080);
const examples = path.join(ROOT, 'examples');
const dataDir = path.join(ROOT, '.e2e/vscode');

ensureCodeServer(message => console.log(message));

console.log('Packaging the extension…');
const packaged = spawnSync('npm', ['run', 'package', '--silent'], {
    cwd: path.join(ROOT, 'packages/extension'),
    stdio: ['ignore', 'ignore', 'inherit']
});
if (packaged.status !== 0) {
    console.error('Packaging the extension failed (see above).');
    process.exit(1);
}
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));
installExtension(dataDir, path.join(ROOT, `packages/extension/cjourney-${version}.vsix`));

const server = await startCodeServer({ dataDir, folder: examples, port, logFile: path.join(dataDir, 'code-server.log') });
console.log(`
VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')} (code-server ${CODE_SERVER_VERSION}) is running with the CJourney extension and examples/ open:

    ${workbenchUrl(server, examples)}

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
