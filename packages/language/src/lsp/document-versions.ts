/**
 * `publishDiagnostics` with the document version the diagnostics are for (issue 17, part 4),
 * so a client can drop results that arrive after a newer edit was sent (LSP
 * `PublishDiagnosticsParams.version`).
 *
 * The version must be the one of the text that was parsed, not the editor's current one:
 * the TextDocument of an open file is updated in place on every `didChange`, so by the time
 * a build publishes, its version may already be newer than the text the build validated.
 * The document factory therefore notes the version at the moment it reads the text, and
 * keeps it once the parse of that text has been applied to the document.
 */
import { URI, type AstNode, type LangiumDocument, type LangiumDocuments, type Mutable, type ParseResult } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SplicingDocumentFactory } from '../incremental/splicing-document-factory.js';

/** The editor version of the text each document was last parsed from; absent for files read from disk. */
const parsedVersions = new WeakMap<LangiumDocument, number>();

export function parsedVersionOf(document: LangiumDocument): number | undefined {
    return parsedVersions.get(document);
}

export class CJourneyDocumentFactory extends SplicingDocumentFactory {
    /** The version read with the text of an update still parsing (set when the text is read, kept when the parse is applied). */
    private readonly readingVersions = new WeakMap<LangiumDocument, number | undefined>();

    protected override createLangiumDocument<T extends AstNode = AstNode>(
        parseResult: ParseResult<T>,
        uri: URI,
        textDocument?: TextDocument,
        text?: string
    ): LangiumDocument<T> {
        const document = super.createLangiumDocument(parseResult, uri, textDocument, text);
        // A document opened in the editor: its TextDocument is the one parsed (create reads it synchronously).
        if (textDocument) parsedVersions.set(document, textDocument.version);
        return document;
    }

    protected override getUpdatedText<T extends AstNode>(
        document: Mutable<LangiumDocument<T>>,
        textDocument: TextDocument | undefined,
        cancellationToken: CancellationToken
    ): Promise<string> {
        // Read in the same tick as the text itself (the base class reads it synchronously).
        this.readingVersions.set(document, textDocument?.version);
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }

    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>,
        cancellationToken: CancellationToken
    ): Promise<LangiumDocument<T>> {
        const updated = await super.update(document, cancellationToken);
        const version = this.readingVersions.get(document);
        this.readingVersions.delete(document);
        if (version === undefined) parsedVersions.delete(updated);
        else parsedVersions.set(updated, version);
        return updated;
    }
}

/**
 * Adds the version to every `publishDiagnostics` the server sends for a document it parsed
 * from the editor's text (Langium's diagnostics handler sends uri and diagnostics only).
 */
export function registerDiagnosticVersions(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const documents: LangiumDocuments = shared.workspace.LangiumDocuments;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        if (params.version !== undefined) return send(params);
        const document = documents.getDocument(URI.parse(params.uri));
        const version = document && parsedVersionOf(document);
        return send(version === undefined ? params : { ...params, version });
    };
}
