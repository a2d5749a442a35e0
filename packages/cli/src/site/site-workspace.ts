/**
 * The journeys of a site, kept loaded: one Langium workspace over the named files and those
 * other `.cjourney` files of their folders (or of `--workspace` folders) that share a name
 * with them, so shared definitions resolve — chosen as `check` and `render` choose them
 * (workspace-context.ts: scanned, not parsed, at most MAX_CONTEXT_FILES, with a warning
 * naming the folder past that) — whose texts live in memory. `cjourney serve` hands it one changed file and Langium re-parses that file and
 * relinks only the documents that depend on it, instead of loading the workspace again.
 */
import { describeImageFile } from '../images.js';
import path from 'node:path';
import { buildCjourneyModel, loadSourcesCore, type LoadedCoreSources } from '@cjourney/language/core';
import type { CjourneyModel } from '@cjourney/model';
import { DocumentState, EmptyFileSystemProvider, URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import { expandPaths, FileProblem, readTextFileSync } from '../files.js';
import { readContext } from '../workspace-context.js';

/** The texts of the workspace by URI: Langium reads a changed document's new text from here. */
function memoryFileSystem(texts: ReadonlyMap<string, string>): FileSystemProvider {
    return Object.assign(new EmptyFileSystemProvider(), {
        readFile: async (uri: URI) => texts.get(uri.toString()) ?? '',
        readFileSync: (uri: URI) => texts.get(uri.toString()) ?? ''
    });
}

export interface SiteFile {
    absolute: string;
    uri: string;
    /** Whether the user named it (folders expanded): only these get pages. */
    target: boolean;
}

export interface SiteLoadOptions {
    /** Told how many files the site shows before they are read (`site` starts its render workers then). */
    onTargets?: (count: number) => void;
    /** Folders whose journeys are the context; default: the folders of the inputs. */
    workspace?: readonly string[];
    /** The most context files loaded (tests lower it); see MAX_CONTEXT_FILES. */
    maxContextFiles?: number;
}

export class SiteWorkspace {
    private readonly texts = new Map<string, string>();
    private readonly fileSystem = memoryFileSystem(this.texts);
    private loaded: LoadedCoreSources | undefined;
    readonly files: SiteFile[] = [];

    /** @param base paths in models (and repository links) are relative to this folder. */
    constructor(readonly base: string) {}

    async load(inputs: readonly string[], warn: (message: string) => void, options: SiteLoadOptions = {}): Promise<void> {
        const targets = await expandPaths(inputs, warn);
        options.onTargets?.(targets.length);
        const read: Array<{ absolute: string; text: string; problem?: string }> = [];
        for (const absolute of targets) {
            read.push({ absolute, ...(await readSafely(absolute)) });
        }
        const folders = options.workspace?.length ? options.workspace.map(folder => path.resolve(folder)) : contextFolders(inputs, targets);
        const context = await readContext(folders, read, warn, options.maxContextFiles);
        const sources = [];
        for (const { absolute, text, problem, target } of [
            ...read.map(file => ({ ...file, target: true })),
            ...context.map(file => ({ absolute: file.absolute, text: file.text, problem: undefined, target: false }))
        ]) {
            const uri = URI.file(absolute).toString();
            this.texts.set(uri, text);
            this.files.push({ absolute, uri, target });
            // Context files are linked, not validated: nobody reads their diagnostics (as for `check`).
            sources.push({ uri, text, problem, contextOnly: !target });
        }
        const fileSystem = this.fileSystem;
        this.loaded = await loadSourcesCore(sources, { fileSystemProvider: () => fileSystem });
    }

    /**
     * Re-reads one file of the workspace and rebuilds it and what depends on it; returns the
     * files Langium relinked (empty when the file is not part of the site or did not change).
     */
    async update(absolute: string): Promise<SiteFile[]> {
        const file = this.files.find(candidate => candidate.absolute === absolute);
        if (!file || !this.loaded) {
            return [];
        }
        const { text } = await readSafely(absolute);
        if (this.texts.get(file.uri) === text) {
            return [];
        }
        this.texts.set(file.uri, text);
        const builder = this.loaded.services.shared.workspace.DocumentBuilder;
        const relinked = new Set<string>([file.uri]);
        const listener = builder.onDocumentPhase(DocumentState.Linked, document => {
            relinked.add(document.uri.toString());
        });
        try {
            await builder.update([URI.parse(file.uri)], []);
        } finally {
            listener.dispose();
        }
        return this.files.filter(candidate => relinked.has(candidate.uri));
    }

    document(file: SiteFile): LangiumDocument | undefined {
        return this.loaded?.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(file.uri));
    }

    /** The model of a file, its paths relative to the base folder (with `/`). */
    modelOf(file: SiteFile): CjourneyModel | undefined {
        const document = this.document(file);
        if (!document) {
            return undefined;
        }
        return buildCjourneyModel(document, {
            fileName: uri => relativePath(this.base, URI.parse(uri).fsPath),
            describeImage: describeImageFile
        });
    }

    errorCount(file: SiteFile): number {
        return (this.document(file)?.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    }
}

/** The folders of the inputs: a folder itself, a file's folder. */
function contextFolders(inputs: readonly string[], targets: readonly string[]): string[] {
    const folders = new Set<string>(targets.map(target => path.dirname(target)));
    for (const input of inputs) {
        const absolute = path.resolve(input);
        if (!targets.includes(absolute)) {
            folders.add(absolute);
        }
    }
    return [...folders].sort();
}

async function readSafely(absolute: string): Promise<{ text: string; problem?: string }> {
    try {
        return { text: readTextFileSync(absolute) };
    } catch (error) {
        if (error instanceof FileProblem) {
            return { text: '', problem: error.reason };
        }
        return { text: '', problem: (error as Error).message };
    }
}

export function relativePath(base: string, absolute: string): string {
    const relative = path.relative(base, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute.split(path.sep).join('/') : relative.split(path.sep).join('/');
}
