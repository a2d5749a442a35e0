/**
 * Finding and reading `.cjourney` files safely: a missing path, a folder without journeys,
 * a binary or non-UTF-8 file becomes a clear UsageError, never a stack trace.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cli-error.js';

export const JOURNEY_EXTENSION = '.cjourney';

/** Folders never searched for journeys. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface JourneyFile {
    /** Absolute path. */
    absolute: string;
    /** As shown to the user: relative to the working directory, with `/`. */
    display: string;
    text: string;
}

/** Relative to the working directory when inside it (with `/`), else absolute. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, absolute);
    if (relative === '') {
        return '.';
    }
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        return absolute;
    }
    return relative.split(path.sep).join('/');
}

/** Expands files and folders (recursively) into absolute `.cjourney` paths, in a stable order. */
export async function expandPaths(inputs: readonly string[]): Promise<string[]> {
    const result: string[] = [];
    for (const input of inputs) {
        const absolute = path.resolve(input);
        const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(`cannot read '${input}': ${describeFsError(error)}`);
        });
        if (stat.isDirectory()) {
            const found = await findJourneyFiles(absolute);
            if (found.length === 0) {
                throw new UsageError(`no ${JOURNEY_EXTENSION} files in '${input}'`);
            }
            result.push(...found);
        } else {
            result.push(absolute);
        }
    }
    return [...new Set(result)];
}

/** All `.cjourney` files under a folder, sorted; hidden folders and node_modules are skipped. */
export async function findJourneyFiles(folder: string): Promise<string[]> {
    let entries: Dirent[];
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
                files.push(...(await findJourneyFiles(full)));
            }
        } else if (entry.isFile() && entry.name.endsWith(JOURNEY_EXTENSION)) {
            files.push(full);
        }
    }
    return files;
}

/** Reads a file (a journey, a Mermaid diagram) as UTF-8 text; refuses binary content and invalid UTF-8 with a clear message. */
export async function readTextFile(absolute: string): Promise<string> {
    const shown = displayPath(absolute);
    let bytes: Buffer;
    try {
        bytes = await fs.readFile(absolute);
    } catch (error) {
        throw new UsageError(`cannot read '${shown}': ${describeFsError(error as NodeJS.ErrnoException)}`);
    }
    if (bytes.includes(0)) {
        throw new UsageError(`'${shown}' is a binary file, not text`);
    }
    try {
        // fatal: invalid UTF-8 throws; a leading byte order mark is dropped.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new UsageError(`'${shown}' is not UTF-8 text; save it as UTF-8 and try again`);
    }
}

function describeFsError(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        default:
            return error.message;
    }
}
