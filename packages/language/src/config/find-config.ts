/**
 * Finds a file's `cjourney.config.json`: the nearest one in its folder or a folder above,
 * up to the repository or workspace root. The nearest file wins whole (no merging with files
 * further up), as with `tsconfig.json`, so one file says everything that applies.
 * The file system is the caller's: Node's in the CLI, Langium's (or the client's) in the
 * language server, VS Code's in the extension.
 */
import { CONFIG_FILE_NAME } from './project-config.js';

export interface ConfigSearch<Folder> {
    /** The text of a file, or undefined when there is none. */
    read(file: Folder): Promise<string | undefined>;
    /** Whether the search ends at this folder: a repository root (`.git`) or a workspace folder. */
    isRoot(folder: Folder): Promise<boolean>;
    /** The folder above, or undefined at the top of the file system. */
    parent(folder: Folder): Folder | undefined;
    child(folder: Folder, name: string): Folder;
}

export interface FoundConfig<Folder> {
    file: Folder;
    text: string;
}

export async function findConfigFile<Folder>(folder: Folder, search: ConfigSearch<Folder>): Promise<FoundConfig<Folder> | undefined> {
    let current: Folder | undefined = folder;
    while (current !== undefined) {
        const file = search.child(current, CONFIG_FILE_NAME);
        const text = await search.read(file);
        if (text !== undefined) {
            return { file, text };
        }
        if (await search.isRoot(current)) {
            return undefined;
        }
        current = search.parent(current);
    }
    return undefined;
}
