/**
 * What Langium's core takes from `vscode-languageserver-protocol` (ResponseError,
 * LSPErrorCodes, CancellationToken, CancellationTokenSource, Emitter), for the CLI bundle
 * only (packaging/bundle.mjs): the CLI runs no language server, and loading the whole
 * protocol package was about 30 ms of every command's start-up. Should Langium import
 * another name from the protocol, the bundle build fails ("No matching export"), never a run.
 * These modules need vscode-jsonrpc's runtime layer (a timer and a console): it is installed
 * here as vscode-jsonrpc's Node layer does.
 */
// A CommonJS module: imported from an ES module, its default export is its `exports`.
import ral from '../node_modules/vscode-jsonrpc/lib/common/ral.js';

export { CancellationToken, CancellationTokenSource } from '../node_modules/vscode-jsonrpc/lib/common/cancellation.js';
export { Emitter } from '../node_modules/vscode-jsonrpc/lib/common/events.js';
export { ResponseError } from '../node_modules/vscode-jsonrpc/lib/common/messages.js';

/** The values of the protocol's LSPErrorCodes (LSP 3.17). */
export const LSPErrorCodes = Object.freeze({
    lspReservedErrorRangeStart: -32899,
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800,
    lspReservedErrorRangeEnd: -32800
});

ral.default.install({
    console,
    timer: {
        setTimeout(callback, ms, ...args) {
            const handle = setTimeout(callback, ms, ...args);
            return { dispose: () => clearTimeout(handle) };
        },
        setImmediate(callback, ...args) {
            const handle = setImmediate(callback, ...args);
            return { dispose: () => clearImmediate(handle) };
        },
        setInterval(callback, ms, ...args) {
            const handle = setInterval(callback, ms, ...args);
            return { dispose: () => clearInterval(handle) };
        }
    }
});
