import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * The outline and breadcrumbs: journey › stage › touchpoint, with stakeholders, personas,
 * channels and KPIs; each symbol's detail is what a person reads (title, channel, emotion).
 */
export class CJourneyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(
        document: LangiumDocument,
        astNode: AstNode,
        cstNode: CstNode,
        nameNode: CstNode,
        computedName?: string
    ): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const detail = detailOf(astNode);
        return detail ? { ...symbol, detail } : symbol;
    }
}

function detailOf(node: AstNode): string | undefined {
    const parts: (string | undefined)[] = [];
    if ('title' in node && typeof node.title === 'string') {
        parts.push(node.title);
    }
    if (ast.isTouchpoint(node)) {
        parts.push(node.channel?.$refText, node.emotions.find(line => line.personas.length === 0)?.emotion);
    } else if (ast.isStakeholder(node) && node.power && node.interest) {
        parts.push(`power ${node.power}, interest ${node.interest}`);
    }
    const detail = parts.filter(part => part).join(' · ');
    return detail || undefined;
}
