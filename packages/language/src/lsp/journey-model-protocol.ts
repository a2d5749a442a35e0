/**
 * The language server's custom messages for the live preview. Plain types and method names
 * only (no Langium, no vscode-languageserver), so the VS Code extension (Node and web) and
 * any other client can import them without pulling the server in.
 *
 * The protocol: the client says which documents it previews (`cjourney/previewedDocuments`);
 * the server pushes a `cjourney/journeyModel` notification each time one of them has been
 * validated (on every edit, and when a file it depends on changes). A newly opened preview
 * asks once with the `cjourney/journeyModel` request, which waits until the document is
 * validated (the request can arrive before the server has even seen the document).
 *
 * A client that says it applies deltas (`deltas: true`) gets, after the first model of a
 * document, `cjourney/journeyModelDelta` notifications instead: the values that changed
 * since the model of `baseVersion` (model-delta.ts in @cjourney/model). A client without that
 * model asks for the whole one with the request, which also makes it the server's new base.
 */
import type { CjourneyModel, SourceRange, ModelValueChange } from '@cjourney/model';
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** Client → server notification: the complete set of documents shown in previews. */

export interface PreviewedDocumentsParams {
    /** Document URIs, as the client prints them. An empty list stops every push. */
    uris: string[];
    /** The client applies `cjourney/journeyModelDelta` notifications; without it, every push is a whole model. */
    deltas?: boolean;
}

/** Server → client notification, and client → server request, carrying one journey model. */

export interface JourneyModelRequestParams {
    uri: string;
}

/** The model of one validated document, with the errors that make it unreliable. */
export interface JourneyModelParams {
    uri: string;
    /** The LSP version of the text the model was built from; later versions supersede it. */
    version: number;
    model: CjourneyModel;
    /** The document's error diagnostics (warnings and hints are left out): the preview keeps the last error-free map while there are any. */
    errors: ModelError[];
}

export interface ModelError {
    range: SourceRange;
    message: string;
    /** The contract's diagnostic code, e.g. `unresolved-reference`, when there is one. */
    code?: string;
}

/** What changed in a previewed document's model since the model of `baseVersion` the server sent last. */
export interface JourneyModelDeltaParams {
    uri: string;
    version: number;
    /** The version of the model (pushed or answered) the changes apply to. */
    baseVersion: number;
    /** Apply with `applyValueChanges(model, changes)`; empty when only the errors changed. */
    changes: ModelValueChange[];
    errors: ModelError[];
}

/** The request answers `null` when the document is unknown or not validated within the server's time limit. */
export type JourneyModelResponse = JourneyModelParams | null;

/** The client says which documents are previewed; the server pushes their models after each validation. */
export const PreviewedDocumentsNotification = new NotificationType<PreviewedDocumentsParams>('cjourney/previewedDocuments');

/** The client asks for a document's model (e.g. when a preview opens); `null` when the server does not know it. */
export const JourneyModelRequest = new RequestType<JourneyModelRequestParams, JourneyModelResponse, void>('cjourney/journeyModel');

/** The server pushes a previewed document's model after each validation. */
export const JourneyModelNotification = new NotificationType<JourneyModelParams>('cjourney/journeyModel');

/** The server pushes what changed in a previewed document's model, to clients that apply deltas. */
export const JourneyModelDeltaNotification = new NotificationType<JourneyModelDeltaParams>('cjourney/journeyModelDelta');
