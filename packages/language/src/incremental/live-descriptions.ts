/**
 * Node descriptions whose ranges are read from the node when asked. Langium computes the
 * selection range when the description is made, and the name's range once; a touchpoint
 * splice moves the text after the edit, and the descriptions of the nodes there are kept
 * (build-memory.ts), so a range taken once would point at the old position. The getters sit
 * on a class, so that every description keeps one shape (a property defined on each object
 * made them slower to read while linking).
 */
import {
    AstUtils,
    CstUtils,
    DefaultAstNodeDescriptionProvider,
    type AstNode,
    type AstNodeDescription,
    type DocumentSegment,
    type LangiumDocument,
    type NameProvider,
    type URI
} from 'langium';

class LiveAstNodeDescription implements AstNodeDescription {
    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly names: NameProvider
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class LiveAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const path = this.astNodeLocator.getAstNodePath(node);
        const given = name ?? this.nameProvider.getName(node);
        if (!given) throw new Error(`Node at path ${path} has no name.`);
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        return new LiveAstNodeDescription(node, given, node.$type, uri, path, this.nameProvider);
    }
}
