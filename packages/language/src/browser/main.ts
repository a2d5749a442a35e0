/**
 * The language server as a web worker, for VS Code for the Web (vscode.dev, github.dev):
 * Langium's browser entry and vscode-languageserver's browser transport over the worker's
 * own message port.
 */
import { startBrowserLanguageServer } from './start-server.js';

declare const self: DedicatedWorkerGlobalScope;

startBrowserLanguageServer(self);
