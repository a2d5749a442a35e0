import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/** Icons for outline, breadcrumbs, workspace symbols and completion, by element kind. */
const KINDS: Readonly<Record<string, { symbol: SymbolKind; completion: CompletionItemKind }>> = {
    Journey: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module },
    Stage: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Folder },
    Touchpoint: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    Stakeholder: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    Persona: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    Channel: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember },
    Kpi: { symbol: SymbolKind.Number, completion: CompletionItemKind.Value },
    // Version 2
    Source: { symbol: SymbolKind.File, completion: CompletionItemKind.File },
    Competitor: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct },
    Lane: { symbol: SymbolKind.Field, completion: CompletionItemKind.Field },
    Opportunity: { symbol: SymbolKind.Boolean, completion: CompletionItemKind.Value }
};

export class CJourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.symbol ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.completion ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
