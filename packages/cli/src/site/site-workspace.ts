/**
 * The journeys of a site, kept loaded: one Langium workspace over the named files and the
 * other `.cjourney` files of their folders (so shared definitions resolve), whose texts live
 * in memory. `cjourney serve` hands it one changed file and Langium re-parses that file and
 * relinks only the documents that depend on it, instead of loading the workspace again.
 */
import { describeImageFile } from '../images.js';
import path from 'node:path';
import { buildCjourneyModel, loadSourcesCore, type LoadedCoreSources } from '@cjourney/language/core';
import type { CjourneyModel } from '@cjourney/model';
import { DocumentState, EmptyFileSystemProvider, URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import { expandPaths, FileProblem, findJourneyFiles, readTextFile } from '../files.js';

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

export class SiteWorkspace {
    private readonly texts = new Map<string, string>();
    private readonly fileSystem = memoryFileSystem(this.texts);
    private loaded: LoadedCoreSources | undefined;
    readonly files: SiteFile[] = [];

    /** @param base paths in models (and repository links) are relative to this folder. */
    constructor(readonly base: string) {}

    /** @param onTargets told how many files the site shows before they are read (`site` starts its render workers then). */
    async load(inputs: readonly string[], warn: (message: string) => void, onTargets?: (count: number) => void): Promise<void> {
        const targets = await expandPaths(inputs, warn);
        onTargets?.(targets.length);
        const seen = new Set(targets);
        const context: string[] = [];
        for (const folder of contextFolders(inputs, targets)) {
            for (const absolute of await findJourneyFiles(folder)) {
                if (!seen.has(absolute)) {
                    seen.add(absolute);
                    context.push(absolute);
                }
            }
        }
        const sources = [];
        for (const [absolute, target] of [...targets.map(file => [file, true] as const), ...context.map(file => [file, false] as const)]) {
            const uri = URI.file(absolute).toString();
            const { text, problem } = await readSafely(absolute);
            this.texts.set(uri, text);
            this.files.push({ absolute, uri, target });
            sources.push({ uri, text, problem });
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
        return { text: await readTextFile(absolute) };
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
