/**
 * Loading `.cjourney` texts on the language server's services (with editor features), for
 * the tests, the benchmarks and the preview's helpers; the command line uses
 * loadSourcesCore (load-sources-core.ts), which does not load the language server.
 */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { createCJourneyServices, type CJourneyServices } from './cjourney-module.js';
import { buildSources, type SourceText } from './load-sources-core.js';

export { diagnosticsOf, UNREADABLE_FILE_CODE, type SourceText } from './load-sources-core.js';

export interface LoadedSources {
    services: CJourneyServices;
    /** One document per source, in the order given, built (parsed, linked and validated). */
    documents: LangiumDocument[];
}

/**
 * Loads texts into a fresh set of services as one workspace (so shared definitions resolve
 * across them) and builds them with validation, reading no file (unless a file system is
 * given, e.g. for the command line to check images). The language server loads its
 * workspace itself.
 */
export async function loadSources(
    sources: readonly SourceText[],
    context: DefaultSharedModuleContext = EmptyFileSystem
): Promise<LoadedSources> {
    const { shared, CJourney } = createCJourneyServices(context);
    return { services: CJourney, documents: await buildSources(shared, sources) };
}
