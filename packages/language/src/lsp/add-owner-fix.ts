/**
 * The quick fix of `opportunity-without-owner`: an opportunity that is planned or being done
 * needs someone responsible, so offer the stakeholders in scope as its `owner`, the
 * touchpoint's own owner first (the likeliest answer), at most a handful so the menu stays short.
 */
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type Reference } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { CJourneyServices } from '../cjourney-module.js';
import * as ast from '../generated/ast.js';

const MAX_CHOICES = 5;

export interface OwnerChoice {
    name: string;
    edits: TextEdit[];
    preferred: boolean;
}

/** One choice per stakeholder in scope, each inserting `owner NAME` before the `status` keyword. */
export function addOwnerChoices(services: CJourneyServices, document: LangiumDocument, range: Range): OwnerChoice[] {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    const opportunity = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isOpportunity);
    const keyword = opportunity && GrammarUtils.findNodeForKeyword(opportunity.$cstNode, 'status');
    if (!opportunity || !keyword) {
        return [];
    }
    const stakeholders = stakeholdersInScope(services, opportunity);
    const touchpointOwner = AstUtils.getContainerOfType(opportunity, ast.isTouchpoint)?.owner?.$refText;
    const ordered = [...stakeholders.filter(name => name === touchpointOwner), ...stakeholders.filter(name => name !== touchpointOwner)];
    const line = lineText(document, keyword.range.start.line);
    const firstOnLine = line.slice(0, keyword.range.start.character).trim() === '';
    const indentation = /^\s*/.exec(line)?.[0] ?? '';
    return ordered.slice(0, MAX_CHOICES).map((name, index) => ({
        name,
        preferred: index === 0 && name === touchpointOwner,
        edits: [
            {
                range: { start: keyword.range.start, end: keyword.range.start },
                newText: firstOnLine ? `owner ${name}\n${indentation}` : `owner ${name} `
            }
        ]
    }));
}

/** The names a reference from the opportunity's `owner` could resolve to, as the linker sees them. */
function stakeholdersInScope(services: CJourneyServices, opportunity: ast.Opportunity): string[] {
    const reference = { $refText: '' } as Reference;
    const scope = services.references.ScopeProvider.getScope({ reference, container: opportunity, property: 'owner' });
    const names = scope
        .getAllElements()
        .map(description => description.name)
        .toArray();
    return [...new Set(names)];
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
