// The journey model's public surface: types, word lists and pure facts. Nothing here imports
// Langium, so the webview and other browser code can use it without the parser.
export * from './journey-model.js';
export * from './vocabulary.js';
export * from './facts.js';
export * from './diff/index.js';
