/**
 * `cjourney render --diff OLD` and `--diff-git REV`: the semantic diff a visual diff draws,
 * computed once for the file or folder rendered (the same versions `cjourney diff` compares).
 */
import { type CjourneyModel, diffJourneys, type JourneyDiff, selectJourney } from '@cjourney/model';
import { diffMarksFor, type DiffMarks } from '@cjourney/render';
import path from 'node:path';
import { UsageError } from '../cli-error.js';
import { drawnPath } from '../files.js';
import { incompleteNotices, loadGitVersions, loadPathVersions } from '../diff/load-versions.js';
import type { WorkspaceOptions } from '../workspace.js';

export interface RenderDiffOptions extends WorkspaceOptions {
    /** The old version: a file (or a folder, when a folder is rendered). */
    diff?: string;
    /** The old version: this git revision of the rendered path. */
    diffGit?: string;
}

export interface RenderDiff {
    diff: JourneyDiff;
    /** What the drawings say they are compared with. */
    against: string;
}

export async function loadRenderDiff(
    input: string,
    options: RenderDiffOptions,
    warn: (message: string) => void
): Promise<RenderDiff | undefined> {
    if (options.diff !== undefined && options.diffGit !== undefined) {
        throw new UsageError('give the old version once: --diff OLD or --diff-git REV');
    }
    const against = options.diffGit ?? options.diff;
    if (against === undefined) {
        return undefined;
    }
    const versions =
        options.diffGit !== undefined
            ? await loadGitVersions(options.diffGit, [input], options, warn)
            : await loadPathVersions(against, input, options, warn);
    // The render says once that a drawing with errors may be incomplete; only errors of the old version are news here.
    incompleteNotices(
        versions.withErrors.filter(entry => entry.version === 'before'),
        'diff'
    ).forEach(warn);
    // Drawn into the image: a file compared with is named relative to the working directory, never absolutely.
    return { diff: diffJourneys(versions.before, versions.after), against: options.diffGit ?? drawnPath(path.resolve(against)) };
}

/** The marks of the journey a drawing shows; none for a file without journeys. */
export function marksFor(renderDiff: RenderDiff | undefined, model: CjourneyModel, journeyId: string | undefined): DiffMarks | undefined {
    const { journey } = selectJourney(model, journeyId);
    return renderDiff && journey ? diffMarksFor(renderDiff.diff, journey, model.file, renderDiff.against) : undefined;
}
