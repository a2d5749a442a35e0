/**
 * `cjourney diff OLD NEW`, `cjourney diff FILE` (its future journeys against their baselines)
 * and `cjourney diff --git REV [PATHS…]`: what changed between two versions of journeys, in
 * journey terms. Exit 0, or with --exit-code 1 when anything
 * changed (as `git diff --exit-code`).
 */
import { baselineVersions, diffJourneys, type JourneyDiff } from '@cjourney/model';
import { ExitCode, UsageError } from '../cli-error.js';
import { incompleteNotices, loadGitVersions, loadPathVersions, type FileWithErrors } from '../diff/load-versions.js';
import { formatDiffMarkdown } from '../diff/format-markdown.js';
import { formatDiffText } from '../diff/format-text.js';
import { warnLine, type Output } from '../output.js';
import type { WorkspaceOptions } from '../workspace.js';

import type { DiffFormat } from '../command-options.js';
export { DIFF_FORMATS, type DiffFormat } from '../command-options.js';

export interface DiffOptions extends WorkspaceOptions {
    format: DiffFormat;
    /** Compare the working tree against this git revision. */
    git?: string;
    /** Exit 1 when there are differences. */
    exitCode: boolean;
}

export async function runDiff(paths: readonly string[], options: DiffOptions, output: Output): Promise<number> {
    const warn = (message: string) => warnLine(output, message);
    let versions;
    if (options.git !== undefined) {
        versions = await loadGitVersions(options.git, paths, options, warn);
    } else if (paths.length === 2) {
        versions = await loadPathVersions(paths[0], paths[1], options, warn);
    } else if (paths.length === 1) {
        // Version 2: one file whose future journey names its baseline in the same file.
        const loaded = await loadPathVersions(paths[0], paths[0], options, warn);
        const baseline = loaded.after[0] && baselineVersions(loaded.after[0]);
        versions = baseline && { ...baseline, withErrors: loaded.withErrors.filter(entry => entry.version === 'after') };
        if (!versions) {
            throw new UsageError(
                `${paths[0]} has no journey with a baseline in the same file; to compare two versions: cjourney diff OLD NEW`
            );
        }
    } else {
        throw new UsageError(
            'diff compares two versions: cjourney diff OLD NEW, cjourney diff FILE (a journey and its baseline), or cjourney diff --git REV [PATHS…]'
        );
    }
    incompleteNotices(versions.withErrors, 'diff').forEach(warn);
    const diff = diffJourneys(versions.before, versions.after);
    output.out(formatDiff(diff, options.format, output.isTerminal && !process.env.NO_COLOR, versions.withErrors));
    return options.exitCode && !diff.summary.identical ? ExitCode.Findings : ExitCode.Ok;
}

function formatDiff(diff: JourneyDiff, format: DiffFormat, colour: boolean, withErrors: readonly FileWithErrors[]): string {
    switch (format) {
        case 'markdown':
            return formatDiffMarkdown(diff, withErrors);
        case 'json':
            return JSON.stringify(diff, null, 2) + '\n';
        default:
            return formatDiffText(diff, colour);
    }
}
