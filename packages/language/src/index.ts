// The language package's public surface (browser-safe: no Node.js imports here).
export * from './cjourney-module.js';
export * from './builtins.js';
export * from './diagnostic-codes.js';
export * from './suggestions.js';
export { createBuiltinDocument, ensureBuiltinDocument } from './cjourney-workspace.js';
export { buildCjourneyModel, type BuildModelOptions } from './model-builder/build-model.js';
export { scanSharedNames, type SharedNamesScan } from './shared-names-scan.js';
export { loadSources, type SourceText, type LoadedSources } from './load-sources.js';
export { createCJourneyCoreServices, type CJourneyCoreServices } from './cjourney-core-module.js';
export { loadSourcesCore, type LoadedCoreSources } from './load-sources-core.js';
export * as ast from './generated/ast.js';
export { grammarProperties, reservedWords, type GrammarProperty } from './grammar-tables.js';
