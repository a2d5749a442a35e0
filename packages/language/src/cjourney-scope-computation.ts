import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap } from 'langium';
import { isJourney, isTouchpoint } from './generated/ast.js';

/**
 * Makes every touchpoint visible in its whole journey, not just its stage, because flows and
 * KPIs live at journey level and a touchpoint's name is unique across all of a journey's
 * stages. Everything else keeps Langium's default: visible in its container, and top-level
 * elements exported to the workspace.
 */
export class CJourneyScopeComputation extends DefaultScopeComputation {
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
}
