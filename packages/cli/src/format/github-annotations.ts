/**
 * Diagnostics as GitHub Actions workflow commands, which the runner turns into annotations
 * on the pull request's changed lines: `::error file=…,line=…,col=…::message`. Warnings are
 * `::warning`, info and hints `::notice`.
 */
import type { FileDiagnostic, SeverityWord } from './diagnostics.js';

const COMMAND: Readonly<Record<SeverityWord, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub's escaping of a command's message. */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a property value, where `:` and `,` are separators. */
function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubAnnotation(diagnostic: FileDiagnostic): string {
    const properties: [string, string | number][] = [
        ['file', diagnostic.file],
        ['line', diagnostic.line],
        ['endLine', diagnostic.endLine]
    ];
    // GitHub takes columns only for an annotation on one line; its end column is inclusive.
    if (diagnostic.line === diagnostic.endLine) {
        properties.push(['col', diagnostic.column], ['endColumn', Math.max(diagnostic.column, diagnostic.endColumn - 1)]);
    }
    properties.push(['title', `cjourney ${diagnostic.code}`]);
    const written = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${COMMAND[diagnostic.severity]} ${written}::${escapeData(diagnostic.message)}`;
}
