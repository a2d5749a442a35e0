/**
 * GitHub Actions workflow commands, so diagnostics appear as annotations on the pull
 * request's changed lines: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
import type { FileDiagnostic, SeverityWord } from './diagnostics.js';

const COMMAND: Readonly<Record<SeverityWord, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message as GitHub's runner expects. */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file names, titles), where `:` and `,` are separators too. */
function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubAnnotation(diagnostic: FileDiagnostic): string {
    const properties = [
        `file=${escapeProperty(diagnostic.file)}`,
        `line=${diagnostic.line}`,
        `col=${diagnostic.column}`,
        `endLine=${diagnostic.endLine}`,
        `endColumn=${diagnostic.endColumn}`,
        `title=${escapeProperty(`cjourney ${diagnostic.code}`)}`
    ].join(',');
    return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}`;
}
