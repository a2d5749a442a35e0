// Project settings (cjourney.config.json), free of Langium and Node.js: `@cjourney/language/config`.
export * from './project-config.js';
export * from './apply-rules.js';
export * from './find-config.js';
export { configSchema } from './config-schema.js';
