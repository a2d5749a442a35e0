import { URI, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCJourneyServices, type CJourneyServices } from './cjourney-module.js';
import { ensureBuiltinDocument } from './cjourney-workspace.js';

/** A `.cjourney` text and the URI it is known by. */
export interface SourceText {
    uri: string;
    text: string;
}

export interface LoadedSources {
    services: CJourneyServices;
    /** One document per source, in the order given, built (parsed, linked and validated). */
    documents: LangiumDocument[];
}

/**
 * Loads texts into a fresh set of services as one workspace (so shared definitions resolve
 * across them) and builds them with validation, reading no file (unless a file system is
 * given, e.g. for the command line to check images). Used by
 * the command line, the benchmarks and the tests; the language server loads its workspace
 * itself.
 */
export async function loadSources(
    sources: readonly SourceText[],
    context: DefaultSharedModuleContext = EmptyFileSystem
): Promise<LoadedSources> {
    const { shared, CJourney } = createCJourneyServices(context);
    await ensureBuiltinDocument(shared);
    const documents = sources.map(source => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.parse(source.uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: CJourney, documents };
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return document.diagnostics ?? [];
}
