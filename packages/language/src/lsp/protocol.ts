// The language server's custom messages, for clients (`@cjourney/language/protocol`).
export * from './journey-model-protocol.js';
export * from './workspace-files-protocol.js';
