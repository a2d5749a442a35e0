/**
 * Custom messages with which a language server without a file system (the web worker of VS
 * Code for the Web) reads the workspace's `.cjourney` files through its client, so shared
 * stakeholders, personas and channels in files that are not open still resolve.
 */

/** Server → client request: the entries of a folder (only those leading to `.cjourney` files). */
export const READ_DIRECTORY_METHOD = 'cjourney/readDirectory';

/** Server → client request: the text of a `.cjourney` file. */
export const READ_FILE_METHOD = 'cjourney/readFile';

export interface WorkspaceFileParams {
    uri: string;
}

export interface DirectoryEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}
