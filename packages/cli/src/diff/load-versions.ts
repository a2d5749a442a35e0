/**
 * The two versions `cjourney diff` compares, as journey models: two files, two folders
 * (files paired by their path inside the folders), or the working tree against a git
 * revision. Each version is loaded as a workspace of its own, so shared definitions resolve
 * in the old version as they did then. Files are named as the user sees them now, so a
 * journey is only "moved to another file" when it really was.
 */
import { promises as fs, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CjourneyModel, plural } from '@cjourney/model';
import { UsageError } from '../cli-error.js';
import { displayPath, findJourneyFiles, JOURNEY_EXTENSION } from '../files.js';
import { fileAtRevision, filesAtRevision, repositoryRoot, verifyRevision } from '../git.js';
import { diagnosticsOf, loadWorkspace, modelOf, type WorkspaceOptions } from '../workspace.js';

export interface Versions {
    before: CjourneyModel[];
    after: CjourneyModel[];
    /**
     * Files read with errors, each once (in the new version, the count the user can fix, or
     * else only in the old one): the diff is built from what could be read, so it says so.
     */
    withErrors: FileWithErrors[];
}

export interface FileWithErrors {
    file: string;
    errors: number;
    version: 'before' | 'after';
}

type Warn = (message: string) => void;

/** `cjourney diff OLD NEW`: two files, or two folders. */
export async function loadPathVersions(oldPath: string, newPath: string, options: WorkspaceOptions, warn: Warn): Promise<Versions> {
    const oldAbsolute = path.resolve(oldPath);
    const newAbsolute = path.resolve(newPath);
    const oldIsFolder = isFolder(oldPath);
    if (oldIsFolder !== isFolder(newPath)) {
        throw new UsageError(`compare a file with a file or a folder with a folder ('${oldPath}' and '${newPath}')`);
    }
    // The old version's files take the names of their counterparts in the new version.
    const oldName = oldIsFolder
        ? (absolute: string) =>
              isInside(absolute, oldAbsolute)
                  ? displayPath(path.join(newAbsolute, path.relative(oldAbsolute, absolute)))
                  : displayPath(absolute)
        : (absolute: string) => displayPath(absolute === oldAbsolute ? newAbsolute : absolute);
    const withErrors: FileWithErrors[] = [];
    return {
        before: await loadVersion([oldPath], options, oldName, warn, { version: 'before', incomplete: withErrors }),
        after: await loadVersion([newPath], options, displayPath, warn, { version: 'after', incomplete: withErrors }),
        withErrors
    };
}

/**
 * `cjourney diff --git REV [PATHS…]`: the working tree against a revision (default: the whole
 * repository of the working directory). Each path is compared with the revision of the
 * repository that contains it, not of the working directory: run from elsewhere, the wrong
 * repository reported every journey as added.
 */
