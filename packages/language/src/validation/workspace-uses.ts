/**
 * What each file of the workspace refers to, for the checks of shared definitions (is this
 * persona used anywhere, is this key stakeholder engaged). Walking every reference of the
 * workspace whenever a file of shared definitions is validated cost a tenth of a second per
 * keystroke at 300 files; each file's uses are now read once from its links and kept until
 * they change (the linker replaces its list of references, or resolves more into it).
 * Targets are named by file and path, which stay the same when an edit of the target's file
 * keeps its definitions in place (incremental/retarget.ts).
 */
import { isReference, type AstNode, type AstNodeLocator, type LangiumDocument } from 'langium';
import { keptWhileLinked } from '../incremental/build-memory.js';

/** For each target file: the paths of the top-level nodes referred to, with the kinds of the nodes referring to them. */
export type Uses = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

const kept = new WeakMap<LangiumDocument, { references: unknown; count: number; value: Uses }>();

export function usesOf(document: LangiumDocument, locator: AstNodeLocator): Uses {
    return keptWhileLinked(kept, document, () => readUses(document, locator));
}

function readUses(document: LangiumDocument, locator: AstNodeLocator): Uses {
    const uses = new Map<string, Map<string, Set<string>>>();
    const add = (source: AstNode, target: AstNode | undefined) => {
        // Only top-level definitions are shared (and asked about): their path is short to compute.
        const file = target?.$container && !target.$container.$container ? target.$container.$document?.uri.toString() : undefined;
        if (!target || !file) return;
        const byPath = uses.get(file) ?? uses.set(file, new Map()).get(file)!;
        const path = locator.getAstNodePath(target);
        (byPath.get(path) ?? byPath.set(path, new Set()).get(path)!).add(source.$type);
    };
    for (const reference of document.references) {
        // The node that holds the reference, as the index records it (the touchpoint of `channel web`).
        const source = reference.$refNode?.astNode;
        if (!source || reference.error) continue;
        if (isReference(reference)) add(source, reference.ref);
        else reference.items.forEach(item => add(source, item.ref));
    }
    return uses;
}
