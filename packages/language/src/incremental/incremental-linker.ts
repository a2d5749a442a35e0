/**
 * Linking after a touchpoint splice (issue 17, part 1): only the references that can have
 * changed are resolved again: those of the new touchpoint, those elsewhere that pointed into
 * the old one (a flow's `from`/`to`, a KPI's touchpoint), and those that did not resolve
 * (the new touchpoint may declare what they name). Every other reference keeps its target,
 * since a splice keeps the touchpoint's name and nothing outside it changed. After a string's
 * value changed in place (string-edit.ts) every reference is kept. Otherwise Langium's linker
 * links the whole document.
 */
import {
    AstUtils,
    DefaultLinker,
    isAstNode,
    type AstNode,
    type Cancellation,
    type LangiumDocument,
    type MultiReference,
    type Reference,
    type ReferenceInfo
} from 'langium';
import {
    forgetBuild,
    incrementalChange,
    keptAfterValueEdit,
    lastInPlaceChangeOf,
    previousBuildOf,
    unlinkReferences,
    type PreviousBuild
} from './build-memory.js';
import { currentNodeCheck } from './retarget.js';
import type { Splice } from './touchpoint-splice.js';

type AnyReference = Reference | MultiReference;

export class CJourneyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const change = incrementalChange(document);
        const previous = previousBuildOf(document);
        const valueEdited = keptAfterValueEdit(document);
        forgetBuild(document);
        if (valueEdited) {
            // Only a string's value changed: every reference resolves as before. The kept list
            // itself when nothing was resolved meanwhile, so what is kept while a document's
            // links stay the same (keptWhileLinked: the files it uses) stays kept.
            const resolvedMeanwhile = document.references;
            document.references =
                resolvedMeanwhile.length === 0
                    ? (valueEdited.references as typeof resolvedMeanwhile)
                    : valueEdited.references.concat(resolvedMeanwhile);
            return;
        }
        if (change) {
            this.relinkSplice(document, change.previous, change.splice);
            return;
        }
        // Kept links of an AST that was not parsed again (same text): resolve them afresh, as Langium does.
        if (previous && previous.root === document.parseResult.value) unlinkReferences(previous.references);
        await super.link(document, cancelToken);
    }

    /** Resolves some of a linked document's references again (retarget.ts), leaving the others as they are. */
    relink(document: LangiumDocument, references: readonly AnyReference[]): void {
        const again = new Set(references);
        const infos = references.map(referenceInfoOf);
        document.references = document.references.filter(reference => !again.has(reference));
        unlinkReferences(references);
        for (const info of infos) if (info) this.doLink(info, document);
    }

    private relinkSplice(document: LangiumDocument, previous: PreviousBuild, splice: Splice): void {
        const oldNodes = new Set<unknown>(AstUtils.streamAst(splice.oldNode));
        const oldReferences = new Set<AnyReference>();
        for (const node of AstUtils.streamAst(splice.oldNode)) {
            AstUtils.streamReferences(node).forEach(info => oldReferences.add(info.reference));
        }
        const kept: AnyReference[] = [];
        const stale: AnyReference[] = [];
        const current = this.currentTargets();
        for (const reference of previous.references) {
            if (oldReferences.has(reference)) continue;
            if (pointsInto(reference, oldNodes) || reference.error !== undefined || !current(reference)) stale.push(reference);
            else kept.push(reference);
        }
        // References resolved on demand since the reset (scopes) are already in the list.
        document.references = kept.concat(document.references);
        const infos = stale.map(referenceInfoOf);
        unlinkReferences(stale);
        const owners: AstNode[] = [];
        for (const info of infos) {
            if (info) {
                owners.push(info.container);
                this.doLink(info, document);
            }
        }
        const record = lastInPlaceChangeOf(document);
        if (record?.change.kind === 'splice' && record.change.splice === splice) record.relinkedOwners = owners;
        for (const node of AstUtils.streamAst(splice.newNode)) {
            AstUtils.streamReferences(node).forEach(info => this.doLink(info, document));
        }
    }

    /** Whether a kept reference's targets are all still in their documents' current ASTs. */
    private currentTargets(): (reference: AnyReference) => boolean {
        const isCurrent = currentNodeCheck(this.langiumDocuments());
        const current = (target: unknown) => !isAstNode(target) || isCurrent(target);
        return reference => {
            const fields = reference as unknown as { _ref?: unknown; _items?: Array<{ ref: unknown }> };
            return Array.isArray(fields._items) ? fields._items.every(item => current(item.ref)) : current(fields._ref);
        };
    }
}

function pointsInto(reference: AnyReference, nodes: Set<unknown>): boolean {
    const fields = reference as unknown as { _ref?: unknown; _items?: Array<{ ref: unknown }> };
    return nodes.has(fields._ref) || (Array.isArray(fields._items) && fields._items.some(item => nodes.has(item.ref)));
}

/** The node, property and index a reference belongs to (Langium's references know their node). */
function referenceInfoOf(reference: AnyReference): ReferenceInfo | undefined {
    const owner = (reference as unknown as { node?: AstNode }).node;
    return owner && AstUtils.streamReferences(owner).find(info => info.reference === reference);
}
