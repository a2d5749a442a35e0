/**
 * What an incremental build reuses from a document's last complete build (issue 17, part 1).
 * Langium forgets a changed document's scopes and links before it parses it again
 * (DocumentBuilder.resetToState); the builder keeps them here instead, the parser notes the
 * touchpoint it spliced or the string it changed, and the later phases (local scopes, linking) patch what they kept
 * rather than starting over. Without a splice, or after a build that did not complete,
 * every phase runs in full as Langium's does.
 */
import type { AstNode, LangiumDocument, LocalSymbols, MultiReference, Reference } from 'langium';
import type { ValueEdit } from './string-edit.js';
import type { Splice } from './touchpoint-splice.js';

export interface PreviousBuild {
    /** The AST the kept results belong to (the same object after a splice, a new one after a full parse). */
    readonly root: AstNode;
    readonly localSymbols: LocalSymbols | undefined;
    /** The references the linker resolved, still resolved. */
    readonly references: ReadonlyArray<Reference | MultiReference>;
    /** The change made in place since (the latest, when strings were typed into more than once). */
    inPlace?: InPlaceChange;
}

/**
 * A change made to a document's AST in place instead of parsing it again: a touchpoint
 * re-parsed and spliced in (touchpoint-splice.ts), or a string's value changed (string-edit.ts:
 * names, scopes and links stay as they are).
 */
export type InPlaceChange = { readonly kind: 'splice'; readonly splice: Splice } | { readonly kind: 'value'; readonly edit: ValueEdit };

/** A document's in-place changes, counted: the builder and the validation memo ask whether exactly one happened since. */
export interface InPlaceRecord {
    readonly serial: number;
    readonly change: InPlaceChange;
    /** After a splice: the nodes outside it whose references were resolved again; unknown when the document was linked in full. */
    relinkedOwners?: readonly AstNode[];
}

const previousBuilds = new WeakMap<LangiumDocument, PreviousBuild>();
const inPlaceRecords = new WeakMap<LangiumDocument, InPlaceRecord>();

/** Keeps a completely built document's scopes and links for the next build. */
export function keepBuild(document: LangiumDocument): void {
    previousBuilds.set(document, {
        root: document.parseResult.value,
        localSymbols: document.localSymbols,
        references: document.references
    });
}

export function forgetBuild(document: LangiumDocument): void {
    previousBuilds.delete(document);
}

export function previousBuildOf(document: LangiumDocument): PreviousBuild | undefined {
    return previousBuilds.get(document);
}

/** Notes a change made in place: the kept build (if any) has it, and the document's count goes up. */
export function noteInPlaceChange(document: LangiumDocument, change: InPlaceChange): void {
    const previous = previousBuilds.get(document);
    if (previous) previous.inPlace = change;
    inPlaceRecords.set(document, { serial: inPlaceSerialOf(document) + 1, change });
}

/** How many in-place changes the document has had (0: none since it was opened). */
export function inPlaceSerialOf(document: LangiumDocument): number {
    return inPlaceRecords.get(document)?.serial ?? 0;
}

/** The document's last in-place change, when it is the only one since `serialBefore`. */
export function onlyInPlaceChangeSince(document: LangiumDocument, serialBefore: number | undefined): InPlaceRecord | undefined {
    const record = inPlaceRecords.get(document);
    return record && serialBefore !== undefined && record.serial === serialBefore + 1 ? record : undefined;
}

export function lastInPlaceChangeOf(document: LangiumDocument): InPlaceRecord | undefined {
    return inPlaceRecords.get(document);
}

/** The kept build of a document changed since only by value edits of the same AST. */
export function keptAfterValueEdit(document: LangiumDocument): PreviousBuild | undefined {
    const previous = previousBuilds.get(document);
    return previous?.inPlace?.kind === 'value' && previous.root === document.parseResult.value ? previous : undefined;
}

/** The kept build and the splice made since, when the document can be built incrementally. */
export function incrementalChange(document: LangiumDocument): { previous: PreviousBuild; splice: Splice } | undefined {
    const previous = previousBuilds.get(document);
    const inPlace = previous?.inPlace;
    return inPlace?.kind === 'splice' && previous!.root === document.parseResult.value
        ? { previous: previous!, splice: inPlace.splice }
        : undefined;
}

/** Gives references back to the linker unresolved (what Langium's unlink does to a whole document). */
export function unlinkReferences(references: ReadonlyArray<Reference | MultiReference>): void {
    for (const reference of references) {
        const fields = reference as unknown as Record<string, unknown>;
        if ('_ref' in reference) {
            fields._ref = undefined;
            delete fields._nodeDescription;
        } else if ('_items' in reference) {
            fields._items = undefined;
            delete fields._linkingError;
        }
    }
}

/**
 * A value read from a document's links and kept until they change: the linker replaces the
 * list of references, or resolves more into it (re-targeting points them elsewhere in place,
 * at nodes of the same files and paths, which is why what is kept is by file and path).
 */
export function keptWhileLinked<T>(
    cache: WeakMap<LangiumDocument, { references: unknown; count: number; value: T }>,
    document: LangiumDocument,
    read: () => T
): T {
    const references = document.references;
    const cached = cache.get(document);
    if (cached && cached.references === references && cached.count === references.length) return cached.value;
    const value = read();
    cache.set(document, { references, count: references.length, value });
    return value;
}
