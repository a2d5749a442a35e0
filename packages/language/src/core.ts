// `@cjourney/language/core`: the language without its editor features, for the command line.
// Importing it never loads the language server's modules (langium/lsp, vscode-languageserver),
// which `@cjourney/language` does; start-up of `cjourney check` and `render` depends on it.
export { createCJourneyCoreServices, type CJourneyCoreServices } from './cjourney-core-module.js';
export { loadSourcesCore, diagnosticsOf, UNREADABLE_FILE_CODE, type SourceText, type LoadedCoreSources } from './load-sources-core.js';
export { buildCjourneyModel, type BuildModelOptions } from './model-builder/build-model.js';
export { scanSharedNames, type SharedNamesScan } from './shared-names-scan.js';
export * from './diagnostic-codes.js';
export { grammarProperties, reservedWords, type GrammarProperty } from './grammar-tables.js';
