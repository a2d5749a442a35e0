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
import { valueChanges, type CjourneyModel } from '@cjourney/model';
import {
    JourneyModelDeltaNotification,
    JourneyModelNotification,
    JourneyModelRequest,
    PreviewedDocumentsNotification,
    type JourneyModelParams,
    type JourneyModelResponse,
    type ModelError
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
    /** The client applies deltas (it said so with the previewed documents). */
    private deltas = false;
    /** The last model sent of each previewed document (pushed or answered): the base of the next delta. */
    private readonly sent = new Map<string, { version: number; model: CjourneyModel }>();

    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly connection: Connection
    ) {}

    listen(): void {
        this.connection.onNotification(PreviewedDocumentsNotification, params => {
            this.previewed = new Set(params.uris.map(normalise));
            this.deltas = params.deltas === true;
            [...this.sent.keys()].filter(uri => !this.previewed.has(uri) || !this.deltas).forEach(uri => this.sent.delete(uri));
        });
        this.connection.onRequest(JourneyModelRequest, (params, token) => this.answer(params.uri, token));
        this.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (this.previewed.has(document.uri.toString())) {
                this.push(document);
            }
        });
    }

    /** The whole model, or what changed since the last one sent when the client applies deltas. */
    private push(document: LangiumDocument): void {
        const params = this.journeyModelOf(document);
        const base = this.sent.get(params.uri);
        if (this.deltas) this.remember(params);
        if (!base) {
            void this.connection.sendNotification(JourneyModelNotification, params);
            return;
        }
        const { uri, version, errors } = params;
        const changes = valueChanges(base.model, params.model);
        void this.connection.sendNotification(JourneyModelDeltaNotification, { uri, version, baseVersion: base.version, changes, errors });
    }

    private remember(params: JourneyModelParams): void {
        this.sent.set(params.uri, { version: params.version, model: params.model });
    }

    private async answer(uri: string, token: CancellationToken): Promise<JourneyModelResponse> {
        const document = await this.whenValidated(normalise(uri), token);
        const params = document ? this.journeyModelOf(document) : null;
        // The client takes the answer as its whole model: later deltas start from it.
        if (params && this.deltas && this.previewed.has(params.uri)) this.remember(params);
        return params;
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
