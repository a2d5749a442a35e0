/**
 * What an incremental build reuses from a document's last complete build (issue 17, part 1).
 * Langium forgets a changed document's scopes and links before it parses it again
 * (DocumentBuilder.resetToState); the builder keeps them here instead, the parser notes the
 * touchpoint it spliced, and the later phases (local scopes, linking) patch what they kept
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
    splice?: Splice;
    /** A string's value was changed in place (string-edit.ts): names, scopes and links are as kept. */
    valueEdit?: boolean;
}

/** The splices of a document, counted, with what the last one's linking touched (for validation-memo.ts). */
export interface SpliceRecord {
    readonly serial: number;
    readonly splice: Splice;
    /** The nodes outside the splice whose references were resolved again; unknown when the document was linked in full. */
    relinkedOwners?: readonly AstNode[];
}

const previousBuilds = new WeakMap<LangiumDocument, PreviousBuild>();
const splices = new WeakMap<LangiumDocument, SpliceRecord>();
const valueEdits = new WeakMap<LangiumDocument, ValueEditRecord>();

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

export function noteSplice(document: LangiumDocument, splice: Splice): void {
    const previous = previousBuilds.get(document);
    if (previous) previous.splice = splice;
    splices.set(document, { serial: spliceSerialOf(document) + 1, splice });
}

/** The value edits of a document, counted like splices (the builder asks whether one happened during an update). */
export interface ValueEditRecord {
    readonly serial: number;
    readonly edit: ValueEdit;
}

/** Notes a string value changed in place. */
export function noteValueEdit(document: LangiumDocument, edit: ValueEdit): void {
    const previous = previousBuilds.get(document);
    if (previous) previous.valueEdit = true;
    valueEdits.set(document, { serial: valueEditSerialOf(document) + 1, edit });
}

export function valueEditSerialOf(document: LangiumDocument): number {
    return valueEdits.get(document)?.serial ?? 0;
}

export function lastValueEditOf(document: LangiumDocument): ValueEditRecord | undefined {
    return valueEdits.get(document);
}

/** The kept build of a document changed since only by value edits of the same AST (a splice among them: see incrementalChange). */
export function keptAfterValueEdit(document: LangiumDocument): PreviousBuild | undefined {
    const previous = previousBuilds.get(document);
    return previous?.valueEdit && !previous.splice && previous.root === document.parseResult.value ? previous : undefined;
}

/** How many splices the document has had (0: none since it was opened). */
export function spliceSerialOf(document: LangiumDocument): number {
    return splices.get(document)?.serial ?? 0;
}

export function lastSpliceOf(document: LangiumDocument): SpliceRecord | undefined {
    return splices.get(document);
}

/** The kept build and the splice made since, when the document can be built incrementally. */
export function incrementalChange(document: LangiumDocument): (PreviousBuild & { splice: Splice }) | undefined {
    const previous = previousBuilds.get(document);
    return previous?.splice && previous.root === document.parseResult.value ? (previous as PreviousBuild & { splice: Splice }) : undefined;
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
