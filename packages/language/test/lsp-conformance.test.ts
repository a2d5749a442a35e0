/**
 * The language server against the LSP 3.17 rules a client relies on, checked on the real
 * `cjourney-language-server --stdio` binary with hand-written JSON-RPC frames (issue 18):
 * - errors are error responses, never results that happen to look like errors (F1);
 * - the lifecycle: nothing but `initialize` before it, nothing but `exit` after `shutdown`,
 *   and `exit` ends the process with 0 after a shutdown, 1 without (F7);
 * - malformed input gets the error the spec names, and one bad message never stops the
 *   server from answering the next (F6, F7).
 * Document sync, built-in definitions and workspace symbols are in lsp-conformance-documents.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateJourney } from '@cjourney/test-support/hostile-input';
import { RawLspClient } from './raw-lsp-client.js';

const ErrorCode = {
    ParseError: -32700,
    InvalidRequest: -32600,
    MethodNotFound: -32601,
    InvalidParams: -32602,
    ServerNotInitialized: -32002,
    RequestCancelled: -32800,
    RequestFailed: -32803
} as const;

const JOURNEY = 'journey Shop "Web shop" {\n  stage Browse {\n    touchpoint Home "Home page" { channel web emotion pleased }\n  }\n}\n';
const ON_HOME = { line: 2, character: 16 };

function workspaceWith(files: Record<string, string>): { root: string; uri: (file: string) => string } {
    const root = mkdtempSync(path.join(tmpdir(), 'cjourney-conformance-'));
    for (const [file, text] of Object.entries(files)) {
        writeFileSync(path.join(root, file), text);
    }
    return { root: pathToFileURL(root).toString(), uri: file => pathToFileURL(path.join(root, file)).toString() };
}

describe('the lifecycle (F7)', () => {
    let client: RawLspClient;
    afterEach(() => client?.stop());

    test('a request before initialize gets -32002 ServerNotInitialized; notifications are dropped; initialize then works', async () => {
        client = new RawLspClient();
        client.open('file:///early/journey.cjourney', JOURNEY);
        const early = await client.request('textDocument/hover', {
            textDocument: { uri: 'file:///early/journey.cjourney' },
            position: ON_HOME
        });
        expect(early.error?.code).toBe(ErrorCode.ServerNotInitialized);
        const answer = await client.initialize(null);
        expect(answer.result).toHaveProperty('capabilities');
    });

    test('initialize without capabilities gets -32602 InvalidParams, and a proper initialize then works', async () => {
        client = new RawLspClient();
        const bad = await client.request('initialize', { processId: null, rootUri: null });
        expect(bad.error?.code).toBe(ErrorCode.InvalidParams);
        const answer = await client.initialize(null);
        expect(answer.result).toHaveProperty('capabilities');
    });

    test('a second initialize is an invalid request', async () => {
        client = new RawLspClient();
        await client.initialize(null);
        const again = await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        expect(again.error?.code).toBe(ErrorCode.InvalidRequest);
    });

    test('shutdown answers null; afterwards requests get -32600 InvalidRequest; exit ends the process with code 0', async () => {
        client = new RawLspClient();
        await client.initialize(null);
        const shutdown = await client.request('shutdown');
        expect(shutdown).toMatchObject({ result: null });
        expect(shutdown.error).toBeUndefined();
        const late = await client.request('textDocument/hover', { textDocument: { uri: 'file:///late.cjourney' }, position: ON_HOME });
        expect(late.error?.code).toBe(ErrorCode.InvalidRequest);
        client.notify('exit');
        expect(await client.exited).toBe(0);
    });

    test('a client that goes away (input closed) ends the process: 0 after shutdown', async () => {
        client = new RawLspClient();
        await client.initialize(null);
        await client.request('shutdown');
        client.closeInput();
        expect(await client.exited).toBe(0);
    });

    test('exit without shutdown ends the process with code 1', async () => {
        client = new RawLspClient();
        await client.initialize(null);
        client.notify('exit');
        expect(await client.exited).toBe(1);
    });
});

describe('errors are error responses (F1, F7)', () => {
    let client: RawLspClient;
    const workspace = workspaceWith({ 'shop.cjourney': JOURNEY });

    beforeAll(async () => {
        client = new RawLspClient();
        await client.initialize(workspace.root);
        client.open(workspace.uri('shop.cjourney'), JOURNEY);
        await client.diagnostics(workspace.uri('shop.cjourney'));
    }, 60_000);
    afterAll(() => client?.stop());

    test('$/cancelRequest on a request still waiting for its document gets -32800 RequestCancelled', async () => {
        const uri = workspace.uri('huge.cjourney');
        client.open(uri, generateJourney({ touchpoints: 2000 }));
        const id = client.send('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
        client.notify('$/cancelRequest', { id });
        const answer = await client.response(id);
        expect(answer.result).toBeUndefined();
        expect(answer.error?.code).toBe(ErrorCode.RequestCancelled);
    });

    test('a request on a document the server does not know gets an error, not a result', async () => {
        const answer = await client.request('textDocument/hover', {
            textDocument: { uri: 'file:///nowhere/missing.cjourney' },
            position: ON_HOME
        });
        expect(answer.result).toBeUndefined();
        expect(answer.error?.message).toContain('missing.cjourney');
    });

    /** Every request the server advertises, with well-formed parameters on an open document. */
    const at = (extra: object = {}) => ({ textDocument: { uri: workspace.uri('shop.cjourney') }, ...extra });
    const WHOLE = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    test.each([
        ['textDocument/hover', at({ position: ON_HOME })],
        ['textDocument/completion', at({ position: ON_HOME })],
        ['textDocument/definition', at({ position: ON_HOME })],
        ['textDocument/references', at({ position: ON_HOME, context: { includeDeclaration: true } })],
        ['textDocument/documentHighlight', at({ position: ON_HOME })],
        ['textDocument/prepareRename', at({ position: ON_HOME })],
        ['textDocument/rename', at({ position: ON_HOME, newName: 'Landing' })],
        ['textDocument/documentSymbol', at()],
        ['textDocument/foldingRange', at()],
        ['textDocument/formatting', at({ options: { tabSize: 2, insertSpaces: true } })],
        ['textDocument/rangeFormatting', at({ range: WHOLE, options: { tabSize: 2, insertSpaces: true } })],
        ['textDocument/codeAction', at({ range: WHOLE, context: { diagnostics: [] } })],
        ['textDocument/semanticTokens/full', at()],
        ['textDocument/semanticTokens/range', at({ range: WHOLE })],
        ['workspace/symbol', { query: 'Home' }]
    ])('%s answers a result, never an error, for well-formed parameters', async (method, params) => {
        const answer = await client.request(method, params);
        expect(answer.error).toBeUndefined();
        expect(answer).toHaveProperty('result');
    });

    test('an unknown method gets -32601 MethodNotFound', async () => {
        const answer = await client.request('cjourney/noSuchRequest', {});
        expect(answer.error?.code).toBe(ErrorCode.MethodNotFound);
    });

    test.each([
        ['textDocument/hover', { position: ON_HOME }],
        ['textDocument/hover', { textDocument: { uri: 42 }, position: ON_HOME }],
        ['textDocument/definition', { textDocument: { uri: 'file:///x.cjourney' } }],
        ['textDocument/completion', { textDocument: { uri: 'file:///x.cjourney' }, position: { line: 'one', character: 0 } }],
        ['textDocument/rename', { textDocument: { uri: 'file:///x.cjourney' }, position: ON_HOME }],
        ['textDocument/references', { textDocument: { uri: 'file:///x.cjourney' }, position: ON_HOME }],
        ['textDocument/codeAction', { textDocument: { uri: 'file:///x.cjourney' }, range: { start: ON_HOME } }],
        ['textDocument/formatting', { textDocument: { uri: 'file:///x.cjourney' } }],
        ['workspace/symbol', {}],
        ['textDocument/documentSymbol', null]
    ])('%s with malformed parameters %j gets -32602 InvalidParams', async (method, params) => {
        const answer = await client.request(method, params);
        expect(answer.error?.code).toBe(ErrorCode.InvalidParams);
    });

    test('a refused rename is an answer (-32803 RequestFailed with the reason), not an error in the server log', async () => {
        const logged = client.received.length;
        const answer = await client.request('textDocument/rename', {
            textDocument: { uri: workspace.uri('shop.cjourney') },
            position: ON_HOME,
            newName: 'journey'
        });
        expect(answer.error?.code).toBe(ErrorCode.RequestFailed);
        expect(answer.error?.message).toMatch(/journey/);
        await client.request('workspace/symbol', { query: '' }); // a barrier: what the rename caused was written before this answer
        const errorsLogged = client.received
            .slice(logged)
            .filter(message => message.method === 'window/logMessage' && (message.params as { type: number }).type === 1);
        expect(errorsLogged).toEqual([]);
    });
});

