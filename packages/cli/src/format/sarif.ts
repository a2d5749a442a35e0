/**
 * Diagnostics as SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers):
 * one rule per diagnostic code, each finding with its rule, level and region. Paths are
 * relative to the repository root (`%SRCROOT%`), so the file is the same on every machine.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_DESCRIPTION, DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '@cjourney/language/core';
import type { FileDiagnostic, SeverityWord } from './diagnostics.js';

const LEVEL: Readonly<Record<SeverityWord, Result.level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];

/** SARIF's rule name in PascalCase: `unresolved-reference` → `UnresolvedReference`. */
function ruleName(code: string): string {
    return code
        .split('-')
        .map(word => word[0].toUpperCase() + word.slice(1))
        .join('');
}

export function formatSarif(diagnostics: readonly FileDiagnostic[], toolVersion: string): string {
    const rules: ReportingDescriptor[] = CODES.map(code => ({
        id: code,
        name: ruleName(code),
        shortDescription: { text: DIAGNOSTIC_DESCRIPTION[code] },
        defaultConfiguration: { level: LEVEL[DIAGNOSTIC_SEVERITY[code]] }
    }));
    const results: Result[] = diagnostics.map(diagnostic => ({
        ruleId: diagnostic.code,
        ...(CODES.includes(diagnostic.code as DiagnosticCode) ? { ruleIndex: CODES.indexOf(diagnostic.code as DiagnosticCode) } : {}),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: diagnostic.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                    region: {
                        startLine: diagnostic.line,
                        startColumn: diagnostic.column,
                        endLine: diagnostic.endLine,
                        endColumn: diagnostic.endColumn
                    }
                }
            }
        ]
    }));
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'cjourney', version: toolVersion, semanticVersion: toolVersion, rules } },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
