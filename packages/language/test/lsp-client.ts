/**
 * A plain LSP client for tests: the real `cjourney-language-server --stdio` in a child
 * process (or any server on a pair of streams), spoken to over JSON-RPC, with the
 * diagnostics it publishes collected per document.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import {
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type InitializeResult,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';

export const SERVER_BIN = fileURLToPath(new URL('../bin/cjourney-language-server.js', import.meta.url));

export interface LspClient {
    connection: ProtocolConnection;
    /** Every diagnostics notification received, per document URI, oldest first. */
    published: Map<string, PublishDiagnosticsParams[]>;
    /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
    diagnosticsFor(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    /** What the server wrote to stderr (a child process only). */
    stderr(): string;
    /** Whether the server process is still running (always true for a server on streams). */
    alive(): boolean;
    stop(): void;
}

/** Connects to a server reading `input` and writing `output`; `stop` ends the server too. */
export function connectTo(input: Readable, output: Writable, stopServer: () => void, stderr = () => '', alive = () => true): LspClient {
    const connection = createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    const published = new Map<string, PublishDiagnosticsParams[]>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
    });
    connection.listen();
    const diagnosticsFor = (uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true) =>
        new Promise<Diagnostic[]>((resolve, reject) => {
            const deadline = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; server said: ${stderr()}`)), 60_000);
            const check = () => {
                const found = (published.get(uri) ?? []).find(params => accept(params.diagnostics));
                if (found) {
                    clearTimeout(deadline);
                    resolve(found.diagnostics);
                } else {
                    setTimeout(check, 20);
                }
            };
            check();
        });
    return {
        connection,
        published,
        diagnosticsFor,
        stderr,
        alive,
        stop: () => {
            connection.dispose();
            stopServer();
        }
    };
}

/** Starts the real server binary with `--stdio`. */
export function startStdioServer(): LspClient {
    const server = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    server.stderr.on('data', chunk => {
        stderr += chunk;
    });
    return connectTo(
        server.stdout,
        server.stdin,
        () => server.kill(),
        () => stderr,
        () => server.exitCode === null && server.signalCode === null
    );
}

/** The initialize handshake for a workspace folder (or none), with markdown hover and snippet completion. */
export async function initialize(client: LspClient, workspace?: string): Promise<InitializeResult> {
    const root = workspace ? pathToFileURL(workspace).toString() : null;
    const result = await client.connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: root,
        workspaceFolders: root ? [{ uri: root, name: 'workspace' }] : null,
        capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } } } }
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return result;
}
