/**
 * A Langium file system that asks the language client for files, for a server that has no
 * file system of its own (the web worker in VS Code for the Web). Langium's workspace
 * manager only reads asynchronously; the synchronous methods answer like an empty file system.
 */
import { EmptyFileSystemProvider, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, type WorkspaceFileParams } from './workspace-files-protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    private readonly empty = new EmptyFileSystemProvider();

    constructor(private readonly connection: Connection) {}

    async readFile(uri: URI): Promise<string> {
        const params: WorkspaceFileParams = { uri: uri.toString() };
        return this.connection.sendRequest(ReadFileRequest, params);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const params: WorkspaceFileParams = { uri: uri.toString() };
        const entries = await this.connection.sendRequest(ReadDirectoryRequest, params);
        return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory }));
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return this.empty.stat(uri);
    }

    exists(): Promise<boolean> {
        return this.empty.exists();
    }

    statSync(uri: URI): FileSystemNode {
        return this.empty.statSync(uri);
    }

    existsSync(): boolean {
        return this.empty.existsSync();
    }

    readBinarySync(): Uint8Array {
        return this.empty.readBinarySync();
    }

    readFileSync(): string {
        return this.empty.readFileSync();
    }

    readDirectorySync(): FileSystemNode[] {
        return this.empty.readDirectorySync();
    }
}
