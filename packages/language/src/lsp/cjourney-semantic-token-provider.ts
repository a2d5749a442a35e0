import type { AstNode, Properties } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { wordProperties } from '../grammar-tables.js';

/** Token types per element kind, shared by declarations and references. */
const TYPE_OF_KIND: Readonly<Record<string, string>> = {
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.namespace,
    Touchpoint: SemanticTokenTypes.event,
    Stakeholder: SemanticTokenTypes.class,
    Persona: SemanticTokenTypes.interface,
    Channel: SemanticTokenTypes.enumMember,
    Kpi: SemanticTokenTypes.variable
};

type ReferenceTokens = { [K in keyof ast.CJourneyAstType]?: ReadonlyArray<readonly [Properties<ast.CJourneyAstType[K]>, string]> };

/** The cross-reference properties of each element and the token type of what they name. */
const REFERENCE_TOKENS = {
    Touchpoint: [
        ['channel', SemanticTokenTypes.enumMember],
        ['personas', SemanticTokenTypes.interface],
        ['owner', SemanticTokenTypes.class],
        ['involves', SemanticTokenTypes.class]
    ],
    Stakeholder: [['influences', SemanticTokenTypes.class]],
    StakeholderNeed: [['stakeholder', SemanticTokenTypes.class]],
    Flow: [['steps', SemanticTokenTypes.event]],
    Kpi: [
        ['stages', SemanticTokenTypes.namespace],
        ['owner', SemanticTokenTypes.class]
    ],
    Emotion: [['personas', SemanticTokenTypes.interface]],
    Thought: [['personas', SemanticTokenTypes.interface]],
    Evidence: [['source', SemanticTokenTypes.type]],
    BlueprintEntry: [['by', SemanticTokenTypes.class]],
    Opportunity: [['owner', SemanticTokenTypes.class]],
    LaneCell: [['lane', SemanticTokenTypes.property]],
    Benchmark: [['competitor', SemanticTokenTypes.type]],
    Journey: [['baseline', SemanticTokenTypes.namespace]]
} as const satisfies ReferenceTokens;

function referenceTokensOf(node: AstNode): ReadonlyArray<readonly [string, string]> {
    return (REFERENCE_TOKENS as ReferenceTokens)[node.$type as keyof ast.CJourneyAstType] ?? [];
}

/**
 * Semantic colouring on top of the TextMate grammar: names where they are declared (with the
 * `declaration` modifier) and where they are referred to, coloured by kind; words of the
 * closed lists as enum members.
 */
export class CJourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TYPE_OF_KIND[node.$type];
        if (type && 'name' in node) {
            acceptor({ node, property: 'name', type, modifier: SemanticTokenModifiers.declaration });
        }
        // Words of a closed list are highlighted like enum members; a channel's online/offline too.
        for (const property of [...wordProperties(node.$type), ...(ast.isChannel(node) ? ['mode'] : [])]) {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) {
                acceptor({ node, property, type: SemanticTokenTypes.enumMember });
            }
        }
        this.highlightReferences(node, acceptor);
    }

    /** Each name the node refers to, coloured like the kind it names (lists: every item). */
    private highlightReferences(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const values = node as unknown as Record<string, unknown>;
        for (const [property, type] of referenceTokensOf(node)) {
            const value = values[property];
            if (Array.isArray(value)) {
                value.forEach((_, index) => acceptor({ node, property, index, type }));
            } else if (value !== undefined) {
                acceptor({ node, property, type });
            }
        }
    }
}
