/**
 * Node descriptions whose ranges are read from the node when asked. Langium computes the
 * selection range when the description is made, and the name's range once; a touchpoint splice moves the text after the edit, and
 * the descriptions of the nodes there are kept (build-memory.ts), so a range taken once would
 * point at the old position.
 */
import { CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';

export class LiveAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const description = super.createDescription(node, name, document);
        const nameNode = () => this.nameProvider.getNameNode(node) ?? node.$cstNode;
        return Object.defineProperties(description, {
            selectionSegment: { get: () => node.$cstNode && CstUtils.toDocumentSegment(node.$cstNode), enumerable: true },
            nameSegment: { get: () => CstUtils.toDocumentSegment(nameNode()), enumerable: true }
        });
    }
}
