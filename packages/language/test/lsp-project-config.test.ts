/**
 * cjourney.config.json in the language server, as an editor sees it: the real
 * `cjourney-language-server --stdio`, a workspace folder on disk, the config file edited,
 * created and deleted on disk and reported through `workspace/didChangeWatchedFiles`, as
 * VS Code's file watcher (and any LSP client's) reports it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeWatchedFilesNotification,
    DidOpenTextDocumentNotification,
    FileChangeType,
    type Diagnostic
} from 'vscode-languageserver-protocol';
import { SHOP } from '@cjourney/test-support/config-fixtures';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initialize, startStdioServer, type LspClient } from './lsp-client.js';

let client: LspClient;
let workspace: string;
let shopUri: string;
let configUri: string;

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => `${diagnostic.code}:${diagnostic.severity}`).sort();
const benchmark = (diagnostics: Diagnostic[]) => diagnostics.find(diagnostic => diagnostic.code === 'kpi-below-benchmark');

/** Writes (or with undefined deletes) the config file and tells the server, as a client's watcher does. */
async function changeConfig(text: string | undefined, type: FileChangeType): Promise<void> {
    const file = path.join(workspace, 'cjourney.config.json');
    if (text === undefined) rmSync(file);
    else writeFileSync(file, text);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type }] });
}

beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-lsp-config-'));
    writeFileSync(path.join(workspace, 'shop.cjourney'), SHOP);
    writeFileSync(path.join(workspace, 'cjourney.config.json'), JSON.stringify({ rules: { 'kpi-below-benchmark': 'off' } }));
    shopUri = pathToFileURL(path.join(workspace, 'shop.cjourney')).toString();
    configUri = pathToFileURL(path.join(workspace, 'cjourney.config.json')).toString();
    client = startStdioServer();
    await initialize(client, workspace);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: shopUri, languageId: 'cjourney', version: 1, text: SHOP }
    });
}, 60_000);

afterAll(() => {
    client?.stop();
});

describe('the language server follows cjourney.config.json', { timeout: 60_000 }, () => {
    test('"kpi-below-benchmark": "off" silences it in the published diagnostics; other codes keep their severity', async () => {
        const diagnostics = await client.diagnosticsFor(shopUri, found => found.length > 0);
        expect(codes(diagnostics)).toEqual(['pain-without-opportunity:2']);
    });

    test('an edited config file re-validates the workspace with the new severities', async () => {
        await changeConfig(JSON.stringify({ rules: { 'kpi-below-benchmark': 'error' } }), FileChangeType.Changed);
        const diagnostics = await client.diagnosticsFor(shopUri, found => benchmark(found)?.severity === 1);
        expect(codes(diagnostics)).toEqual(['kpi-below-benchmark:1', 'pain-without-opportunity:2']);
    });

    test('a deleted config file brings the defaults back', async () => {
        await changeConfig(undefined, FileChangeType.Deleted);
        const diagnostics = await client.diagnosticsFor(shopUri, found => benchmark(found)?.severity === 3);
        expect(codes(diagnostics)).toEqual(['kpi-below-benchmark:3', 'pain-without-opportunity:2']);
    });

    test('a broken config file gets located diagnostics of its own, the journeys the defaults, and the server runs on', async () => {
        client.published.delete(shopUri);
        await changeConfig('{\n  "rules": {\n    "kpi-below-benchmark": "off",\n  }\n}\n', FileChangeType.Created);
        const problems = await client.diagnosticsFor(configUri, found => found.length > 0);
        expect(problems).toEqual([
            {
                range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } },
                severity: 1,
                source: 'cjourney',
                message: 'not valid JSON: expected a property name in double quotes (a trailing comma?)'
            }
        ]);
        expect(codes(await client.diagnosticsFor(shopUri))).toEqual(['kpi-below-benchmark:3', 'pain-without-opportunity:2']);
        expect(client.alive()).toBe(true);
    });

    test('fixing the file clears its diagnostics and applies it', async () => {
        await changeConfig(JSON.stringify({ rules: { 'kpi-below-benchmark': 'off' } }), FileChangeType.Changed);
        await client.diagnosticsFor(configUri, found => found.length === 0);
        const diagnostics = await client.diagnosticsFor(shopUri, found => found.length > 0 && !benchmark(found));
        expect(codes(diagnostics)).toEqual(['pain-without-opportunity:2']);
    });
});
