export { main, createProgram } from './main.js';
export type { Output } from './output.js';
export { ExitCode, UsageError } from './cli-error.js';
