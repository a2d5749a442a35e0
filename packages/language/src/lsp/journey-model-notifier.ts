/**
 * Feeds the live preview: answers `cjourney/journeyModel` requests and pushes the journey
 * model of every previewed document after each validation (see journey-model-protocol.ts).
 * Registered by the server entry points (Node and web worker), not by the language module,
 * because it needs the LSP connection and only matters to clients with a preview.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type CancellationToken, type Connection, type Diagnostic } from 'vscode-languageserver';
import { isBuiltinDocumentUri } from '../builtins.js';
import type { CJourneyServices } from '../cjourney-module.js';
import {
    JOURNEY_MODEL_METHOD,
    PREVIEWED_DOCUMENTS_METHOD,
    type JourneyModelParams,
    type JourneyModelRequestParams,
    type JourneyModelResponse,
    type ModelError,
    type PreviewedDocumentsParams
} from './journey-model-protocol.js';

/** How long a request waits for its document to be validated before answering `null`. */
const VALIDATION_WAIT_MS = 15_000;

export function registerJourneyModelNotifier(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (connection) {
        new JourneyModelNotifier(shared, connection).listen();
    }
}

export class JourneyModelNotifier {
    /** Normalised URIs (as Langium prints them) of the documents shown in a preview. */
    private previewed = new Set<string>();

    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly connection: Connection
    ) {}

    listen(): void {
        this.connection.onNotification(PREVIEWED_DOCUMENTS_METHOD, (params: PreviewedDocumentsParams) => {
            this.previewed = new Set(params.uris.map(normalise));
        });
        this.connection.onRequest(JOURNEY_MODEL_METHOD, (params: JourneyModelRequestParams, token: CancellationToken) =>
            this.answer(params.uri, token)
        );
        this.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (this.previewed.has(document.uri.toString())) {
                void this.connection.sendNotification(JOURNEY_MODEL_METHOD, this.journeyModelOf(document));
            }
        });
    }

    private async answer(uri: string, token: CancellationToken): Promise<JourneyModelResponse> {
        const document = await this.whenValidated(normalise(uri), token);
        return document ? this.journeyModelOf(document) : null;
    }

    /**
     * The document once it is validated. A preview can open before the server has received
     * the document or finished the first workspace build, so this waits for the validation
     * event rather than failing, up to VALIDATION_WAIT_MS.
     */
    private whenValidated(uri: string, token: CancellationToken): Promise<LangiumDocument | undefined> {
        const current = this.validatedDocument(uri);
        if (current) {
            return Promise.resolve(current);
        }
        return new Promise(resolve => {
            const finish = (document: LangiumDocument | undefined): void => {
                clearTimeout(timer);
                subscription.dispose();
                cancellation.dispose();
                resolve(document);
            };
            const subscription = this.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
                if (document.uri.toString() === uri) {
                    finish(document);
                }
            });
            const cancellation = token.onCancellationRequested(() => finish(undefined));
            const timer = setTimeout(() => finish(this.validatedDocument(uri)), VALIDATION_WAIT_MS);
        });
    }

    /** The cached model of the document (the one hover reads), with the errors the preview shows over it. */
    private journeyModelOf(document: LangiumDocument): JourneyModelParams {
        const services = this.shared.ServiceRegistry.getServices(document.uri) as CJourneyServices;
        return {
            uri: document.uri.toString(),
            version: document.textDocument.version,
            model: services.model.JourneyModels.get(document),
            errors: (document.diagnostics ?? []).filter(isError).map(toModelError)
        };
    }

    private validatedDocument(uri: string): LangiumDocument | undefined {
        const documents = this.shared.workspace.LangiumDocuments;
        const parsed = URI.parse(uri);
        const document = documents.hasDocument(parsed) ? documents.getDocument(parsed) : undefined;
        return document && document.state >= DocumentState.Validated && !isBuiltinDocumentUri(uri) ? document : undefined;
    }
}

function isError(diagnostic: Diagnostic): boolean {
    return diagnostic.severity === DiagnosticSeverity.Error;
}

function toModelError(diagnostic: Diagnostic): ModelError {
    // LSP 3.18 allows Markdown messages; the preview's banner shows plain text.
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    const error: ModelError = { range: diagnostic.range, message };
    if (typeof diagnostic.code === 'string') {
        error.code = diagnostic.code;
    }
    return error;
}

/** Clients and Langium may print the same URI differently (e.g. `%3A` vs `:`); compare Langium's form. */
function normalise(uri: string): string {
    return URI.parse(uri).toString();
}
