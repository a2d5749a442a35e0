import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode, type DiagnosticData } from '../diagnostic-codes.js';

/** Reports a diagnostic by its code; the severity always comes from the code's table. */
export type Report = <N extends AstNode>(
    code: DiagnosticCode,
    message: string,
    info: DiagnosticInfo<N>,
    data?: Omit<DiagnosticData, 'code'>
) => void;

export function reporter(accept: ValidationAcceptor): Report {
    return (code, message, info, data) => {
        accept(DIAGNOSTIC_SEVERITY[code], message, { ...info, code, data: { code, ...data } });
    };
}

/** Longer titles are cut in messages: a message stays one readable line, whatever the file holds. */
const MAX_NAME_LENGTH = 80;

/** How an element is named in messages: its title in quotes (cut after 80 characters), else its name. */
export function displayName(node: { name?: string; title?: string }): string {
    const text = node.title || (node.name ?? '');
    const characters = Array.from(text);
    return `'${characters.length > MAX_NAME_LENGTH ? `${characters.slice(0, MAX_NAME_LENGTH - 1).join('')}…` : text}'`;
}
