/** Diagnostics as the contract's command-line output: text lines or a JSON array. */
import { readableNumber } from '@cjourney/language/model';
import type { Diagnostic } from 'vscode-languageserver-types';

export type SeverityWord = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic of one file, in 1-based lines and columns (end column exclusive). */
export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityWord;
    code: string;
    message: string;
}

const SEVERITY_WORDS: readonly SeverityWord[] = ['error', 'warning', 'info', 'hint'];

export function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_WORDS[(diagnostic.severity ?? 1) - 1] ?? 'error',
        code: String(diagnostic.code ?? 'syntax'),
        // A title may hold a line break (\n in a string); one diagnostic stays on one line.
        message: messageText(diagnostic).replace(/\s*[\r\n]+\s*/g, ' ')
    };
}

/** `PATH:LINE:COL: SEVERITY: MESSAGE [CODE]` */
export function formatTextLine(diagnostic: FileDiagnostic): string {
    return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

export function formatJson(diagnostics: readonly FileDiagnostic[]): string {
    return JSON.stringify(diagnostics, null, 2) + '\n';
}

export function countBySeverity(diagnostics: readonly FileDiagnostic[]): Record<SeverityWord, number> {
    const counts: Record<SeverityWord, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    diagnostics.forEach(diagnostic => counts[diagnostic.severity]++);
    return counts;
}

export function plural(count: number, noun: string): string {
    return `${readableNumber(String(count))} ${noun}${count === 1 ? '' : 's'}`;
}

function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
