import {
    AstUtils,
    CstUtils,
    GrammarAST,
    URI,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocuments,
    type MaybePromise,
    type ReferenceInfo
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type LangiumServices,
    type NextFeature
} from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { findBuiltinChannel, isBuiltinDocumentUri } from '../builtins.js';
import { VOCABULARIES, VOCABULARY_LABELS, vocabularyOf, type VocabularyProperty } from '@cjourney/model';
import { SNIPPETS } from './completion-snippets.js';

/**
 * Completion that knows the domain: Langium proposes the keywords valid at the cursor and the
 * names of the expected kind (scoping makes them journey-local, shared or built-in); this adds
 * the closed-list words with their meaning, readable details for names, and snippets.
 */
export class CJourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    /** Clients that bring their own snippets (the VS Code extension) ask the server not to offer them. */
    private offerSnippets = true;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const options = params.initializationOptions as { snippets?: boolean } | undefined;
            this.offerSnippets = options?.snippets !== false;
        });
    }

    /**
     * Langium finds what may follow the cursor by re-parsing the whole text before it; in a
     * 1,000-touchpoint journey that is most of the cost. Elements that are complete before the
     * cursor (earlier stages, touchpoints, KPIs…) cannot change what may follow, so they are
     * left out of the text that is re-parsed.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const prefix = this.reducedPrefix(document, offset);
        return prefix === undefined
            ? super.findFeaturesAt(document, offset)
            : super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, prefix), prefix.length);
    }

    private reducedPrefix(textDocument: TextDocument, offset: number): string | undefined {
        const root = this.documents.getDocument(URI.parse(textDocument.uri))?.parseResult.value;
        const text = textDocument.getText();
        // Only when the syntax tree is built from exactly this text, so its offsets hold.
        if (!root?.$cstNode || root.$cstNode.root.fullText !== text) {
            return undefined;
        }
        const leaf = CstUtils.findLeafNodeBeforeOffset(root.$cstNode, offset);
        if (!leaf) {
            return undefined;
        }
        const ancestors = new Set<AstNode>();
        for (let node: AstNode | undefined = leaf.astNode; node; node = node.$container) {
            ancestors.add(node);
        }
        const skipped = [...ancestors]
            .flatMap(ancestor =>
                AstUtils.streamContents(ancestor)
                    .filter(child => !ancestors.has(child) && child.$cstNode !== undefined && child.$cstNode.end <= leaf.offset)
                    .map(child => [child.$cstNode!.offset, child.$cstNode!.end] as const)
                    .toArray()
            )
            .sort((a, b) => a[0] - b[0]);
        let prefix = '';
        let position = 0;
        for (const [start, end] of skipped) {
            prefix += text.slice(position, start) + ' ';
            position = end;
        }
        return prefix + text.slice(position, offset);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const vocabulary =
            assignment && vocabularyOf(AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name ?? '', assignment.feature);
        if (vocabulary && !GrammarAST.isCrossReference(next.feature) && !GrammarAST.isKeyword(next.feature)) {
            this.completeWords(context, vocabulary, acceptor);
            return;
        }
        if (GrammarAST.isKeyword(next.feature) && this.offerSnippets) {
            this.completeSnippet(context, next.feature.value, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    private completeWords(context: CompletionContext, property: VocabularyProperty, acceptor: CompletionAcceptor): void {
        VOCABULARIES[property].forEach((entry, index) =>
            acceptor(context, {
                label: entry.word,
                kind: CompletionItemKind.EnumMember,
                detail: entry.explanation,
                documentation: { kind: 'markdown', value: `**${entry.word}** · ${VOCABULARY_LABELS[property]}\n\n${entry.explanation}` },
                // Keep the list in the language's order (best to worst, low to high).
                sortText: `0${index}`
            })
        );
    }

    private completeSnippet(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        const snippet = SNIPPETS.find(candidate => candidate.keyword === keyword);
        if (snippet) {
            acceptor(context, {
                label: keyword,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    /** Names show their title and kind; built-in channels say what they are for. */
    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const title = (description.node as { title?: string } | undefined)?.title;
        const kind = description.type === 'Kpi' ? 'KPI' : description.type.toLowerCase();
        const builtin = isBuiltinDocumentUri(description.documentUri) ? findBuiltinChannel(description.name) : undefined;
        return {
            ...item,
            detail: builtin ? `built-in channel · ${builtin.title}` : title ? `${kind} · ${title}` : kind,
            documentation: builtin ? builtin.explanation : item.documentation,
            // The journey's own names first, then shared ones, then built-ins.
            sortText: builtin ? '0b' : '0a'
        };
    }
}
