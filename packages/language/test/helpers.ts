/** Test helpers: load texts as one workspace with fresh services and read diagnostics. */
import type { LangiumDocument } from 'langium';
import type { ValidationResult } from 'langium/test';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { loadSources } from '../src/load-sources.js';
import type { JourneyFile } from '../src/generated/ast.js';

export const MAIN_URI = 'file:///workspace/main.cjourney';

export interface Issue {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** The source text the diagnostic's range covers. */
    text: string;
    /** 1-based line of the range start. */
    line: number;
    message: string;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** Validates `text` (as main.cjourney) together with other files of the same workspace. */
export async function validate(
    text: string,
    otherFiles: Record<string, string> = {}
): Promise<ValidationResult<JourneyFile> & { issues: Issue[] }> {
    const others = Object.entries(otherFiles).map(([name, content]) => ({ uri: `file:///workspace/${name}`, text: content }));
    const { documents } = await loadSources([{ uri: MAIN_URI, text }, ...others]);
    const document = documents[0] as LangiumDocument<JourneyFile>;
    const diagnostics = document.diagnostics ?? [];
    return {
        document,
        diagnostics,
        issues: diagnostics.map(diagnostic => toIssue(text, diagnostic)),
        [Symbol.asyncDispose]: async () => undefined
    };
}

export function toIssue(text: string, diagnostic: Diagnostic): Issue {
    return {
        code: String(diagnostic.code),
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1],
        text: textAt(text, diagnostic.range),
        line: diagnostic.range.start.line + 1,
        message: diagnostic.message as string
    };
}

export function textAt(text: string, range: Range): string {
    const lines = text.split(/\r?\n/);
    const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
    return text.replace(/\r\n/g, '\n').slice(offset(range.start.line, range.start.character), offset(range.end.line, range.end.character));
}

export function issuesWithCode(issues: Issue[], code: string): Issue[] {
    return issues.filter(issue => issue.code === code);
}

/** A journey with the given body, ready to validate. */
export function journey(body: string): string {
    return `journey Shop "Online shop" {\n${body}\n}\n`;
}