export async function loadGitVersions(
    revision: string,
    paths: readonly string[],
    options: WorkspaceOptions,
    warn: Warn
): Promise<Versions> {
    const inputs = paths.length > 0 ? await Promise.all(paths.map(realPath)) : [await repositoryRoot(process.cwd())];
    const workspaces = await Promise.all((options.workspace ?? []).map(realPath));
    const folder = await fs.mkdtemp(path.join(tmpdir(), 'cjourney-diff-'));
    try {
        const snapshotOf = await snapshotRepositories([...inputs, ...workspaces], paths, revision, folder);
        const inOld = (absolute: string) => {
            const snapshot = snapshotOf.get(absolute)!;
            return path.join(snapshot.folder, path.relative(snapshot.root, absolute));
        };
        const oldInputs = await existing(inputs.map(inOld));
        const newInputs = await existing(inputs);
        if (oldInputs.length + newInputs.length === 0) {
            throw new UsageError(
                `no ${JOURNEY_EXTENSION} files in ${paths.map(input => `'${input}'`).join(', ') || 'the repository'}, neither now nor in ${revision}`
            );
        }
        const snapshots = [...new Set(snapshotOf.values())];
        const oldName = (absolute: string) => {
            const snapshot = snapshots.find(candidate => isInside(absolute, candidate.folder));
            return displayPath(snapshot ? path.join(snapshot.root, path.relative(snapshot.folder, absolute)) : absolute);
        };
        const oldOptions = { workspace: options.workspace && workspaces.map(inOld) };
        const withErrors: FileWithErrors[] = [];
        return {
            before: await loadVersion(oldInputs, oldOptions, oldName, warn, { version: 'before', incomplete: withErrors }),
            after: await loadVersion(newInputs, options, displayPath, warn, { version: 'after', incomplete: withErrors }),
            withErrors
        };
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

/** A repository the compared paths are in, and the folder its revision was written to. */
interface Snapshot {
    root: string;
    folder: string;
}

/**
 * Writes the revision of every repository that holds one of `inputs` (absolute, real paths)
 * into its own subfolder of `folder`; returns each input's snapshot. `shown` are the paths as
 * the user typed them, for messages.
 */
async function snapshotRepositories(
    inputs: readonly string[],
    shown: readonly string[],
    revision: string,
    folder: string
): Promise<Map<string, Snapshot>> {
    const byRoot = new Map<string, Snapshot>();
    const snapshotOf = new Map<string, Snapshot>();
    for (const [index, input] of inputs.entries()) {
        const root = await repositoryRoot(await existingFolder(input), shown[index] ?? input);
        let snapshot = byRoot.get(root);
        if (!snapshot) {
            snapshot = { root, folder: path.join(folder, String(byRoot.size)) };
            byRoot.set(root, snapshot);
            await verifyRevision(root, revision);
            await materialiseRevision(root, revision, snapshot.folder);
        }
        snapshotOf.set(input, snapshot);
    }
    return snapshotOf;
}

/**
 * The absolute path with symbolic links resolved, as git reports repository roots; a path that
 * no longer exists (a folder deleted since the revision) keeps its missing tail.
 */
async function realPath(input: string): Promise<string> {
    const absolute = path.resolve(input);
    for (let existingPart = absolute; ; existingPart = path.dirname(existingPart)) {
        const real = await fs.realpath(existingPart).catch(() => undefined);
        if (real !== undefined) return path.join(real, path.relative(existingPart, absolute));
        if (path.dirname(existingPart) === existingPart) return absolute;
    }
}

/** The folder git runs in for `absolute`: itself when it is a folder, else its nearest existing parent. */
async function existingFolder(absolute: string): Promise<string> {
    for (let candidate = absolute; ; candidate = path.dirname(candidate)) {
        const stat = await fs.stat(candidate).catch(() => undefined);
        if (stat?.isDirectory() || path.dirname(candidate) === candidate) return candidate;
    }
}

/** Writes every `.cjourney` file of the revision under `folder`, at its path in the repository. */
async function materialiseRevision(root: string, revision: string, folder: string): Promise<void> {
    const files = (await filesAtRevision(root, revision, [])).filter(isSearchedJourneyPath);
    for (const file of files) {
        const target = path.join(folder, ...file.split('/'));
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, await fileAtRevision(root, revision, file));
    }
}

/** The files `findJourneyFiles` would find in a working tree: no hidden folders, no node_modules. */
function isSearchedJourneyPath(file: string): boolean {
    const segments = file.split('/');
    return (
        file.endsWith(JOURNEY_EXTENSION) && segments.slice(0, -1).every(segment => !segment.startsWith('.') && segment !== 'node_modules')
    );
}

/** Loads one version; files with errors are added to `found.incomplete` (the new version's count replaces the old's). */
async function loadVersion(
    inputs: readonly string[],
    options: WorkspaceOptions,
    fileName: (absolute: string) => string,
    warn: Warn,
    found: { version: FileWithErrors['version']; incomplete: FileWithErrors[] }
): Promise<CjourneyModel[]> {
    if (inputs.length === 0) {
        return [];
    }
    const { targets } = await loadWorkspace(inputs, options, warn);
    for (const target of targets) {
        const errors = diagnosticsOf(target).filter(diagnostic => diagnostic.severity === 1).length;
        if (errors > 0) {
            const file = fileName(target.file.absolute);
            const index = found.incomplete.findIndex(entry => entry.file === file);
            found.incomplete.splice(index < 0 ? found.incomplete.length : index, index < 0 ? 0 : 1, {
                file,
                errors,
                version: found.version
            });
        }
    }
    return targets.map(target => modelOf(target, fileName));
}

/** One line per file with errors: `what` ("diff") may be incomplete. */
export function incompleteNotices(incomplete: readonly FileWithErrors[], what: string): string[] {
    return incomplete.map(entry =>
        entry.version === 'after'
            ? `${entry.file} has ${plural(entry.errors, 'error')} (run cjourney check); the ${what} may be incomplete`
            : `${entry.file} had ${plural(entry.errors, 'error')} in the old version; the ${what} may be incomplete`
    );
}

function isFolder(input: string): boolean {
    try {
        return statSync(input).isDirectory();
    } catch {
        throw new UsageError(`cannot read '${input}': no such file or directory`);
    }
}

/** A file, or a folder with at least one journey file below it. */
async function holdsJourneys(absolute: string): Promise<boolean> {
    const stat = await fs.stat(absolute).catch(() => undefined);
    return stat !== undefined && (stat.isFile() || (stat.isDirectory() && (await findJourneyFiles(absolute)).length > 0));
}

async function existing(inputs: readonly string[]): Promise<string[]> {
    const kept: string[] = [];
    for (const input of inputs) {
        if (await holdsJourneys(input)) {
            kept.push(input);
        }
    }
    return kept;
}

function isInside(absolute: string, folder: string): boolean {
    const relative = path.relative(folder, absolute);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
