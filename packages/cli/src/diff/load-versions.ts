/**
 * The two versions a diff compares, as journey models: two files, two folders (files paired
 * by relative path), or the working tree against a git revision. Each side is loaded as one
 * workspace so shared definitions resolve the same way on both sides.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCjourneyModel, loadSources, type CjourneyModel } from '@cjourney/language';
import { URI } from 'langium';
import { UsageError } from '../cli-error.js';
import { displayPath, expandPaths, findJourneyFiles, readTextFile } from '../files.js';
import { fileUri } from '../workspace.js';

export interface VersionPair {
    old?: CjourneyModel;
    now?: CjourneyModel;
}

interface Source {
    /** Key that pairs the two sides (a relative path). */
    key: string;
    /** Where the file is (or was) on disk, for its URI and displayed name. */
    absolute: string;
    text: string;
}

/** Models of sources loaded together, by key. */
async function modelsOf(sources: readonly Source[]): Promise<Map<string, CjourneyModel>> {
    const { documents } = await loadSources(sources.map(source => ({ uri: fileUri(source.absolute), text: source.text })));
    const fileName = (uri: string) => displayPath(URI.parse(uri).fsPath);
    return new Map(sources.map((source, index) => [source.key, buildCjourneyModel(documents[index], { fileName })]));
}

function pair(oldModels: Map<string, CjourneyModel>, newModels: Map<string, CjourneyModel>): VersionPair[] {
    const keys = [...new Set([...newModels.keys(), ...oldModels.keys()])].sort();
    return keys.map(key => ({ old: oldModels.get(key), now: newModels.get(key) }));
}

/** `cjourney diff OLD NEW`: two files, or two folders whose files pair by relative path. */
export async function loadPathVersions(oldInput: string, newInput: string): Promise<VersionPair[]> {
    const [oldPath, newPath] = [path.resolve(oldInput), path.resolve(newInput)];
    await expandPaths([oldInput, newInput]);
    const isFolder = (absolute: string) => statSync(absolute).isDirectory();
    if (isFolder(oldPath) !== isFolder(newPath)) {
        throw new UsageError('diff compares two files or two folders, not a file with a folder');
    }
    const side = async (root: string): Promise<Source[]> => {
        const files = isFolder(root) ? await findJourneyFiles(root) : [root];
        return Promise.all(files.map(async absolute => ({
            key: isFolder(root) ? path.relative(root, absolute) : '',
            absolute,
            text: await readTextFile(absolute)
        })));
    };
    const [oldSources, newSources] = await Promise.all([side(oldPath), side(newPath)]);
    const [oldModels, newModels] = await Promise.all([modelsOf(oldSources), modelsOf(newSources)]);
    return pair(oldModels, newModels);
}

function git(args: string[], cwd: string): Buffer {
    try {
        return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
        throw new UsageError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
    }
}

/** `cjourney diff --git REF [PATHS…]`: the working tree against a revision. */
export async function loadGitVersions(ref: string, inputs: readonly string[]): Promise<VersionPair[]> {
    const cwd = process.cwd();
    const root = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    const specs = (inputs.length > 0 ? inputs : ['.']).map(input => path.resolve(input));
    const relativeSpecs = specs.map(spec => path.relative(root, spec) || '.');

    const listed = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', ...relativeSpecs], root).toString('utf8').split('\0');
    const oldSources: Source[] = [];
    for (const relative of listed.filter(name => name.endsWith('.cjourney'))) {
        const bytes = git(['show', `${ref}:${relative}`], root);
        const text = decodeText(bytes);
        if (text !== undefined) {
            oldSources.push({ key: relative, absolute: path.join(root, relative), text });
        }
    }
    const newFiles = new Set<string>();
    for (const spec of specs) {
        if (!existsSync(spec)) continue;
        (statSync(spec).isDirectory() ? await findJourneyFiles(spec) : [spec]).forEach(file => newFiles.add(file));
    }
    const newSources = await Promise.all([...newFiles].sort().map(async absolute => ({ key: path.relative(root, absolute), absolute, text: await readTextFile(absolute) })));
    if (oldSources.length === 0 && newSources.length === 0) {
        throw new UsageError(`no .cjourney files in ${inputs.length > 0 ? inputs.join(', ') : 'this folder'}, now or at ${ref}`);
    }
    const [oldModels, newModels] = await Promise.all([modelsOf(oldSources), modelsOf(newSources)]);
    return pair(oldModels, newModels);
}

/** UTF-8 text, or undefined for binary content (skipped, as in the working tree). */
function decodeText(bytes: Buffer): string | undefined {
    if (bytes.includes(0)) return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return undefined;
    }
}
