/**
 * `publishDiagnostics` carries the version of the text it was computed from (issue 17,
 * part 4), so a client can drop stale results. Spoken to as any LSP client does: the real
 * `cjourney-language-server --stdio` and hand-written JSON-RPC frames.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { RawLspClient, type Diagnostic, type JsonRpcMessage } from './raw-lsp-client.js';

interface Published {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

/** A journey whose one error names its version: channel `webN` is unknown. */
function journeyOfVersion(version: number): string {
    return `journey Shop {\n  stage Browse {\n    touchpoint Home { channel web${version} }\n  }\n}\n`;
}

function published(client: RawLspClient, uri: string): Published[] {
    return client.received
        .filter((message: JsonRpcMessage) => message.method === 'textDocument/publishDiagnostics')
        .map(message => message.params as Published)
        .filter(params => params.uri === uri);
}

/**
 * Starts the server on a fresh workspace whose file `name` holds version `onDisk` of the
 * journey, and opens that file in the editor at version `opened`; gives the file's URI.
 */
async function openInFreshWorkspace(server: RawLspClient, name: string, onDisk: number, opened: number): Promise<string> {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-versions-'));
    const uri = pathToFileURL(path.join(workspace, name)).toString();
    writeFileSync(path.join(workspace, name), journeyOfVersion(onDisk));
    await server.initialize(pathToFileURL(workspace).toString());
    server.open(uri, journeyOfVersion(opened), opened);
    return uri;
}

let client: RawLspClient | undefined;

afterEach(() => client?.stop());

describe('publishDiagnostics carries the document version', { timeout: 60_000 }, () => {
    test('an opened document: each result names the version whose text it describes, and the last version is published', async () => {
        client = new RawLspClient();
        const uri = await openInFreshWorkspace(client, 'shop.cjourney', 1, 1);
        await client.diagnostics(uri, diagnostics => diagnostics.some(d => d.message.includes('web1')));

        // Edits faster than the server builds: some versions are never published, none out of order.
        const last = 12;
        for (let version = 2; version <= last; version++) {
            client.notify('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ text: journeyOfVersion(version) }]
            });
        }
        await client.notification('textDocument/publishDiagnostics', (params: Published) => params.uri === uri && params.version === last);

        const results = published(client, uri);
        expect(results[0].version).toBe(1);
        for (const result of results) {
            expect(result.version).toBeTypeOf('number');
            // What each result says is about the text of the version it names.
            expect(result.diagnostics.map(d => d.message).join('\n')).toContain(`'web${result.version}'`);
        }
        const versions = results.map(result => result.version ?? 0);
        expect(versions).toEqual([...versions].sort((a, b) => a - b));
        expect(versions.at(-1)).toBe(last);
    });

    test('once the editor closes a file, the diagnostics of its text on disk carry no version', async () => {
        client = new RawLspClient();
        const uri = await openInFreshWorkspace(client, 'on-disk.cjourney', 7, 3);
        await client.notification('textDocument/publishDiagnostics', (params: Published) => params.uri === uri && params.version === 3);
        const before = client.received.length;
        client.notify('textDocument/didClose', { textDocument: { uri } });
        const fromDisk = await client.notification(
            'textDocument/publishDiagnostics',
            (params: Published) => params.uri === uri && params.diagnostics.some(d => d.message.includes("'web7'")),
            before
        );
        expect(fromDisk.params).not.toHaveProperty('version');
    });
});
