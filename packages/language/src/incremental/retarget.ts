/**
 * Following a changed file's definitions without linking its dependents again (issue 17,
 * part 2). When shared.cjourney is edited, Langium re-links and re-validates every journey
 * that refers to it: 300 journeys, over a second, for a changed title. Its top-level
 * definitions were parsed into new nodes, but an edit that keeps a definition's name, kind
 * and place leaves every reference to it resolving to the node now at the same place. So a
 * dependent's references into the changed file are pointed at those nodes, and the
 * dependent is linked and validated again only as far as that cannot be done or is not enough:
 *   - a target's name, kind or place changed, or a reference was unresolved (a new or renamed
 *     definition may resolve it, and its message suggests names): those references are
 *     resolved again, and the dependent validated again;
 *   - a target is of a kind whose content a dependent's checks read (a competitor's title in a
 *     benchmark's message, a baseline journey's own baseline and state): validate again;
 *   - a reference to several targets (none in the grammar today): link it all again.
 */
import {
    AstUtils,
    type AstNode,
    type AstNodeDescription,
    type AstNodeLocator,
    type IndexManager,
    type LangiumDocuments,
    type URI
} from 'langium';

/** What a dependent needs after its references were followed to the changed files' new nodes. */
export interface Retargeted {
    readonly needs: 'nothing' | 'new-models' | 'validation' | 'linking' | 'full-linking';
    /** References that could not be followed, to resolve again (needs: linking). */
    readonly unresolved: readonly unknown[];
}

/** Kinds whose content (not only identity) the checks of a referring file read. */
const CONTENT_READ_KINDS = new Set(['Competitor', 'Journey']);

interface ReferenceFields {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
    _items?: unknown;
    error?: unknown;
}

export interface RetargetServices {
    readonly documents: LangiumDocuments;
    readonly locatorOf: (uri: URI) => AstNodeLocator;
    readonly index: IndexManager;
    /** The AST whose string values changed in place (string-edit.ts): its nodes are the same, their content is not. */
    readonly changedInPlace?: AstNode;
}

type NodeNow = { node: AstNode; description: AstNodeDescription } | undefined;

/** The exported descriptions of one file by path, read from the index once per update. */
type ExportsByPath = Map<string, ReadonlyMap<string, AstNodeDescription>>;

/** Follows references to their targets' new nodes; one per update, as the dependents share their targets and files. */
export function createRetargeter(services: RetargetServices): (references: readonly unknown[]) => Retargeted {
    const moved = new Map<AstNode, NodeNow>();
    const isCurrentTarget = currentNodeCheck(services.documents);
    const exports: ExportsByPath = new Map();
    const nodeNow = (old: AstNode) => {
        if (!moved.has(old)) moved.set(old, nodeNowAt(old, services, exports));
        return moved.get(old);
    };
    const inPlace = services.changedInPlace;
    const changedInPlace = inPlace ? (target: AstNode) => AstUtils.findRootNode(target) === inPlace : () => false;
    return references => retargetReferences(references, nodeNow, isCurrentTarget, changedInPlace);
}

/**
 * Whether a node is part of its document's current AST (its file may have been parsed again
 * since a reference resolved to it). Answers are remembered per AST root: a workspace's
 * hundreds of thousands of references point into a few hundred files.
 */
export function currentNodeCheck(documents: LangiumDocuments): (node: AstNode) => boolean {
    const answers = new Map<AstNode, boolean>();
    return node => {
        const root = AstUtils.findRootNode(node);
        let answer = answers.get(root);
        if (answer === undefined) answers.set(root, (answer = isCurrentRoot(root, documents)));
        return answer;
    };
}

function retargetReferences(
    references: readonly unknown[],
    nodeNow: (old: AstNode) => NodeNow,
    isCurrentTarget: (target: AstNode) => boolean,
    changedInPlace: (target: AstNode) => boolean
): Retargeted {
    let followed = false;
    let contentRead = false;
    const unresolved: unknown[] = [];
    for (const reference of references as ReferenceFields[]) {
        if ('_items' in reference) return { needs: 'full-linking', unresolved: [] };
        const target = reference._ref as AstNode | undefined;
        if (reference.error !== undefined) {
            unresolved.push(reference);
            continue;
        }
        if (!target) continue;
        if (isCurrentTarget(target)) {
            // Same node, new content: its referrers' models and content-reading checks follow it.
            if (changedInPlace(target)) {
                followed = true;
                contentRead ||= CONTENT_READ_KINDS.has(target.$type);
            }
            continue;
        }
        const now = nodeNow(target);
        if (!now) {
            unresolved.push(reference);
            continue;
        }
        reference._ref = now.node;
        reference._nodeDescription = now.description;
        followed = true;
        contentRead ||= CONTENT_READ_KINDS.has(now.node.$type);
    }
    const needs = unresolved.length > 0 ? 'linking' : contentRead ? 'validation' : followed ? 'new-models' : 'nothing';
    return { needs, unresolved };
}

/** Whether an AST root is its document's current one, and the document still in the workspace. */
function isCurrentRoot(root: AstNode, documents: LangiumDocuments): boolean {
    const document = root.$document;
    return document !== undefined && document.parseResult.value === root && documents.getDocument(document.uri) === document;
}

/** The definition now at the old one's place in its file, if it has the old one's kind and name. */
function nodeNowAt(old: AstNode, services: RetargetServices, exports: ExportsByPath): NodeNow {
    const uri = AstUtils.findRootNode(old).$document?.uri;
    const document = uri && services.documents.getDocument(uri);
    if (!document) return undefined;
    const locator = services.locatorOf(document.uri);
    const path = locator.getAstNodePath(old);
    const node = locator.getAstNode(document.parseResult.value, path);
    const name = (old as { name?: unknown }).name;
    if (!node || node.$type !== old.$type || (node as { name?: unknown }).name !== name) return undefined;
    const file = document.uri.toString();
    let byPath = exports.get(file);
    if (!byPath) {
        byPath = new Map(services.index.allElements(undefined, new Set([file])).map(description => [description.path, description]));
        exports.set(file, byPath);
    }
    const description = byPath.get(path);
    return description && description.name === name ? { node, description } : undefined;
}
