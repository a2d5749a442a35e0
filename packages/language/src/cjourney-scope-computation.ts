import {
    AstUtils,
    DefaultScopeComputation,
    MultiMap,
    type AstNode,
    type AstNodeDescription,
    type Cancellation,
    type LangiumDocument,
    type LocalSymbols
} from 'langium';
import { isJourney, isTouchpoint } from './generated/ast.js';
import { incrementalChange, keptAfterValueEdit } from './incremental/build-memory.js';
import type { Splice } from './incremental/touchpoint-splice.js';

/**
 * Makes every touchpoint visible in its whole journey, not just its stage, because flows and
 * KPIs live at journey level and a touchpoint's name is unique across all of a journey's
 * stages. Everything else keeps Langium's default: visible in its container, and top-level
 * elements exported to the workspace.
 *
 * After a touchpoint splice (incremental/touchpoint-splice.ts) the last build's local symbols
 * are patched instead of collected again: the old touchpoint's entries go, the new one's
 * come in at the same place, so lookups resolve as after a full collection.
 */
export class CJourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<LocalSymbols> {
        const change = incrementalChange(document);
        const kept = change?.previous.localSymbols;
        if (change && kept instanceof MultiMap && this.patch(kept, change.splice, document)) {
            return kept;
        }
        // A string's value changed in place: no name did, so the symbols are the same.
        const valueEdited = keptAfterValueEdit(document);
        if (valueEdited?.localSymbols) return valueEdited.localSymbols;
        return super.collectLocalSymbols(document, cancelToken);
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isTouchpoint(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            const name = this.nameProvider.getName(node);
            if (journey && name) {
                symbols.add(journey, this.descriptions.createDescription(node, name, document));
            }
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }

    /** Swaps the spliced touchpoint's symbols; false when the kept symbols do not hold it (then they are collected afresh). */
    private patch(symbols: MultiMap<AstNode, AstNodeDescription>, { oldNode, newNode }: Splice, document: LangiumDocument): boolean {
        const journey = AstUtils.getContainerOfType(newNode, isJourney);
        const inJourney = journey ? (symbols.get(journey) as AstNodeDescription[]) : [];
        const index = inJourney.findIndex(description => description.node === oldNode);
        if (index < 0) return false;
        inJourney[index] = this.descriptions.createDescription(newNode, inJourney[index].name, document);
        for (const node of AstUtils.streamAllContents(oldNode)) symbols.delete(node);
        symbols.delete(oldNode);
        for (const node of AstUtils.streamAllContents(newNode)) this.addLocalSymbol(node, document, symbols);
        return true;
    }
}
