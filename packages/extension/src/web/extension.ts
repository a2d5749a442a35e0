/**
 * The web extension (vscode.dev, github.dev): the same client and previews, with the
 * language server in a web worker (Langium's browser entry).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWithClient, createOutputChannel, LANGUAGE_CLIENT_ID, LANGUAGE_CLIENT_NAME, languageClientOptions } from '../activate.js';

/** The web extension host is itself a worker and may start workers; the Node typings do not declare it. */
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    const worker = new Worker(serverMain.toString(true), { name: 'CJourney language server' });
    const output = createOutputChannel();
    const client = new LanguageClient(LANGUAGE_CLIENT_ID, LANGUAGE_CLIENT_NAME, worker, languageClientOptions(output));
    await activateWithClient(context, client, output);
}

export function deactivate(): void {
    // The client is stopped by the disposable registered in activateWithClient.
}
