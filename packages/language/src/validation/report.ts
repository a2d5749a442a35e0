import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode, type DiagnosticData } from '../diagnostic-codes.js';

/** Reports a diagnostic by its code; the severity always comes from the code's table. */
export type Report = <N extends AstNode>(code: DiagnosticCode, message: string, info: DiagnosticInfo<N>, data?: Omit<DiagnosticData, 'code'>) => void;

export function reporter(accept: ValidationAcceptor): Report {
    return (code, message, info, data) => {
        accept(DIAGNOSTIC_SEVERITY[code], message, { ...info, code, data: { code, ...data } });
    };
}

/** How an element is named in messages: its title in quotes, else its name. */
export function displayName(node: { name?: string; title?: string }): string {
    return node.title ? `'${node.title}'` : `'${node.name ?? ''}'`;
}
