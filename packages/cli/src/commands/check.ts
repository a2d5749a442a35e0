/** `cjourney check FILE|DIR…`: every diagnostic of the named journeys; exit 1 on errors. */
import { ExitCode } from '../cli-error.js';
import { countBySeverity, formatJson, formatTextLine, plural, toFileDiagnostic, type FileDiagnostic } from '../format/diagnostics.js';
import { formatGithubAnnotation } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import type { Output } from '../output.js';
import { packageVersion } from '../version.js';
import { diagnosticsOf, loadWorkspace, type WorkspaceOptions } from '../workspace.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export interface CheckOptions extends WorkspaceOptions {
    format: CheckFormat;
    /** Warnings fail the check too. */
    strict: boolean;
}

export async function runCheck(inputs: readonly string[], options: CheckOptions, output: Output): Promise<number> {
    const { targets } = await loadWorkspace(inputs, options, message => output.err(`cjourney: ${message}\n`));
    const diagnostics: FileDiagnostic[] = targets.flatMap(target =>
        diagnosticsOf(target).map(diagnostic => toFileDiagnostic(target.file.display, diagnostic)));
    const counts = countBySeverity(diagnostics);
    if (options.format === 'json') {
        output.out(formatJson(diagnostics));
    } else if (options.format === 'sarif') {
        output.out(formatSarif(diagnostics, packageVersion()));
    } else if (options.format === 'github') {
        diagnostics.forEach(diagnostic => output.out(formatGithubAnnotation(diagnostic) + '\n'));
    } else {
        diagnostics.forEach(diagnostic => output.out(formatTextLine(diagnostic) + '\n'));
        output.err(`Checked ${plural(targets.length, 'file')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${plural(counts.hint, 'hint')}.\n`);
    }
    const failed = counts.error > 0 || (options.strict && counts.warning > 0);
    return failed ? ExitCode.Findings : ExitCode.Ok;
}
