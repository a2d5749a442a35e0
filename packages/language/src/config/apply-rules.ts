/**
 * A project's rule severities applied to diagnostics: the one function the command line and
 * the language server share, so a rule means the same in the terminal, the editor and CI.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ProjectConfig, RuleSetting } from './project-config.js';

const LSP_SEVERITY: Readonly<Record<Exclude<RuleSetting, 'off'>, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The diagnostics with each configured code's severity; codes set to `off` are dropped. */
export function applyRules<D extends Diagnostic>(diagnostics: readonly D[], rules: ProjectConfig['rules']): D[] {
    const result: D[] = [];
    for (const diagnostic of diagnostics) {
        const setting = rules[String(diagnostic.code) as keyof ProjectConfig['rules']];
        if (setting === 'off') {
            continue;
        }
        result.push(setting ? { ...diagnostic, severity: LSP_SEVERITY[setting] } : diagnostic);
    }
    return result;
}
