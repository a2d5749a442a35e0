/**
 * `cjourney check FILE|DIR…`: every diagnostic of the named journeys; exit 1 on errors.
 * Formats: text and json (paths relative to the working directory), github (workflow
 * annotations) and sarif (code scanning), whose paths are relative to the repository root.
 * Each file's severities follow its cjourney.config.json (`rules`), in every format.
 */
import path from 'node:path';
import { ExitCode } from '../cli-error.js';
import { plural } from '@cjourney/model';
import { countBySeverity, formatJson, formatTextLine, toFileDiagnostic, type FileDiagnostic } from '../format/diagnostics.js';
import { formatGithubAnnotation } from '../format/github-annotations.js';
import { formatSarif } from '../format/sarif.js';
import { findRepositoryRoot } from '../git.js';
import { applyRules } from '@cjourney/language/config';
import { warnLine, type Output } from '../output.js';
import { ProjectConfigs } from '../project-config.js';
import { packageVersion } from '../version.js';
import { diagnosticsOf, loadWorkspace, type WorkspaceOptions } from '../workspace.js';

import type { CheckFormat } from '../command-options.js';
export { CHECK_FORMATS, type CheckFormat } from '../command-options.js';

export interface CheckOptions extends WorkspaceOptions {
    format: CheckFormat;
    /** Warnings fail the check too. */
    strict: boolean;
    /** Errors only: every other diagnostic is dropped before reporting and counting. */
    quiet?: boolean;
}

export async function runCheck(inputs: readonly string[], options: CheckOptions, output: Output): Promise<number> {
    const { targets } = await loadWorkspace(inputs, { ...options, checkImages: true }, message => warnLine(output, message));
    const fileName = options.format === 'github' || options.format === 'sarif' ? repositoryRelative() : undefined;
    const configs = new ProjectConfigs(line => output.err(`cjourney: ${line}\n`));
    const diagnostics: FileDiagnostic[] = [];
    for (const target of targets) {
        const { rules } = await configs.forFile(target.file.absolute);
        const file = fileName?.(target.file.absolute) ?? target.file.display;
        diagnostics.push(
            ...applyRules(diagnosticsOf(target), rules)
                .map(diagnostic => toFileDiagnostic(file, diagnostic))
                .filter(diagnostic => !options.quiet || diagnostic.severity === 'error')
        );
    }
    const counts = countBySeverity(diagnostics);
    if (options.format === 'json') {
        output.out(formatJson(diagnostics));
    } else if (options.format === 'sarif') {
        output.out(formatSarif(diagnostics, packageVersion()));
    } else {
        const line = options.format === 'github' ? formatGithubAnnotation : formatTextLine;
        diagnostics.forEach(diagnostic => output.out(line(diagnostic) + '\n'));
        const others = options.quiet ? '' : `, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${plural(counts.hint, 'hint')}`;
        output.err(`Checked ${plural(targets.length, 'file')}: ${plural(counts.error, 'error')}${others}.\n`);
    }
    const failed = counts.error > 0 || (options.strict && counts.warning > 0);
    return failed ? ExitCode.Findings : ExitCode.Ok;
}

/** Paths relative to the git repository holding the working directory (GitHub and SARIF expect those), else to the working directory. */
function repositoryRelative(): (absolute: string) => string {
    const root = findRepositoryRoot(process.cwd()) ?? process.cwd();
    return absolute => path.relative(root, absolute).split(path.sep).join('/');
}
