/**
 * Reads LSP frames (`Content-Length: N\r\n\r\n` + N bytes of JSON) from a stream, like
 * vscode-jsonrpc's StreamMessageReader, but one malformed frame costs only that frame.
 *
 * vscode-jsonrpc's reader gives up on a header without a usable Content-Length: it reports
 * the error and leaves the orphaned body in its buffer, which is then read as the next
 * header, which swallows the next real header, and so on: the server stays alive but never
 * answers again (issue 18, F6). Here a bad header is skipped, then everything up to the next
 * header field (`Content-Length:` or `Content-Type:`). A body that is not JSON
 * (-32700) or not a JSON-RPC message (-32600) is reported so the server can answer it.
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

export interface UnreadableInput {
    /** The JSON-RPC error code a response should carry, when one is due (a body was read). */
    readonly code?: number;
    /** The request id, when the body was JSON that named one. */
    readonly id?: number | string | null;
    readonly reason: string;
}

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

/**
 * Where a header may start: the two header fields LSP defines, in any case. Not only at a
 * line start: frames follow each other with no separator, so after a skipped header the
 * next one starts right after the orphaned body's last byte.
 */
const HEADER_START = /content-(length|type)[ \t]*:/i;
/** Bytes kept while waiting for a header to start: enough for a split `Content-Length:`. */
const KEPT_TAIL = 16;
const HEADER_END = '\r\n\r\n';

export class RecoveringMessageReader extends AbstractMessageReader implements MessageReader {
    private buffer = Buffer.alloc(0);
    /** Chunks not yet joined to the buffer: a 5 MB body arrives in ~80 chunks, joined once. */
    private pending: Buffer[] = [];
    private pendingBytes = 0;
    /** The buffer length the frame being received needs (header and body), once its header is read. */
    private needed = 0;
    private callback: DataCallback | undefined;

    constructor(
        private readonly input: Readable,
        private readonly onUnreadable: (problem: UnreadableInput) => void
    ) {
        super();
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        const onData = (chunk: Buffer) => this.onData(chunk);
        this.input.on('data', onData);
        this.input.on('error', error => this.fireError(error));
        this.input.on('close', () => this.fireClose());
        return Disposable.create(() => {
            this.input.off('data', onData);
        });
    }

    private onData(chunk: Buffer): void {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.buffer.length + this.pendingBytes < this.needed) {
            return;
        }
        this.buffer = Buffer.concat([this.buffer, ...this.pending]);
        this.pending = [];
        this.pendingBytes = 0;
        for (let body = this.nextBody(); body !== undefined; body = this.nextBody()) {
            const message = this.decode(body);
            if (message) {
                this.callback?.(message);
            }
        }
    }

    /** The next complete frame's body, skipping what cannot be framed; undefined until one is complete. */
    private nextBody(): Buffer | undefined {
        for (;;) {
            if (!this.skipToHeader()) {
                return undefined;
            }
            const headerEnd = this.buffer.indexOf(HEADER_END);
            if (headerEnd < 0) {
                return undefined;
            }
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const length = contentLength(header);
            if (length === undefined) {
                this.buffer = this.buffer.subarray(headerEnd + HEADER_END.length);
                this.onUnreadable({ reason: `a message header without a usable Content-Length was skipped: ${JSON.stringify(header)}` });
                continue;
            }
            const bodyEnd = headerEnd + HEADER_END.length + length;
            if (this.buffer.length < bodyEnd) {
                this.needed = bodyEnd;
                return undefined;
            }
            this.needed = 0;
            const body = this.buffer.subarray(headerEnd + HEADER_END.length, bodyEnd);
            this.buffer = this.buffer.subarray(bodyEnd);
            return body;
        }
    }

    /** Drops bytes before the first header line; false when no header has started yet. */
    private skipToHeader(): boolean {
        // The usual case, checked on a few bytes: a 5 MB body arrives in many chunks.
        if (/^content-(length|type)[ \t]*:/i.test(this.buffer.subarray(0, 20).toString('latin1'))) {
            return true;
        }
        const text = this.buffer.toString('latin1');
        const match = HEADER_START.exec(text);
        const start = match ? match.index : -1;
        if (start === 0) {
            return true;
        }
        const dropped = start > 0 ? start : Math.max(0, this.buffer.length - KEPT_TAIL);
        if (dropped > 0 && text.slice(0, dropped).trim() !== '') {
            this.onUnreadable({
                reason: `bytes outside any message were skipped: ${JSON.stringify(text.slice(0, Math.min(dropped, 80)))}`
            });
        }
        this.buffer = this.buffer.subarray(dropped);
        return start >= 0;
    }

    private decode(body: Buffer): Message | undefined {
        let value: unknown;
        try {
            value = JSON.parse(body.toString('utf8'));
        } catch (error) {
            this.onUnreadable({ code: PARSE_ERROR, id: null, reason: `the message is not valid JSON (${(error as Error).message})` });
            return undefined;
        }
        if (!isJsonRpcMessage(value)) {
            const id =
                typeof value === 'object' &&
                value !== null &&
                'id' in value &&
                (typeof value.id === 'number' || typeof value.id === 'string')
                    ? value.id
                    : null;
            this.onUnreadable({ code: INVALID_REQUEST, id, reason: 'the message is not a JSON-RPC 2.0 request, response or notification' });
            return undefined;
        }
        return value;
    }
}

function contentLength(header: string): number | undefined {
    const value = /(?:^|\r\n)content-length[ \t]*:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i.exec(header)?.[1];
    return value === undefined ? undefined : Number(value);
}

/** A single JSON-RPC 2.0 message (LSP has no batches): a request, a notification or a response. */
function isJsonRpcMessage(value: unknown): value is Message {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return false;
    }
    const message = value as Record<string, unknown>;
    const validId = (id: unknown) => typeof id === 'number' || typeof id === 'string';
    if (message.jsonrpc !== '2.0') {
        return false;
    }
    if (typeof message.method === 'string') {
        return message.id === undefined || validId(message.id);
    }
    return (validId(message.id) || message.id === null) && ('result' in message || 'error' in message);
}
