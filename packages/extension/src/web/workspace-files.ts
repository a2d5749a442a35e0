/**
 * Serves the web language server's file requests (workspace-files-protocol.ts) through
 * `vscode.workspace`, which reads local folders in vscode.dev and repositories in github.dev
 * alike. Only `.cjourney` files are ever read.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_DIRECTORY_METHOD, READ_FILE_METHOD, type DirectoryEntry, type WorkspaceFileParams } from '@cjourney/language/protocol';
import { listFolder } from './journey-file-index.js';

const JOURNEY_FILES = '**/*.cjourney';
const EXCLUDED = '**/{node_modules,.git}/**';

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    let journeyFiles: Promise<string[]> | undefined;
    const findJourneyFiles = (): Promise<string[]> =>
        (journeyFiles ??= Promise.resolve(vscode.workspace.findFiles(JOURNEY_FILES, EXCLUDED)).then(uris =>
            uris.map(uri => uri.toString())
        ));
    const watcher = vscode.workspace.createFileSystemWatcher(JOURNEY_FILES, false, true, false);
    const forget = (): void => {
        journeyFiles = undefined;
    };
    return vscode.Disposable.from(
        watcher,
        watcher.onDidCreate(forget),
        watcher.onDidDelete(forget),
        client.onRequest(READ_DIRECTORY_METHOD, async (params: WorkspaceFileParams): Promise<DirectoryEntry[]> =>
            listFolder(params.uri, await findJourneyFiles())
        ),
        client.onRequest(READ_FILE_METHOD, async (params: WorkspaceFileParams): Promise<string> => {
            const uri = vscode.Uri.parse(params.uri);
            if (!uri.path.endsWith('.cjourney')) throw new Error(`Only .cjourney files are served, not ${uri.toString(true)}`);
            return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        })
    );
}
