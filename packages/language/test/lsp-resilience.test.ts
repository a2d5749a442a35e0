/**
 * The language server stays responsive and alive whatever a document does:
 * - the real stdio server answers hover and completion on a small document while a
 *   5,000-touchpoint document is being built, and a new edit cancels the build of the old
 *   version: no diagnostics of the old version are ever published, the last ones are the
 *   new version's;
 * - a feature that throws (a hover provider made to fail through a service override, in an
 *   in-process server: fuzzing found no input that makes the real one throw) is contained
 *   by Langium and vscode-jsonrpc: that request gets an InternalError response naming the
 *   failure, the server logs the error with its stack to the client (`window/logMessage`:
 *   VS Code's CJourney output channel) and keeps answering, validating and publishing.
 * Timings are measured in `npm run bench`, never asserted here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { startLanguageServer, type LangiumServices } from 'langium/lsp';
import { createConnection } from 'vscode-languageserver/node';
import {
    CompletionRequest,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ErrorCodes,
    HoverRequest,
    LogMessageNotification,
    MessageType,
    ResponseError,
    type CompletionList,
    type Hover,
    type HoverParams
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateJourney } from '@cjourney/test-support/hostile-input';
import { createCJourneyServices } from '../src/cjourney-module.js';
import { CJourneyHoverProvider } from '../src/lsp/cjourney-hover-provider.js';
import { connectTo, initialize, startStdioServer, type LspClient } from './lsp-client.js';
import type { LangiumDocument } from 'langium';

const SMALL = 'journey Small "Small" {\n  stage S {\n    touchpoint Home "Home page" { channel web emotion pleased }\n  }\n}\n';
/** Hover on `Home` (line 2) and completion after `channel ` in SMALL. */
const ON_HOME = { line: 2, character: 16 };
const AFTER_CHANNEL = { line: 2, character: 42 };

async function open(client: LspClient, uri: string, text: string, version = 1): Promise<void> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'cjourney', version, text }
    });
}

function hoverText(hover: Hover | null): string {
    return hover ? (hover.contents as { value: string }).value : '';
}

describe('a huge document being built (the real stdio server)', () => {
    let client: LspClient;
    let smallUri: string;
    let hugeUri: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-lsp-huge-'));
        writeFileSync(path.join(workspace, 'small.cjourney'), SMALL);
        smallUri = pathToFileURL(path.join(workspace, 'small.cjourney')).toString();
        hugeUri = pathToFileURL(path.join(workspace, 'huge.cjourney')).toString();
        client = startStdioServer();
        await initialize(client, workspace);
        await open(client, smallUri, SMALL);
        await client.diagnosticsFor(smallUri);
    }, 60_000);

    afterAll(() => client?.stop());

    test("answers on a small document meanwhile, and the newest edit wins: the old version's diagnostics, if any, come first and say so", async () => {
        const huge = generateJourney({ touchpoints: 5000 });
        // Each version names a channel that does not exist, so its diagnostics say which version they come from.
        const version = (n: number) => `${huge}\njourney Marker${n} { stage S { touchpoint T { channel missing${n} } } }\n`;
        await open(client, hugeUri, version(1));
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: hugeUri, version: 2 },
            contentChanges: [{ text: version(2) }]
        });
        const [hover, completion] = await Promise.all([
            client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: ON_HOME }),
            client.connection.sendRequest(CompletionRequest.type, {
                textDocument: { uri: smallUri },
                position: AFTER_CHANNEL
            }) as Promise<CompletionList>
        ]);
        const publishedBeforeTheAnswers = client.published.get(hugeUri)?.length ?? 0;
        expect(hoverText(hover)).toContain('Home page');
        expect(completion.items.map(item => item.label)).toContain('web');
        expect(publishedBeforeTheAnswers, 'the answers came after the huge build: they waited for it').toBe(0);

        const latest = await client.diagnosticsFor(hugeUri, diagnostics =>
            diagnostics.some(diagnostic => diagnostic.message.includes('missing2'))
        );
        expect(latest.some(diagnostic => diagnostic.message.includes('missing1'))).toBe(false);
        // A build under way is let finish (issue 17: diagnostics keep flowing while typing), so
        // version 1 may be published — named as version 1, and never after version 2.
        const published = client.published.get(hugeUri) ?? [];
        for (const params of published) {
            const mentions = params.diagnostics.map(diagnostic => diagnostic.message).join('\n');
            expect(mentions).toContain(`missing${params.version}`);
        }
        expect(published.at(-1)?.version).toBe(2);
        expect(published.map(params => params.version)).toEqual([...published.map(params => params.version)].sort());
        expect(client.alive()).toBe(true);
    }, 120_000);
});

