/**
 * The server's connection to its client, chosen from the command line as vscode-languageserver
 * does (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), with two additions that
 * need the reader and writer in hand:
 * - on stdio (every editor but VS Code) frames are read by the RecoveringMessageReader, so a
 *   malformed message costs only itself (F6) and bad JSON gets its -32700 answer (F7);
 * - on every transport the LifecycleGuard answers what the lifecycle refuses (F7).
 */
import {
    createConnection,
    createServerPipeTransport,
    createServerSocketTransport,
    IPCMessageReader,
    IPCMessageWriter,
    ProposedFeatures,
    StreamMessageWriter,
    type Connection,
    type Message,
    type MessageReader,
    type MessageWriter
} from 'vscode-languageserver/node';
import { LifecycleGuard } from '../lsp/lifecycle-guard.js';
import { RecoveringMessageReader, type UnreadableInput } from './recovering-message-reader.js';

const USAGE = 'Usage: cjourney-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME';

/** The value of `--name=value` or `--name value`, or true for a bare `--name`. */
function option(argv: readonly string[], name: string): string | true | undefined {
    for (let index = 0; index < argv.length; index++) {
        const [key, value] = argv[index].split('=', 2);
        if (key === name) {
            return value ?? (argv[index + 1] && !argv[index + 1].startsWith('--') ? argv[index + 1] : true);
        }
    }
    return undefined;
}

interface Transport {
    reader: MessageReader;
    writer: MessageWriter;
    stdio: boolean;
    report?: (problem: UnreadableInput) => void;
}

function transportFrom(argv: readonly string[]): Transport {
    if (option(argv, '--stdio')) {
        const writer = new StreamMessageWriter(process.stdout);
        const transport: Transport = {
            reader: new RecoveringMessageReader(process.stdin, problem => transport.report?.(problem)),
            writer,
            stdio: true
        };
        return transport;
    }
    if (option(argv, '--node-ipc')) {
        return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    }
    const port = option(argv, '--socket');
    const pipe = option(argv, '--pipe');
    const [reader, writer] =
        typeof port === 'string'
            ? createServerSocketTransport(Number(port))
            : typeof pipe === 'string'
              ? createServerPipeTransport(pipe)
              : [undefined, undefined];
    if (!reader || !writer) {
        throw new Error(USAGE);
    }
    return { reader, writer, stdio: false };
}

/** Creates the server's connection from the command line (e.g. `['--stdio']`). */
export function createServerConnection(argv: readonly string[]): Connection {
    const transport = transportFrom(argv);
    const guard = new LifecycleGuard(transport.reader, transport.writer);
    const connection = createConnection(ProposedFeatures.all, guard, transport.writer);
    transport.report = problem => {
        if (problem.code !== undefined) {
            void transport.writer.write({
                jsonrpc: '2.0',
                id: problem.id ?? null,
                error: { code: problem.code, message: `Unreadable message: ${problem.reason}` }
            } as Message);
        }
        connection.console.warn(`CJourney: ${problem.reason}`);
    };
    if (transport.stdio) {
        routeConsoleToClient(connection);
        // vscode-languageserver ends the process when its own stdin stream closes; with a reader of ours, we do.
        process.stdin.on('close', () => process.exit(guard.shutdownReceived ? 0 : 1));
    }
    return connection;
}

/**
 * On stdio, standard output is the protocol: a stray `console.log` (Langium logs with
 * `console.debug`) would corrupt it. Everything printed goes to the client's log instead.
 */
function routeConsoleToClient(connection: Connection): void {
    const text = (args: unknown[]) =>
        args
            .map(arg => (typeof arg === 'string' ? arg : arg instanceof Error ? (arg.stack ?? arg.message) : JSON.stringify(arg)))
            .join(' ');
    console.log = (...args: unknown[]) => connection.console.log(text(args));
    console.debug = (...args: unknown[]) => connection.console.log(text(args));
    console.info = (...args: unknown[]) => connection.console.info(text(args));
    console.warn = (...args: unknown[]) => connection.console.warn(text(args));
    console.error = (...args: unknown[]) => connection.console.error(text(args));
}
