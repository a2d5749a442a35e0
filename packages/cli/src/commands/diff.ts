/** `cjourney diff OLD NEW` / `cjourney diff --git REF [PATHS…]`: what changed, in journey terms. */
import { diffModels, type ModelDiff } from '@cjourney/language';
import { ExitCode, UsageError } from '../cli-error.js';
import { formatDiffMarkdown } from '../diff/format-markdown.js';
import { formatDiffText } from '../diff/format-text.js';
import { loadGitVersions, loadPathVersions } from '../diff/load-versions.js';
import type { Output } from '../output.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

export interface DiffOptions {
    format: DiffFormat;
    /** A git revision to compare the working tree against. */
    git?: string;
    /** Exit 1 when there are differences, like `git diff --exit-code`. */
    exitCode: boolean;
}

export async function runDiff(paths: readonly string[], options: DiffOptions, output: Output): Promise<number> {
    let pairs;
    if (options.git !== undefined) {
        pairs = await loadGitVersions(options.git, paths);
    } else if (paths.length === 2) {
        pairs = await loadPathVersions(paths[0], paths[1]);
    } else {
        throw new UsageError('diff takes two files or folders (OLD NEW), or --git REF [PATHS…]');
    }
    const diffs: ModelDiff[] = pairs.map(pair => diffModels(pair.old, pair.now));
    if (options.format === 'json') {
        output.out(JSON.stringify(diffs.filter(diff => diff.status !== 'unchanged'), null, 2) + '\n');
    } else if (options.format === 'markdown') {
        output.out(formatDiffMarkdown(diffs));
    } else {
        output.out(formatDiffText(diffs, output.isTerminal));
    }
    const different = diffs.some(diff => diff.status !== 'unchanged');
    return options.exitCode && different ? ExitCode.Findings : ExitCode.Ok;
}
