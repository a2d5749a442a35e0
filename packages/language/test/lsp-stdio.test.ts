/**
 * The language server as any LSP client sees it: the real `cjourney-language-server --stdio`
 * binary in a child process, spoken to over JSON-RPC with a plain protocol client.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest,
    DefinitionRequest,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentFormattingRequest,
    HoverRequest,
    type CompletionList,
    type Hover,
    type Location
} from 'vscode-languageserver-protocol';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initialize, startStdioServer, type LspClient } from './lsp-client.js';

const SHARED =
    'stakeholder Support "Customer support team" {\n  type internal\n  power medium\n  interest high\n}\npersona Ann "Ann, buyer"\n';
const JOURNEY = [
    'journey Shop "Web shop" {',
    '  stage Browse {',
    '    touchpoint Home "Home page" { channel web emotion happy owner Support }',
    '    touchpoint Cart { channel webb owner Suport }',
    '  }',
    '}',
    ''
].join('\n');

let client: LspClient;
let connection: ProtocolConnection;
let journeyUri: string;
let sharedUri: string;

beforeAll(async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-lsp-'));
    mkdirSync(path.join(workspace, 'shared'));
    writeFileSync(path.join(workspace, 'shared/people.cjourney'), SHARED);
    writeFileSync(path.join(workspace, 'shop.cjourney'), JOURNEY);
    sharedUri = pathToFileURL(path.join(workspace, 'shared/people.cjourney')).toString();
    journeyUri = pathToFileURL(path.join(workspace, 'shop.cjourney')).toString();

    client = startStdioServer();
    connection = client.connection;
    const result = await initialize(client, workspace);
    expect(result.capabilities.completionProvider).toBeDefined();
    expect(result.capabilities.hoverProvider).toBeTruthy();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: journeyUri, languageId: 'cjourney', version: 1, text: JOURNEY }
    });
}, 60_000);

afterAll(() => {
    client?.stop();
});

describe('cjourney-language-server --stdio', () => {
    test("publishes located diagnostics with the contract's codes", async () => {
        const diagnostics = await client.diagnosticsFor(journeyUri, found => found.length > 0);
        expect(diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.message])).toEqual(
            expect.arrayContaining([
                ['invalid-value', 2, expect.stringContaining("Did you mean 'pleased'?")],
                ['unresolved-reference', 3, "Unknown channel 'webb'. Did you mean 'web'?"],
                ['unresolved-reference', 3, "Unknown stakeholder 'Suport'. Did you mean 'Support'?"]
            ])
        );
    });

    test('completes stakeholders after `owner`, including the shared one from another file', async () => {
        const list = (await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: journeyUri },
            position: { line: 2, character: 67 }
        })) as CompletionList;
        expect(list.items.map(item => item.label)).toContain('Support');
    });

    test('hovers in domain words', async () => {
        const hover = (await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: journeyUri },
            position: { line: 2, character: 68 }
        })) as Hover;
        expect((hover.contents as { value: string }).value).toContain('*Keep informed*');
    });

    test('goes to a definition in another file', async () => {
        const locations = await connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: journeyUri },
            position: { line: 2, character: 68 }
        });
        const [location] = (Array.isArray(locations) ? locations : [locations]) as
            Location[] | { targetUri: string; targetSelectionRange: Location['range'] }[];
        const uri = 'targetUri' in location ? location.targetUri : location.uri;
        const range = 'targetSelectionRange' in location ? location.targetSelectionRange : location.range;
        expect(uri).toBe(sharedUri);
        expect(range.start).toEqual({ line: 0, character: 12 });
    });

    test('formats the document', async () => {
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: journeyUri },
            options: { tabSize: 2, insertSpaces: true }
        });
        expect(edits?.length).toBeGreaterThan(0);
    });

    test('a shared definition file is checked against the whole workspace', async () => {
        const diagnostics = await client.diagnosticsFor(sharedUri);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['unused-persona']);
    });

    test('revalidates after an edit: fixing the errors clears them, and shared files follow', async () => {
        const fixed = JOURNEY.replace('happy', 'pleased')
            .replace('webb', 'web')
            .replace('Suport', 'Support')
            .replace('{ channel web emotion', '{ channel web persona Ann emotion');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: journeyUri, version: 2 },
            contentChanges: [{ text: fixed }]
        });
        const diagnostics = await client.diagnosticsFor(journeyUri, found => !found.some(diagnostic => diagnostic.severity === 1));
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        // The shared persona is used now: its file is revalidated without being edited.
        await client.diagnosticsFor(sharedUri, found => found.length === 0);
        expect(client.alive()).toBe(true);
    });
});
