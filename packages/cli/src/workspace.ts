/**
 * Loads the journeys a command is about, together with their context: those other
 * `.cjourney` files of the folders they are in (or of `--workspace` folders) that share a
 * name with them (workspace-context.ts), so shared stakeholders, personas and channels
 * resolve as they do in the editor. Only the files the user named are reported on.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { buildCjourneyModel, loadSourcesCore } from '@cjourney/language/core';
import { type CjourneyModel } from '@cjourney/model';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describeImageFile } from './images.js';
import { displayPath, expandPaths, FileProblem, readTextFileSync, type JourneyFile } from './files.js';
import { readContext } from './workspace-context.js';

export interface WorkspaceOptions {
    /** Folders whose journeys are loaded as context; default: the folders of the inputs. */
    workspace?: string[];
    /** Read the images journeys name (`image-not-found`, `image-unsupported`): `check` does. */
    checkImages?: boolean;
    /** The most context files loaded (tests lower it); see MAX_CONTEXT_FILES. */
    maxContextFiles?: number;
}

export interface LoadedJourney {
    file: JourneyFile;
    document: LangiumDocument;
}

export interface LoadedWorkspace {
    /** The files the user named (folders expanded), in a stable order. */
    targets: LoadedJourney[];
    /** The other files loaded so that shared definitions resolve (not reported on), as shown. */
    context: string[];
}

/** A file as read; `problem` says why it was refused (it is then loaded empty). */
type ReadFile = JourneyFile & { problem?: string };

export async function loadWorkspace(
    inputs: readonly string[],
    options: WorkspaceOptions = {},
    warn: (message: string) => void = () => undefined
): Promise<LoadedWorkspace> {
    const targetPaths = await expandPaths(inputs, warn);
    const targets: ReadFile[] = [];
    for (const absolute of targetPaths) {
        targets.push(await readTarget(absolute));
    }
    const context = await readContext(contextFolders(inputs, options), targets, warn, options.maxContextFiles);
    const sources = [
        ...targets.map(file => ({ uri: fileUri(file.absolute), text: file.text, problem: file.problem })),
        ...context.map(file => ({ uri: fileUri(file.absolute), text: file.text, contextOnly: true }))
    ];
    // The file system (for images) is loaded only when some journey names an image: it costs start-up time.
    const readsImages = options.checkImages && sources.some(source => /\bimage\s+"/.test(source.text));
    const { documents } = await loadSourcesCore(sources, readsImages ? (await import('langium/node')).NodeFileSystem : undefined);
    return {
        targets: targets.map((file, index) => ({ file, document: documents[index] })),
        context: context.map(file => file.display)
    };
}

/** A named file; one that is refused (too large) becomes that file's error, not the run's. */
async function readTarget(absolute: string): Promise<ReadFile> {
    const display = displayPath(absolute);
    try {
        return { absolute, display, text: readTextFileSync(absolute) };
    } catch (error) {
        if (error instanceof FileProblem) {
            return { absolute, display, text: '', problem: error.reason };
        }
        throw error;
    }
}

function contextFolders(inputs: readonly string[], options: WorkspaceOptions): string[] {
    if (options.workspace && options.workspace.length > 0) {
        return options.workspace.map(folder => path.resolve(folder));
    }
    // lstat: a named link is skipped (expandPaths warns), and its target is no context either.
    return inputs
        .map(input => path.resolve(input))
        .flatMap(absolute => {
            const stat = lstatSync(absolute);
            return stat.isSymbolicLink() ? [] : [stat.isDirectory() ? absolute : path.dirname(absolute)];
        });
}

export function fileUri(absolute: string): string {
    return URI.file(absolute).toString();
}

/**
 * The journey model of a loaded document, with files written relative to the working
 * directory, or as `fileName` names them (e.g. an old version read into a temporary folder).
 */
export function modelOf(
    journey: LoadedJourney,
    fileName: (absolute: string) => string = absolute => displayPath(absolute, process.cwd())
): CjourneyModel {
    return buildCjourneyModel(journey.document, { fileName: uri => fileName(URI.parse(uri).fsPath), describeImage: describeImageFile });
}

export function diagnosticsOf(journey: LoadedJourney): Diagnostic[] {
    return [...(journey.document.diagnostics ?? [])].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    );
}
