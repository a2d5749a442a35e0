import { Cancellation, DefaultDocumentBuilder, DocumentState, type AstNode, type LangiumDocument, type Reference, type URI } from 'langium';
import { BUILTIN_DOCUMENT_URI } from './builtins.js';
import { isChannel, isJourneyFile, isPersona, isStakeholder } from './generated/ast.js';
import {
    forgetBuild,
    inPlaceSerialOf,
    keepBuild,
    onlyInPlaceChangeSince,
    previousBuildOf,
    unlinkReferences,
    type InPlaceRecord
} from './incremental/build-memory.js';
import type { CJourneyLinker } from './incremental/incremental-linker.js';
import { outgoingOf } from './incremental/lazy-reference-index.js';
import { createRetargeter, type Retargeted } from './incremental/retarget.js';
import { journeyFactsOf, sameFacts } from './incremental/touchpoint-facts.js';

/**
 * Langium's document builder, with cjourney's rules for what a change rebuilds.
 *
 * Files that declare shared (top-level) stakeholders, personas or channels are revalidated
 * whenever a journey changes what it refers to: whether a shared persona is used, a shared
 * key stakeholder engaged or a shared name duplicated depends on the other files of the workspace.
 *
 * When one document changes (an editor's keystroke, a saved file):
 *   - it keeps the scopes and links of its last complete build (incremental/build-memory.ts),
 *     which are patched after a touchpoint splice and given up in every other case;
 *   - the other documents it affects are not unlinked first, as Langium does: once it is
 *     linked, their references into it are followed to its new nodes (incremental/retarget.ts),
 *     and only those that need it are linked or validated again.
 */
export class CJourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** Whether the update under way changes one document only (several may change each other's links). */
    private oneDocumentChanging = false;
    /** Completely built documents the update under way affects, followed up once the changed one is linked. */
    private dependents: LangiumDocument[] | undefined;
    /** Those of them that need linking or validating again, once the changed one is validated. */
    private toRebuild: LangiumDocument[] = [];
    /** The one document the update under way changes, if it existed before, and how many in-place changes it had. */
    private changedDocument: LangiumDocument | undefined;
    private inPlaceBefore: number | undefined;

    override async update(
        changed: URI[],
        deleted: URI[],
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        this.oneDocumentChanging = changed.length === 1 && deleted.length === 0;
        this.dependents = this.oneDocumentChanging ? [] : undefined;
        this.changedDocument = this.oneDocumentChanging ? this.langiumDocuments.getDocument(changed[0]) : undefined;
        this.inPlaceBefore = this.changedDocument && inPlaceSerialOf(this.changedDocument);
        this.toRebuild = [];
        try {
            await super.update(changed, deleted, cancelToken);
            // The changed document's diagnostics are out: now those of the documents it affects.
            if (this.toRebuild.length > 0) await this.buildDocuments(this.toRebuild, this.updateBuildOptions, cancelToken);
        } finally {
            this.oneDocumentChanging = false;
            this.dependents = undefined;
            this.toRebuild = [];
            this.changedDocument = undefined;
        }
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        const previous = previousBuildOf(document);
        const unparsedSinceKept = previous && previous.inPlace?.kind !== 'splice' && previous.root === document.parseResult.value;
        if (this.oneDocumentChanging && state === DocumentState.Changed && this.isComplete(document)) {
            keepBuild(document);
            // Kept resolved: Langium's reset would unlink them.
            document.references = [];
        } else if (previous && !(state === DocumentState.Changed && unparsedSinceKept)) {
            forgetBuild(document);
            if (previous.root === document.parseResult.value) unlinkReferences(previous.references);
        }
        super.resetToState(document, state);
    }

    /** Langium's rule (unresolved references, or references into a changed file), read from a kept summary of the links. */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const relink =
            outgoingOf(document).unresolved || this.indexManager.isAffected(document, changedUris) || declaresSharedDefinitions(document);
        if (relink && this.dependents && this.isComplete(document)) {
            this.dependents.push(document);
            return false;
        }
        return relink;
    }

    /**
     * Once the changed document is linked (and before anything is validated, since its own
     * checks read who refers to it), its dependents follow it.
     */
    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken,
        callback: (document: LangiumDocument) => unknown
    ): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        const dependents = targetState === DocumentState.IndexedReferences ? this.dependents : undefined;
        if (dependents && dependents.length > 0) {
            this.dependents = undefined;
            await this.followDependents(dependents, cancelToken);
        }
    }

    /** Follows each dependent's references to the changed document's new nodes; notes those that need more. */
    private async followDependents(dependents: LangiumDocument[], cancelToken: Cancellation.CancellationToken): Promise<void> {
        const valueEdited = this.changeInPlace()?.change.kind === 'value';
        const retarget = createRetargeter({
            documents: this.langiumDocuments,
            locatorOf: uri => this.serviceRegistry.getServices(uri).workspace.AstNodeLocator,
            index: this.indexManager,
            changedInPlace: valueEdited ? this.changedDocument!.parseResult.value : undefined
        });
        const usageKept = this.referencesKept();
        for (const document of dependents) {
            const { needs, unresolved } = retarget(document.references);
            const usageChecked = declaresSharedDefinitions(document) && !usageKept;
            if (needs === 'nothing' && !usageChecked) continue;
            if (needs === 'linking') {
                (this.serviceRegistry.getServices(document.uri).references.Linker as CJourneyLinker).relink(
                    document,
                    unresolved as Reference[]
                );
            }
            // Its model (hover, preview) holds what it refers to: models are dropped on Linked.
            if (needs !== 'nothing') await this.notifyDocumentPhase(document, DocumentState.Linked, cancelToken);
            if (needs === 'new-models' && !usageChecked && !this.textDocuments?.get(document.uri.toString())) continue;
            this.resetToState(document, reachedState(needs));
            this.toRebuild.push(document);
        }
    }

    /** The changed document's change in place during this update, when it was changed that way (once). */
    private changeInPlace(): InPlaceRecord | undefined {
        return this.changedDocument && onlyInPlaceChangeSince(this.changedDocument, this.inPlaceBefore);
    }

    /**
     * Whether the changed document refers to the others as before: it was changed by one
     * string value (string-edit.ts), or by one touchpoint splice that kept what the
     * touchpoint's references resolve to (and its names).
     * Then files of shared definitions need not check again who uses their definitions.
     */
    private referencesKept(): boolean {
        const change = this.changeInPlace()?.change;
        if (change?.kind === 'value') return true;
        return change?.kind === 'splice' && sameFacts(journeyFactsOf(change.splice.oldNode), journeyFactsOf(change.splice.newNode));
    }

    /** Built as far as the last build went: linked and indexed, and validated if it was asked (open files). */
    private isComplete(document: LangiumDocument): boolean {
        return document.state >= DocumentState.IndexedReferences && this.buildState.get(document.uri.toString())?.completed === true;
    }
}

/** Where a dependent's build starts again: references indexed anew after linking, else validation only. */
function reachedState(needs: Retargeted['needs']): DocumentState {
    if (needs === 'full-linking') return DocumentState.ComputedScopes;
    return needs === 'linking' ? DocumentState.Linked : DocumentState.IndexedReferences;
}

function declaresSharedDefinitions(document: LangiumDocument): boolean {
    const root = document.parseResult?.value;
    if (!isJourneyFile(root) || document.uri.toString() === BUILTIN_DOCUMENT_URI) {
        return false;
    }
    return root.elements.some(element => isStakeholder(element) || isPersona(element) || isChannel(element));
}
