/**
 * Custom messages with which a language server without a file system (the web worker of VS
 * Code for the Web) reads the workspace's `.cjourney` files through its client, so shared
 * stakeholders, personas and channels in files that are not open still resolve.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface WorkspaceFileParams {
    uri: string;
}

export interface DirectoryEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** Server → client: the entries of a folder (only those leading to `.cjourney` files); the web worker server has no file system. */
export const ReadDirectoryRequest = new RequestType<WorkspaceFileParams, DirectoryEntry[], void>('cjourney/readDirectory');

/** Server → client: the text of a `.cjourney` file. */
export const ReadFileRequest = new RequestType<WorkspaceFileParams, string, void>('cjourney/readFile');
