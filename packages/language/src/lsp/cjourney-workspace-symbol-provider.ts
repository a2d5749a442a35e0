/**
 * "Go to symbol in workspace": every named step of every journey, not only what the index
 * exports. Langium's default lists the index (journeys and shared definitions), so a
 * stage, a touchpoint, a KPI or an opportunity could not be found by name (issue 18).
 *
 * Each document's symbols are collected once per version (a DocumentCache drops them when
 * the document changes) so a query over a large workspace is one fuzzy match per symbol.
 * The built-in channels are left out: their library document has no location a client can
 * open (see cjourney-navigation-providers.ts).
 */
import {
    AstUtils,
    DocumentCache,
    GrammarUtils,
    interruptAndCheck,
    type AstNode,
    type LangiumDocument,
    type LangiumDocuments
} from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isBuiltinDocumentUri } from '../builtins.js';
import * as ast from '../generated/ast.js';
import { isAnyOf } from '../ast-helpers.js';

/** Elements a symbol can be contained in. */
const isNamedStep = isAnyOf(ast.isJourney, ast.isStage, ast.isTouchpoint, ast.isKpi, ast.isStakeholder, ast.isPersona, ast.isChannel);

/** An opportunity has no name: it is found by its text, shown as a key idea. */
const OPPORTUNITY_KIND = SymbolKind.Key;

export class CJourneyWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;
    private readonly nodeKinds: NodeKindProvider;
    private readonly symbolsByDocument: DocumentCache<string, readonly WorkspaceSymbol[]>;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
        this.nodeKinds = services.lsp.NodeKindProvider;
        this.symbolsByDocument = new DocumentCache(services);
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const found: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            if (isBuiltinDocumentUri(document.uri)) {
                continue;
            }
            await interruptAndCheck(cancelToken);
            const symbols = this.symbolsByDocument.get(document.uri, 'symbols', () => this.collectSymbols(document));
            found.push(...symbols.filter(symbol => this.fuzzyMatcher.match(query, symbol.name)));
        }
        return found;
    }

    private collectSymbols(document: LangiumDocument): WorkspaceSymbol[] {
        const root = document.parseResult?.value;
        if (!ast.isJourneyFile(root)) {
            return [];
        }
        const symbols: WorkspaceSymbol[] = [];
        for (const node of AstUtils.streamAst(root)) {
            const symbol = this.symbolOf(node, document);
            if (symbol) {
                symbols.push(symbol);
            }
        }
        return symbols;
    }

    private symbolOf(node: AstNode, document: LangiumDocument): WorkspaceSymbol | undefined {
        const [name, property, kind] = ast.isOpportunity(node)
            ? [node.text, 'text', OPPORTUNITY_KIND]
            : isNamedStep(node)
              ? [node.name, 'name', this.nodeKinds.getSymbolKind(node)]
              : [undefined, '', SymbolKind.Null];
        const nameNode = name ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
        if (!name || !nameNode) {
            return undefined;
        }
        const container = node.$container && isNamedStep(node.$container) ? node.$container.name : undefined;
        return {
            name,
            kind,
            containerName: container,
            location: { uri: document.uri.toString(), range: nameNode.range }
        };
    }
}
