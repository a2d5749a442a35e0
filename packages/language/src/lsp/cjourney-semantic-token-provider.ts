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

    private highlightReferences(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isTouchpoint(node)) {
            this.reference(node, 'channel', SemanticTokenTypes.enumMember, acceptor);
            node.personas.forEach((_, index) => acceptor({ node, property: 'personas', index, type: SemanticTokenTypes.interface }));
            this.reference(node, 'owner', SemanticTokenTypes.class, acceptor);
            node.involves.forEach((_, index) => acceptor({ node, property: 'involves', index, type: SemanticTokenTypes.class }));
        } else if (ast.isStakeholder(node)) {
            node.influences.forEach((_, index) => acceptor({ node, property: 'influences', index, type: SemanticTokenTypes.class }));
        } else if (ast.isStakeholderNeed(node)) {
            acceptor({ node, property: 'stakeholder', type: SemanticTokenTypes.class });
        } else if (ast.isFlow(node)) {
            node.steps.forEach((_, index) => acceptor({ node, property: 'steps', index, type: SemanticTokenTypes.event }));
        } else if (ast.isKpi(node)) {
            node.stages.forEach((_, index) => acceptor({ node, property: 'stages', index, type: SemanticTokenTypes.namespace }));
            this.reference(node, 'owner', SemanticTokenTypes.class, acceptor);
        } else if (ast.isEmotion(node) || ast.isThought(node)) {
            node.personas.forEach((_, index) => acceptor({ node, property: 'personas', index, type: SemanticTokenTypes.interface }));
        } else if (ast.isEvidence(node)) {
            this.reference(node, 'source', SemanticTokenTypes.type, acceptor);
        } else if (ast.isBlueprintEntry(node)) {
            this.reference(node, 'by', SemanticTokenTypes.class, acceptor);
        } else if (ast.isOpportunity(node)) {
            this.reference(node, 'owner', SemanticTokenTypes.class, acceptor);
        } else if (ast.isLaneCell(node)) {
            this.reference(node, 'lane', SemanticTokenTypes.property, acceptor);
        } else if (ast.isBenchmark(node)) {
            this.reference(node, 'competitor', SemanticTokenTypes.type, acceptor);
        } else if (ast.isJourney(node)) {
            this.reference(node, 'baseline', SemanticTokenTypes.namespace, acceptor);
        }
    }

    private reference<N extends AstNode>(node: N, property: Properties<N>, type: string, acceptor: SemanticTokenAcceptor): void {
        if ((node as Record<string, unknown>)[property] !== undefined) {
            acceptor({ node, property, type });
        }
    }
}
