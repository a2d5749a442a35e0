import { URI, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
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
 * across them) and builds them with validation, without touching the file system. Used by
 * the command line, the benchmarks and the tests; the language server loads its workspace
 * itself.
 */
export async function loadSources(sources: readonly SourceText[]): Promise<LoadedSources> {
    const { shared, CJourney } = createCJourneyServices(EmptyFileSystem);
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
