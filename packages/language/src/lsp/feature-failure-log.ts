/**
 * A feature that throws (a hover, a completion…) must never take the server down, and its
 * failure must not go unnoticed. vscode-jsonrpc already answers the failing request with an
 * InternalError, so the server keeps running; this module adds the log line: the error and
 * its stack go to the client's log (`window/logMessage`: VS Code's CJourney output channel,
 * `:LspLog` in Neovim…), so a user can report it.
 *
 * Only the entry points the language server calls are wrapped, not every helper method: one
 * failure, one log line, and no cost on the inner loops of completion or formatting.
 */
import { isOperationCancelled } from 'langium';
import { ResponseError, type Connection } from 'vscode-languageserver';
import type { CJourneyServices } from '../cjourney-module.js';

type LspFeatures = CJourneyServices['lsp'];

/** Method names a feature service really has: a misspelt or renamed entry point does not compile. */
type EntryPoints = { readonly [Service in keyof LspFeatures]?: readonly Extract<keyof NonNullable<LspFeatures[Service]>, string>[] };

/** The LSP entry points of each feature service, by the service's name in `services.lsp`. */
const ENTRY_POINTS = {
    HoverProvider: ['getHoverContent'],
    CompletionProvider: ['getCompletion'],
    CodeActionProvider: ['getCodeActions'],
    Formatter: ['formatDocument', 'formatDocumentRange', 'formatDocumentOnType'],
    RenameProvider: ['rename', 'prepareRename'],
    DocumentSymbolProvider: ['getSymbols'],
    ReferencesProvider: ['findReferences'],
    DefinitionProvider: ['getDefinition'],
    DocumentHighlightProvider: ['getDocumentHighlight'],
    FoldingRangeProvider: ['getFoldingRanges'],
    SemanticTokenProvider: ['semanticHighlight', 'semanticHighlightRange', 'semanticHighlightDelta']
} as const satisfies EntryPoints;

type Method = (...args: unknown[]) => unknown;

/** Wraps the feature services' entry points so a failure is logged before it is answered. */
export function logFeatureFailures(services: CJourneyServices, connection: Connection): void {
    const features = services.lsp as unknown as Record<string, Record<string, unknown> | undefined>;
    for (const [serviceName, methods] of Object.entries(ENTRY_POINTS)) {
        const service = features[serviceName];
        for (const methodName of methods) {
            const original = service?.[methodName];
            if (service && typeof original === 'function') {
                service[methodName] = loggingFailures(original as Method, `${serviceName}.${methodName}`, connection);
            }
        }
    }
}

function loggingFailures(method: Method, name: string, connection: Connection): Method {
    const log = (error: unknown): never => {
        // A ResponseError is a deliberate answer (a refused rename), not a failure to report.
        if (!isOperationCancelled(error) && !(error instanceof ResponseError)) {
            const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
            connection.console.error(`CJourney: ${name} failed; the request was answered with an error and the server goes on.\n${detail}`);
        }
        throw error;
    };
    return function (this: unknown, ...args: unknown[]): unknown {
        try {
            const result = method.apply(this, args);
            return result instanceof Promise ? result.catch(log) : result;
        } catch (error) {
            return log(error);
        }
    };
}
