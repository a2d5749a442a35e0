/**
 * A plain JSON-RPC client for the conformance tests: the real `cjourney-language-server
 * --stdio` in a child process, spoken to with hand-written frames. No vscode-jsonrpc on this
 * side, so the tests see exactly the bytes a client sees, and can send malformed ones.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { SERVER_BIN } from './lsp-client.js';

export interface Diagnostic {
    message: string;
    code?: string;
    severity?: number;
    range: { start: { line: number; character: number } };
}
export interface JsonRpcError {
    code: number;
    message: string;
    data?: unknown;
}
export interface JsonRpcMessage {
    jsonrpc: '2.0';
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: JsonRpcError;
}

/** Below vitest's 30 s test timeout, so a test that waits in vain says what it waited for. */
const TIME_LIMIT_MS = 25_000;

export class RawLspClient {
    /** Every message the server sent, in order. */
    readonly received: JsonRpcMessage[] = [];
    readonly exited: Promise<number | null>;
    private readonly server: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private stderrText = '';

    constructor(args: string[] = ['--stdio']) {
        this.server = spawn(process.execPath, [SERVER_BIN, ...args], { stdio: 'pipe' });
        this.server.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
        this.server.stderr.on('data', chunk => {
            this.stderrText += chunk;
        });
        this.exited = new Promise(resolve => this.server.on('exit', code => resolve(code)));
    }

    /** Writes bytes as they are: for malformed headers and bodies. */
    sendRaw(bytes: string | Uint8Array): void {
        this.server.stdin.write(bytes);
    }

    /** Writes one well-framed message; the body may be any text, valid JSON or not. */
    sendBody(body: string): void {
        this.sendRaw(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
    }

    notify(method: string, params?: unknown): void {
        this.sendBody(JSON.stringify({ jsonrpc: '2.0', method, params }));
    }

    /** Sends a request and returns its id; `response(id)` waits for the answer. */
    send(method: string, params?: unknown): number {
        const id = this.nextId++;
        this.sendBody(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
        return id;
    }

    /** Sends a request and waits for its response (result or error). */
    request(method: string, params?: unknown): Promise<JsonRpcMessage> {
        return this.response(this.send(method, params));
    }

    response(id: number | string | null): Promise<JsonRpcMessage> {
        return this.waitFor(`the response to request ${id}`, message => message.id === id && message.method === undefined);
    }

    /** The first `method` notification after the first `after` messages received that satisfies `accept`. */
    notification(method: string, accept: (params: never) => boolean = () => true, after = 0): Promise<JsonRpcMessage> {
        return this.waitFor(
            `a ${method} notification`,
            message => message.method === method && message.id === undefined && accept(message.params as never),
            after
        );
    }

    /** The initialize handshake, as an editor does it. */
    async initialize(rootUri: string | null): Promise<JsonRpcMessage> {
        const answer = await this.request('initialize', {
            processId: null,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
            capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } }, workspace: { workspaceFolders: true } }
        });
        this.notify('initialized', {});
        return answer;
    }

    open(uri: string, text: string, version = 1): void {
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cjourney', version, text } });
    }

    /** The first diagnostics published for `uri`, after the first `after` messages received, that satisfy `accept`. */
    async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, after = 0): Promise<Diagnostic[]> {
        const message = await this.notification(
            'textDocument/publishDiagnostics',
            (params: { uri: string; diagnostics: Diagnostic[] }) => params.uri === uri && accept(params.diagnostics),
            after
        );
        return (message.params as { diagnostics: Diagnostic[] }).diagnostics;
    }

    /** Ends the server's standard input, as a client that goes away does. */
    closeInput(): void {
        this.server.stdin.end();
    }

    alive(): boolean {
        return this.server.exitCode === null && this.server.signalCode === null;
    }

    stderr(): string {
        return this.stderrText;
    }

    stop(): void {
        if (this.alive()) {
            this.server.kill();
        }
    }

    /** Resolves with the first message, received or to come, that satisfies `accept`. */
    private waitFor(what: string, accept: (message: JsonRpcMessage) => boolean, after = 0): Promise<JsonRpcMessage> {
        return new Promise((resolve, reject) => {
            const deadline = Date.now() + TIME_LIMIT_MS;
            const check = () => {
                const found = this.received.slice(after).find(accept);
                if (found) {
                    resolve(found);
                } else if (Date.now() > deadline || (!this.alive() && this.buffer.length === 0)) {
                    reject(
                        new Error(
                            `no ${what} within ${TIME_LIMIT_MS} ms (server ${this.alive() ? 'alive' : 'exited'}); stderr: ${this.stderrText}`
                        )
                    );
                } else {
                    setTimeout(check, 10);
                }
            };
            check();
        });
    }

    private onData(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            const length = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, Math.max(headerEnd, 0)).toString('ascii'))?.[1];
            if (headerEnd < 0 || length === undefined || this.buffer.length < headerEnd + 4 + Number(length)) {
                return;
            }
            const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + Number(length)).toString('utf8');
            this.buffer = this.buffer.subarray(headerEnd + 4 + Number(length));
            this.onMessage(JSON.parse(body) as JsonRpcMessage);
        }
    }

    /** Server-to-client requests (configuration, registrations) get an empty answer, as from a minimal client. */
    private onMessage(message: JsonRpcMessage): void {
        this.received.push(message);
        if (message.method !== undefined && message.id !== undefined) {
            const result =
                message.method === 'workspace/configuration' ? (message.params as { items: unknown[] }).items.map(() => null) : null;
            this.sendBody(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
        }
    }
}
