/**
 * The language server over Node.js. The transport follows the command line, as for every
 * vscode-languageserver server: `--stdio` (any LSP client: Neovim, Helix, Emacs…),
 * `--node-ipc` (the VS Code extension) or `--socket=PORT`.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createCJourneyServices } from '../cjourney-module.js';
import { registerDiagnosticVersions } from '../lsp/document-versions.js';
import { registerJourneyModelNotifier } from '../lsp/journey-model-notifier.js';
import { createServerConnection } from './transport.js';

const connection = createServerConnection(process.argv.slice(2));
const { shared } = createCJourneyServices({ connection, ...NodeFileSystem });
registerDiagnosticVersions(shared);
registerJourneyModelNotifier(shared);
startLanguageServer(shared);
