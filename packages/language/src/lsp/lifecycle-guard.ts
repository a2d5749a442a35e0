/**
 * The LSP lifecycle rules, enforced where messages enter the server (issue 18, F7).
 *
 * vscode-languageserver dispatches every request it has a handler for, whatever the state:
 * a hover before `initialize` waited forever for a workspace that never loads, and requests
 * after `shutdown` were served. This guard sits between the transport's reader and the
 * connection, sees every message in order, and answers what the spec refuses itself:
 * - before `initialize`: requests get -32002 ServerNotInitialized, notifications are dropped;
 * - a second `initialize`, or any request after `shutdown`: -32600 InvalidRequest;
 *   after `shutdown` notifications other than `exit` are dropped;
 * - a request whose parameters have the wrong shape: -32602 InvalidParams.
 * `exit` always passes: vscode-languageserver ends the process with 0 after a shutdown, 1 before.
 */
import type { DataCallback, Disposable, Event, Message, MessageReader, MessageWriter, PartialMessageInfo } from 'vscode-languageserver';
import { invalidParamsReason } from './request-params.js';

export const ErrorCode = { InvalidRequest: -32600, InvalidParams: -32602, ServerNotInitialized: -32002 } as const;

type State = 'uninitialized' | 'running' | 'shutDown';

interface IncomingMessage {
    readonly id?: number | string | null;
    readonly method?: string;
    readonly params?: unknown;
}

export class LifecycleGuard implements MessageReader {
    private state: State = 'uninitialized';

    constructor(
        private readonly reader: MessageReader,
        private readonly writer: MessageWriter
    ) {}

    /** Whether `shutdown` was received: the exit code when the client just goes away. */
    get shutdownReceived(): boolean {
        return this.state === 'shutDown';
    }

    get onError(): Event<Error> {
        return this.reader.onError;
    }
    get onClose(): Event<void> {
        return this.reader.onClose;
    }
    get onPartialMessage(): Event<PartialMessageInfo> {
        return this.reader.onPartialMessage;
    }

    listen(callback: DataCallback): Disposable {
        return this.reader.listen(message => {
            if (this.admit(message as IncomingMessage)) {
                callback(message);
            }
        });
    }

    dispose(): void {
        this.reader.dispose();
    }

    /** Answers what must not reach the server; true for what may. Responses always pass. */
    private admit(message: IncomingMessage): boolean {
        if (message.method === undefined) {
            return true;
        }
        if (message.id === undefined) {
            return message.method === 'exit' || this.state === 'running';
        }
        const refusal = this.refusal(message.method) ?? this.paramsProblem(message);
        if (refusal) {
            void this.writer.write({ jsonrpc: '2.0', id: message.id, error: refusal } as Message);
            return false;
        }
        if (message.method === 'initialize') {
            this.state = 'running';
        } else if (message.method === 'shutdown') {
            this.state = 'shutDown';
        }
        return true;
    }

    private refusal(method: string): { code: number; message: string } | undefined {
        if (this.state === 'uninitialized' && method !== 'initialize') {
            return {
                code: ErrorCode.ServerNotInitialized,
                message: `The server is not initialized: '${method}' must come after 'initialize'.`
            };
        }
        if (this.state !== 'uninitialized' && method === 'initialize') {
            return { code: ErrorCode.InvalidRequest, message: "'initialize' may be sent only once." };
        }
        if (this.state === 'shutDown') {
            return { code: ErrorCode.InvalidRequest, message: `The server is shut down: '${method}' is refused; only 'exit' is accepted.` };
        }
        return undefined;
    }

    private paramsProblem(message: IncomingMessage): { code: number; message: string } | undefined {
        const reason = invalidParamsReason(message.method!, message.params);
        return reason ? { code: ErrorCode.InvalidParams, message: reason } : undefined;
    }
}
