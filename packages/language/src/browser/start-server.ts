/**
 * Starts the language server over a browser message port: the web worker's own scope (see
 * main.ts), or one end of a MessageChannel when the server must run inside the web extension
 * host itself (hosts that do not let extensions start workers, e.g. code-server's).
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createCJourneyServices } from '../cjourney-module.js';
import { ClientFileSystemProvider } from '../lsp/client-file-system-provider.js';
import { LifecycleGuard } from '../lsp/lifecycle-guard.js';
import { registerDiagnosticVersions } from '../lsp/document-versions.js';
import { registerJourneyModelNotifier } from '../lsp/journey-model-notifier.js';

export function startBrowserLanguageServer(port: MessagePort | DedicatedWorkerGlobalScope): void {
    const writer = new BrowserMessageWriter(port);
    // The same lifecycle rules as the Node server (see lifecycle-guard.ts).
    const connection = createConnection(new LifecycleGuard(new BrowserMessageReader(port), writer), writer);
    // No file system in a browser: the workspace's files are read through the client.
    const { shared } = createCJourneyServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
    registerDiagnosticVersions(shared);
    registerJourneyModelNotifier(shared);
    startLanguageServer(shared);
}