/** The real hover, except on a touchpoint named `Boom`, where it throws. */
class FailingHoverProvider extends CJourneyHoverProvider {
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        if (/\bBoom\b/.test(document.textDocument.getText().slice(Math.max(0, offset - 4), offset + 4))) {
            throw new Error('the hover provider failed on purpose');
        }
        return super.getHoverContent(document, params);
    }
}

describe('a feature that throws (in-process server, hover made to fail)', () => {
    let client: LspClient;
    const errorsLogged: string[] = [];
    const uri = 'file:///in-process/boom.cjourney';
    const text =
        'journey J {\n  stage S {\n    touchpoint Boom "Explodes" { channel web }\n    touchpoint Fine "Works" { channel web }\n  }\n}\n';

    beforeAll(async () => {
        const toServer = new PassThrough();
        const toClient = new PassThrough();
        const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
        const { shared } = createCJourneyServices(
            { connection, ...EmptyFileSystem },
            {
                lsp: { HoverProvider: (services: LangiumServices) => new FailingHoverProvider(services) }
            }
        );
        startLanguageServer(shared);
        client = connectTo(toClient, toServer, () => connection.dispose());
        client.connection.onNotification(LogMessageNotification.type, message => {
            if (message.type === MessageType.Error) {
                errorsLogged.push(message.message);
            }
        });
        await initialize(client);
        await open(client, uri, text);
        await client.diagnosticsFor(uri);
    }, 60_000);

    afterAll(() => client?.stop());

    test('the failing request gets an InternalError response naming the failure', async () => {
        const failure = await client.connection
            .sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 17 } })
            .then(
                () => undefined,
                (error: unknown) => error
            );
        expect(failure).toBeInstanceOf(ResponseError);
        expect((failure as ResponseError<unknown>).code).toBe(ErrorCodes.InternalError);
        expect((failure as ResponseError<unknown>).message).toContain('the hover provider failed on purpose');
    });

    test('the failure is logged to the client once, with the feature and the stack', async () => {
        const before = errorsLogged.length;
        await client.connection
            .sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 17 } })
            .catch(() => undefined);
        // The log notification is sent before the error response, on the same ordered stream.
        const logged = errorsLogged.slice(before);
        expect(logged).toHaveLength(1);
        expect(logged[0]).toContain('HoverProvider.getHoverContent failed');
        expect(logged[0]).toContain('the hover provider failed on purpose');
        expect(logged[0]).toMatch(/at .*getHoverContent/);
    });

    test('afterwards the server still answers hover and completion, and still validates edits', async () => {
        await client.connection
            .sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 17 } })
            .catch(() => undefined);
        const hover = await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri },
            position: { line: 3, character: 17 }
        });
        expect(hoverText(hover)).toContain('Works');
        const completion = (await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: { line: 3, character: 38 }
        })) as CompletionList;
        expect(completion.items.map(item => item.label)).toContain('web');
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: text.replace('channel web }\n  }', 'channel webb }\n  }') }]
        });
        const diagnostics = await client.diagnosticsFor(uri, found => found.some(diagnostic => diagnostic.message.includes("'webb'")));
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('unresolved-reference');
    });
});
