/** The desktop (Node.js) extension: the language server runs in a Node process over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { pdfMaker } from './preview/pdf-export.js';
import { activateWithClient, createOutputChannel, LANGUAGE_CLIENT_ID, LANGUAGE_CLIENT_NAME, languageClientOptions } from './activate.js';

/**
 * V8's young generation kept small (2 MB semi-spaces instead of up to 16 MB): the server holds
 * long-lived ASTs, so a large nursery mostly adds resident memory (a 300-file workspace: about
 * 300 MB instead of 400 MB), at no measurable cost per edit (docs/benchmarks.md, lsp-shared).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } }
    };
    const output = createOutputChannel();
    const client = new LanguageClient(LANGUAGE_CLIENT_ID, LANGUAGE_CLIENT_NAME, serverOptions, languageClientOptions(output));
    await activateWithClient(context, client, output, { pdf: pdfMaker(context.extensionUri) });
}

export function deactivate(): void {
    // The client is stopped by the disposable registered in activateWithClient.
}
