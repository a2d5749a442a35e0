// @cjourney/model: the journey model as plain data — its types, word lists, facts, the words
// numbers and kinds are said in, and the semantic diff. No dependencies and no Node, DOM or
// Langium import (test/no-dependencies.test.ts), so every other package can build on it.
export * from './journey-model.js';
export * from './vocabulary.js';
export * from './facts.js';
export * from './diff/index.js';
export * from './words.js';
export * from './select-journey.js';
export * from './images.js';
export * from './views.js';
export * from './model-delta.js';
