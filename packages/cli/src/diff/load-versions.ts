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
    return {
        before: await loadVersion([oldPath], options, oldName, warn),
        after: await loadVersion([newPath], options, displayPath, warn)
    };
}

/** `cjourney diff --git REV [PATHS…]`: the working tree against a revision (default: the whole repository). */
export async function loadGitVersions(
    revision: string,
    paths: readonly string[],
    options: WorkspaceOptions,
    warn: Warn
): Promise<Versions> {
    const root = await repositoryRoot(process.cwd());
    await verifyRevision(root, revision);
    const inputs = paths.length > 0 ? paths.map(input => path.resolve(input)) : [root];
    const folder = await fs.mkdtemp(path.join(tmpdir(), 'cjourney-diff-'));
    try {
        await materialiseRevision(root, revision, folder);
        const inOld = (absolute: string) => path.join(folder, path.relative(root, absolute));
        const oldInputs = await existing(inputs.map(inOld));
        const newInputs = await existing(inputs);
        if (oldInputs.length + newInputs.length === 0) {
            throw new UsageError(
                `no ${JOURNEY_EXTENSION} files in ${paths.map(input => `'${input}'`).join(', ') || 'the repository'}, neither now nor in ${revision}`
            );
        }
        const oldName = (absolute: string) =>
            displayPath(isInside(absolute, folder) ? path.join(root, path.relative(folder, absolute)) : absolute);
        const oldOptions = { workspace: options.workspace?.map(workspace => inOld(path.resolve(workspace))) };
        return {
            before: await loadVersion(oldInputs, oldOptions, oldName, warn),
            after: await loadVersion(newInputs, options, displayPath, warn)
        };
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
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

async function loadVersion(
    inputs: readonly string[],
    options: WorkspaceOptions,
    fileName: (absolute: string) => string,
    warn: Warn
): Promise<CjourneyModel[]> {
    if (inputs.length === 0) {
        return [];
    }
    const { targets } = await loadWorkspace(inputs, options, warn);
    for (const target of targets) {
        const errors = diagnosticsOf(target).filter(diagnostic => diagnostic.severity === 1).length;
        if (errors > 0) {
            warn(`${fileName(target.file.absolute)} has ${plural(errors, 'error')} (run cjourney check); the diff may be incomplete`);
        }
    }
    return targets.map(target => modelOf(target, fileName));
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