describe('malformed input never stops the server (F6, F7)', () => {
    let client: RawLspClient;

    beforeAll(async () => {
        client = new RawLspClient();
        await client.initialize(null);
    }, 60_000);
    afterAll(() => client?.stop());

    const stillAnswers = async () => {
        const answer = await client.request('workspace/symbol', { query: 'nothing' });
        expect(answer.error).toBeUndefined();
        expect(client.alive()).toBe(true);
    };

    test('a frame that arrives a few bytes at a time, with multi-byte characters, is read whole', async () => {
        const body = JSON.stringify({ jsonrpc: '2.0', id: 'split', method: 'workspace/symbol', params: { query: 'Café ☕ 旅程' } });
        const bytes = Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        for (let start = 0; start < bytes.length; start += 5) {
            client.sendRaw(bytes.subarray(start, start + 5));
            await new Promise(resolve => setTimeout(resolve, 1));
        }
        const answer = await client.response('split');
        expect(answer.error).toBeUndefined();
        expect(answer.result).toEqual([]);
    });

    test('a body that is not JSON gets -32700 ParseError with id null', async () => {
        client.sendBody('{"jsonrpc":"2.0","id":99,"method":');
        const answer = await client.response(null);
        expect(answer.error?.code).toBe(ErrorCode.ParseError);
        await stillAnswers();
    });

    test('JSON that is not a JSON-RPC message gets -32600 InvalidRequest', async () => {
        client.sendBody('[1,2,3]');
        await expect
            .poll(() => client.received.filter(message => message.id === null && message.error?.code === ErrorCode.InvalidRequest), {
                timeout: 20_000
            })
            .toHaveLength(1);
        await stillAnswers();
    });

    test('after a header without Content-Length, the next well-framed request is answered', async () => {
        client.sendRaw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"shutdown"}');
        await stillAnswers();
    });

    test('after a Content-Length that is not a number, the next well-framed request is answered', async () => {
        client.sendRaw('Content-Length: many\r\n\r\n{"jsonrpc":"2.0","id":8,"method":"shutdown"}');
        await stillAnswers();
    });

    test('after stray bytes between messages, the next well-framed request is answered', async () => {
        client.sendRaw('garbage\r\n');
        await stillAnswers();
    });
});
