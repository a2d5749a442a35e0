/**
 * Loading `.cjourney` texts on the language server's services (with editor features), for
 * the tests, the benchmarks and the preview's helpers; the command line uses
 * loadSourcesCore (load-sources-core.ts), which does not load the language server.
 */
import { EmptyFileSystem } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { createCJourneyServices, type CJourneyServices } from './cjourney-module.js';
import { loadOn, type LoadedOn, type SourceText } from './load-sources-core.js';

export { diagnosticsOf, UNREADABLE_FILE_CODE, type SourceText } from './load-sources-core.js';

export type LoadedSources = LoadedOn<CJourneyServices>;

/**
 * Loads texts into a fresh set of services as one workspace (so shared definitions resolve
 * across them) and builds them with validation, reading no file (unless a file system is
 * given, e.g. for the command line to check images). The language server loads its
 * workspace itself.
 */
export function loadSources(sources: readonly SourceText[], context: DefaultSharedModuleContext = EmptyFileSystem): Promise<LoadedSources> {
    return loadOn(createCJourneyServices(context), sources);
}
