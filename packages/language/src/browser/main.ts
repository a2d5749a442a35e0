/**
 * The language server in a web worker, for VS Code for the Web (vscode.dev, github.dev):
 * Langium's browser entry and vscode-languageserver's browser transport. Files are read
 * through the client (see workspace-file-system.ts in this folder) since a worker has no file system.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createCJourneyServices } from '../cjourney-module.js';
import { registerJourneyModelNotifier } from '../lsp/journey-model-notifier.js';
import { EmptyFileSystem } from 'langium';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createCJourneyServices({ connection, ...EmptyFileSystem });
registerJourneyModelNotifier(shared);
startLanguageServer(shared);
