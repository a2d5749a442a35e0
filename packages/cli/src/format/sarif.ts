/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers): one rule per
 * diagnostic code, one result per diagnostic, locations relative to the working directory.
 */
import { DIAGNOSTIC_DESCRIPTION, DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '@cjourney/language';
import type { FileDiagnostic, SeverityWord } from './diagnostics.js';

const LEVEL: Readonly<Record<SeverityWord, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];

export function formatSarif(diagnostics: readonly FileDiagnostic[], toolVersion: string): string {
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'cjourney',
                    version: toolVersion,
                    informationUri: 'https://github.com/cjourney/cjourney',
                    rules: CODES.map(code => ({
                        id: code,
                        name: code.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
                        shortDescription: { text: DIAGNOSTIC_DESCRIPTION[code] },
                        defaultConfiguration: { level: LEVEL[DIAGNOSTIC_SEVERITY[code]] }
                    }))
                }
            },
            originalUriBaseIds: { SRCROOT: { description: { text: 'The folder cjourney ran in.' } } },
            results: diagnostics.map(diagnostic => ({
                ruleId: diagnostic.code,
                ruleIndex: Math.max(0, CODES.indexOf(diagnostic.code as DiagnosticCode)),
                level: LEVEL[diagnostic.severity],
                message: { text: diagnostic.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(diagnostic.file), uriBaseId: 'SRCROOT' },
                        region: { startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
