/**
 * Which property a CST node assigns, with the answer cached per grammar element (the grammar
 * is finite, the CST is not). Langium's `GrammarUtils.findNodeForProperty` looks the
 * assignment up anew for every token of a node and collects all matches; the journey model
 * asks for every element's name range on each keystroke, so this module answers from the
 * cache and stops at the first match.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const featureOfGrammarElement = new Map<AstNode, string | undefined>();

/** The property that `cst` is assigned to, if its grammar element sits in an assignment. */
export function assignedFeature(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) {
        return undefined;
    }
    if (!featureOfGrammarElement.has(source)) {
        featureOfGrammarElement.set(source, AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature);
    }
    return featureOfGrammarElement.get(source);
}

/**
 * The first CST node within `node` (not inside its child AST nodes) that assigns `property`:
 * the same node as `GrammarUtils.findNodeForProperty(node, property)`, in the same order.
 */
export function findFirstNodeForProperty(node: CstNode | undefined, property: string): CstNode | undefined {
    if (!node) {
        return undefined;
    }
    return firstInContent(node, property, node.astNode);
}

function firstInContent(node: CstNode, property: string, element: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(node) || node.astNode !== element) {
        return undefined;
    }
    for (const child of node.content) {
        const found = assignedFeature(child) === property ? child : firstInContent(child, property, element);
        if (found) {
            return found;
        }
    }
    return undefined;
}
