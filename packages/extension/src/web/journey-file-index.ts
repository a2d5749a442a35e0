/**
 * Folder listings answered from one list of `.cjourney` files (found with a single
 * workspace search), instead of crawling folders one request at a time: in github.dev every
 * folder read is a call to GitHub. A listing holds the folder's journey files and the
 * subfolders that lead to more. Pure string work on URIs, no VS Code API.
 */
import type { DirectoryEntry } from '@cjourney/language/protocol';

export function listFolder(folderUri: string, journeyFiles: readonly string[]): DirectoryEntry[] {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    const entries = new Map<string, DirectoryEntry>();
    for (const file of journeyFiles) {
        if (!file.startsWith(prefix)) continue;
        const rest = file.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash < 0) {
            entries.set(file, { uri: file, isFile: true, isDirectory: false });
        } else {
            const folder = prefix + rest.slice(0, slash);
            entries.set(folder, { uri: folder, isFile: false, isDirectory: true });
        }
    }
    return [...entries.values()].sort((a, b) => a.uri.localeCompare(b.uri));
}
