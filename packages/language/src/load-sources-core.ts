/**
 * Loading `.cjourney` texts as one workspace and building them, on the language's core
 * services (no editor features: what the command line needs, see cjourney-core-module.ts).
 * load-sources.ts does the same on the language server's services.
 */
import { EmptyFileSystem, URI, type DefaultSharedCoreModuleContext, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCJourneyCoreServices, type CJourneyCoreServices } from './cjourney-core-module.js';
import { ensureBuiltinDocument } from './cjourney-workspace.js';

/** A `.cjourney` text and the URI it is known by. */
export interface SourceText {
    uri: string;
    text: string;
    /** Why the file could not be read (too large…): it is loaded empty with this as its error. */
    problem?: string;
    /**
     * Loaded only so that shared definitions resolve (the command line's context files): it is
     * parsed, indexed and linked but not validated, since nobody reads its diagnostics.
     */
    contextOnly?: boolean;
}

/** The code of the error a file gets when it cannot be read or parsed at all. */
export const UNREADABLE_FILE_CODE = 'file-unreadable';

/** Documents built on a fresh set of services, and those services. */
export interface LoadedOn<S> {
    services: S;
    /** One document per source, in the order given, built (parsed, linked and validated). */
    documents: LangiumDocument[];
}

export type LoadedCoreSources = LoadedOn<CJourneyCoreServices>;

/**
 * loadSources on the core services: the same documents and diagnostics, without loading
 * the language server's modules. Used by the command line.
 */
export function loadSourcesCore(
    sources: readonly SourceText[],
    context: DefaultSharedCoreModuleContext = EmptyFileSystem
): Promise<LoadedCoreSources> {
    return loadOn(createCJourneyCoreServices(context), sources);
}

/** Builds the sources on services just created (core or language server ones). */
export async function loadOn<S>(
    created: { shared: LangiumSharedCoreServices; CJourney: S },
    sources: readonly SourceText[]
): Promise<LoadedOn<S>> {
    return { services: created.CJourney, documents: await buildSources(created.shared, sources) };
}

/**
 * Loads texts into a fresh set of services as one workspace (so shared definitions resolve
 * across them) and builds them with validation (context-only sources are linked, not
 * validated), reading no file unless the services were given a file system.
 */
export async function buildSources(shared: LangiumSharedCoreServices, sources: readonly SourceText[]): Promise<LangiumDocument[]> {
    await ensureBuiltinDocument(shared);
    const problems = new Map<LangiumDocument, string>();
    const documents = sources.map(source => {
        const document = parseOrEmpty(shared, source, problems);
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const builder = shared.workspace.DocumentBuilder;
    const checked = documents.filter((_, index) => !sources[index].contextOnly);
    if (checked.length === documents.length) {
        await builder.build(documents, { validation: true });
    } else {
        // Link everything together first (so references between checked and context files
        // resolve both ways), then validate only the checked files.
        await builder.build(documents, { validation: false });
        await builder.build(checked, { validation: true });
    }
    // Set after the build, which replaces the diagnostics of every document it validates.
    problems.forEach((message, document) => {
        document.diagnostics = [unreadableFile(message)];
    });
    return documents;
}

/**
 * Parses one source; one that cannot be parsed at all (the parser threw) is loaded empty and
 * remembered with its reason, so it is that file's error and the other files are still checked.
 */
function parseOrEmpty(shared: LangiumSharedCoreServices, source: SourceText, problems: Map<LangiumDocument, string>): LangiumDocument {
    const uri = URI.parse(source.uri);
    const factory = shared.workspace.LangiumDocumentFactory;
    if (source.problem === undefined) {
        try {
            return factory.fromString(source.text, uri);
        } catch (error) {
            const document = factory.fromString('', uri);
            problems.set(document, `cjourney could not read this file: ${(error as Error)?.message ?? String(error)}`);
            return document;
        }
    }
    const document = factory.fromString('', uri);
    problems.set(document, source.problem);
    return document;
}

function unreadableFile(message: string): Diagnostic {
    const start = { line: 0, character: 0 };
    return { range: { start, end: start }, severity: 1, code: UNREADABLE_FILE_CODE, source: 'cjourney', message };
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return document.diagnostics ?? [];
}
