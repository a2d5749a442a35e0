/**
 * `cjourney check FILE|DIR…`: every diagnostic of the named journeys; exit 1 on errors.
 * Formats: text and json (paths relative to the working directory), github (workflow
 * annotations) and sarif (code scanning), whose paths are relative to the repository root.
 */
import path from 'node:path';
import { ExitCode } from '../cli-error.js';
import { plural } from '@cjourney/model';
import { countBySeverity, formatJson, formatTextLine, toFileDiagnostic, type FileDiagnostic } from '../format/diagnostics.js';
import { formatGithubAnnotation } from '../format/github-annotations.js';
import { formatSarif } from '../format/sarif.js';
import { findRepositoryRoot } from '../git.js';
import type { Output } from '../output.js';
import { packageVersion } from '../version.js';
import { diagnosticsOf, loadWorkspace, type WorkspaceOptions } from '../workspace.js';

import type { CheckFormat } from '../command-options.js';
export { CHECK_FORMATS, type CheckFormat } from '../command-options.js';

export interface CheckOptions extends WorkspaceOptions {
    format: CheckFormat;
    /** Warnings fail the check too. */
    strict: boolean;
}

export async function runCheck(inputs: readonly string[], options: CheckOptions, output: Output): Promise<number> {
    const { targets } = await loadWorkspace(inputs, { ...options, checkImages: true }, message => output.err(`cjourney: ${message}\n`));
    const fileName = options.format === 'github' || options.format === 'sarif' ? repositoryRelative() : undefined;
    const diagnostics: FileDiagnostic[] = targets.flatMap(target =>
        diagnosticsOf(target).map(diagnostic => toFileDiagnostic(fileName?.(target.file.absolute) ?? target.file.display, diagnostic))
    );
    const counts = countBySeverity(diagnostics);
    if (options.format === 'json') {
        output.out(formatJson(diagnostics));
    } else if (options.format === 'sarif') {
        output.out(formatSarif(diagnostics, packageVersion()));
    } else {
        const line = options.format === 'github' ? formatGithubAnnotation : formatTextLine;
        diagnostics.forEach(diagnostic => output.out(line(diagnostic) + '\n'));
        output.err(
            `Checked ${plural(targets.length, 'file')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${plural(counts.hint, 'hint')}.\n`
        );
    }
    const failed = counts.error > 0 || (options.strict && counts.warning > 0);
    return failed ? ExitCode.Findings : ExitCode.Ok;
}

/** Paths relative to the git repository holding the working directory (GitHub and SARIF expect those), else to the working directory. */
function repositoryRelative(): (absolute: string) => string {
    const root = findRepositoryRoot(process.cwd()) ?? process.cwd();
    return absolute => path.relative(root, absolute).split(path.sep).join('/');
}
