/**
 * The web extension (vscode.dev, github.dev): the same client and previews, with the
 * Langium language server in a web worker that reads the workspace through the client. Where the host does not let an extension start a
 * worker (code-server's web extension host refuses it for extensions installed on the
 * server), the server runs in the extension host's own worker over a MessageChannel.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { startBrowserLanguageServer } from '@cjourney/language/browser-server';
import { activateWithClient, createOutputChannel, LANGUAGE_CLIENT_ID, LANGUAGE_CLIENT_NAME, languageClientOptions } from '../activate.js';
import { serveWorkspaceFiles } from './workspace-files.js';

type ServerWorker = Exclude<ServerOptions, () => unknown>;
/** The web extension host is itself a worker and may start workers; the Node typings do not declare it. */
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => ServerWorker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = createOutputChannel();
    const client = new LanguageClient(
        LANGUAGE_CLIENT_ID,
        LANGUAGE_CLIENT_NAME,
        serverOptions(context, output),
        languageClientOptions(output)
    );
    // The server has no file system: it reads the workspace's journey files through the client.
    context.subscriptions.push(serveWorkspaceFiles(client));
    await activateWithClient(context, client, output);
}

function serverOptions(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ServerOptions {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    try {
        return new Worker(serverMain.toString(true), { name: 'CJourney language server' });
    } catch (error) {
        output.info(
            `The language server runs in the extension host (no worker: ${error instanceof Error ? error.message : String(error)}).`
        );
        return async () => {
            const channel = new MessageChannel();
            startBrowserLanguageServer(channel.port1);
            return { reader: new BrowserMessageReader(channel.port2), writer: new BrowserMessageWriter(channel.port2) };
        };
    }
}

export function deactivate(): void {
    // The client is stopped by the disposable registered in activateWithClient.
}
