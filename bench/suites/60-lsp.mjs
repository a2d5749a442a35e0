/**
 * The language server as an editor sees it, over stdio: `workspace/symbol` with a
 * touchpoint's name in a workspace of 300 journey files (~6,000 touchpoints; issue 18's goal:
 * under 50 ms). Timed from the request written to the answer read, after the workspace is
 * indexed; the first query, which collects every file's symbols, is reported apart.
 * packages/language/test/workspace-symbols-scale.test.ts checks the answer on the same workspace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ROOT, SERVER_NODE_FLAGS, measure, round } from '../lib.mjs';
import { initializeWorkspace, NEEDLE, writeSymbolWorkspace } from '../lsp-workspace.mjs';

export const name = 'lsp';
const FILES = 300;

export async function run() {
    const root = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-lsp-'));
    writeSymbolWorkspace(root, { files: FILES });
    const server = spawn(
        process.execPath,
        [...SERVER_NODE_FLAGS, path.join(ROOT, 'packages/language/bin/cjourney-language-server.js'), '--stdio'],
        {
            stdio: 'pipe'
        }
    );
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    try {
        await initializeWorkspace(connection, root);
        const query = () => connection.sendRequest('workspace/symbol', { query: NEEDLE });
        const started = performance.now();
        const first = await query();
        const cold = performance.now() - started;
        if (!first.some(symbol => symbol.name === NEEDLE)) {
            throw new Error(`workspace/symbol did not find ${NEEDLE}`);
        }
        return {
            rows: [
                {
                    metric: `workspace/symbol, first query after indexing (${FILES} files)`,
                    size: FILES * 20,
                    unit: 'ms',
                    value: round(cold)
                },
                {
                    metric: `workspace/symbol for a touchpoint's name (${FILES} files)`,
                    size: FILES * 20,
                    unit: 'ms',
                    goal: 50,
                    value: round(await measure(query, { runs: 25, warmup: 5 }))
                }
            ],
            notes: [
                `workspace/symbol is timed over stdio from request to answer; the first query includes indexing the workspace (parse + scopes of ${FILES} files) and collecting each file's symbols once.`
            ]
        };
    } finally {
        connection.dispose();
        server.kill();
        rmSync(root, { recursive: true, force: true });
    }
}
