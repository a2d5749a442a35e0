/**
 * Finding and reading `.cjourney` files safely: a missing path, a folder without journeys,
 * a binary or non-UTF-8 file becomes a clear UsageError, never a stack trace. The files may
 * come from a pull request, so symbolic links (which could point at /etc/passwd) and
 * anything but regular files (a FIFO, /dev/zero) are skipped with a warning, never read, and
 * a file larger than MAX_FILE_BYTES is refused without reading it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cli-error.js';

export const JOURNEY_EXTENSION = '.cjourney';

/** Larger journeys are refused unread: ample for any map (a 5 MiB one still checks). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file that is refused: reported as that file's error (located at its start), not the run's. */
export class FileProblem extends UsageError {
    constructor(
        shown: string,
        readonly reason: string
    ) {
        super(`'${shown}': ${reason}`);
    }
}

export type Warn = (message: string) => void;

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

/**
 * A file's name as drawn into an image, which may be shared: relative to the working
 * directory when inside it, else only its name — never the user's absolute path.
 */
export function drawnPath(absolute: string, cwd = process.cwd()): string {
    const shown = displayPath(absolute, cwd);
    return path.isAbsolute(shown) ? path.basename(absolute) : shown;
}

/**
 * Expands files and folders (recursively) into absolute `.cjourney` paths, in a stable order.
 * A link or a special file named on the command line is skipped with a warning, as in a folder.
 */
export async function expandPaths(inputs: readonly string[], warn: Warn = () => undefined): Promise<string[]> {
    const result: string[] = [];
    for (const input of inputs) {
        const absolute = path.resolve(input);
        const stat = lstatOrThrow(absolute, input);
        if (stat.isDirectory()) {
            const found = await findJourneyFiles(absolute, warn);
            if (found.length === 0) {
                throw new UsageError(`no ${JOURNEY_EXTENSION} files in '${input}'`);
            }
            result.push(...found);
        } else if (stat.isFile()) {
            result.push(absolute);
        } else {
            warn(skippedBecause(displayPath(absolute), stat.isSymbolicLink()));
        }
    }
    if (result.length === 0) {
        throw new UsageError(`nothing to read in ${inputs.map(input => `'${input}'`).join(', ')}: links and special files are skipped`);
    }
    return [...new Set(result)];
}

function lstatOrThrow(absolute: string, input: string): Stats {
    try {
        return lstatSync(absolute);
    } catch (error) {
        throw new UsageError(`cannot read '${input}': ${describeFsError(error as NodeJS.ErrnoException)}`);
    }
}

function skippedBecause(shown: string, link: boolean): string {
    return `skipping '${shown}': ${link ? 'a symbolic link (cjourney never follows links)' : 'not a regular file'}`;
}

/**
 * All `.cjourney` files under a folder, sorted; hidden folders and node_modules are skipped,
 * and so are links (to folders or files) and special files, with a warning for journey names.
 */
export async function findJourneyFiles(folder: string, warn: Warn = () => undefined): Promise<string[]> {
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
                files.push(...(await findJourneyFiles(full, warn)));
            }
        } else if (entry.name.endsWith(JOURNEY_EXTENSION)) {
            if (entry.isFile()) {
                files.push(full);
            } else {
                warn(skippedBecause(displayPath(full), entry.isSymbolicLink()));
            }
        }
    }
    return files;
}

/**
 * Reads a file (a journey, a Mermaid diagram) as UTF-8 text; refuses binary content and
 * invalid UTF-8 with a clear message. The read is synchronous: a journey is small (at most
 * MAX_FILE_BYTES), and a command that reads only so does not load fs/promises or start libuv's
 * thread pool, which is a part of a small command's start-up. The file is opened without
 * following a link and without blocking on a FIFO, so the file checked is the file read.
 */
export function readTextFileSync(absolute: string): string {
    let fd: number;
    try {
        fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
        throw openProblem(error as NodeJS.ErrnoException, displayPath(absolute));
    }
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile()) {
            throw new UsageError(skippedBecause(displayPath(absolute), false));
        }
        if (stat.size > MAX_FILE_BYTES) {
            throw tooLarge(displayPath(absolute), stat.size);
        }
        return decodeText(readFileSync(fd), displayPath(absolute));
    } catch (error) {
        throw error instanceof UsageError
            ? error
            : new UsageError(`cannot read '${displayPath(absolute)}': ${describeFsError(error as NodeJS.ErrnoException)}`);
    } finally {
        closeSync(fd);
    }
}

// fatal: invalid UTF-8 throws; a leading byte order mark is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array, shown: string): string {
    if (bytes.includes(0)) {
        throw new UsageError(`'${shown}' is a binary file, not text`);
    }
    try {
        return utf8.decode(bytes);
    } catch {
        throw new UsageError(`'${shown}' is not UTF-8 text; save it as UTF-8 and try again`);
    }
}

function openProblem(error: NodeJS.ErrnoException, shown: string): UsageError {
    return new UsageError(error.code === 'ELOOP' ? skippedBecause(shown, true) : `cannot read '${shown}': ${describeFsError(error)}`);
}

function tooLarge(shown: string, size: number): FileProblem {
    return new FileProblem(shown, `the file is ${megabytes(size)}; cjourney reads journeys of up to ${megabytes(MAX_FILE_BYTES)}`);
}

function megabytes(bytes: number): string {
    return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
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
