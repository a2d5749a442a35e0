import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { CJourneyServices } from '../cjourney-module.js';
import type { JourneyModels } from '../model-builder/journey-models.js';
import { type CjourneyModel, explainWord, type Journey, vocabularyOf } from '@cjourney/model';
import { journeyHover, md } from './hover-content.js';
import { elementHoverOf } from './hover-element-rules.js';

/**
 * Hover in domain words: what an element means on the map (a stakeholder's quadrant and
 * engagement, a touchpoint's emotion against the journey's average, a KPI's gaps), the
 * meaning of a closed-list word, and the documentation of a keyword (JSDoc in the grammar).
 */
export class CJourneyHoverProvider extends AstNodeHoverProvider {
    private readonly models: JourneyModels;

    constructor(services: CJourneyServices) {
        super(services);
        this.models = services.model.JourneyModels;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.offset + leaf.length <= offset) {
            return undefined;
        }
        const markdown = this.wordHover(leaf) ?? this.elementHover(leaf, document);
        if (markdown) {
            return { contents: { kind: 'markdown', value: markdown }, range: leaf.range };
        }
        return GrammarAST.isKeyword(leaf.grammarSource) ? this.getKeywordHoverContent(leaf.grammarSource) : undefined;
    }

    /** Not used: hovers are built in `elementHover`, which also knows the hovered document. */
    protected getAstNodeHoverContent(): undefined {
        return undefined;
    }

    /** `emotion frustrated`, `power high`…: the word's meaning. */
    private wordHover(leaf: CstNode): string | undefined {
        const assignment = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isAssignment);
        const property = assignment?.feature;
        const vocabulary = property && vocabularyOf(AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name ?? '', property);
        if (!property || !vocabulary || GrammarAST.isCrossReference(assignment?.terminal)) {
            return undefined;
        }
        const explanation = explainWord(vocabulary, leaf.text);
        return explanation ? `**${md(leaf.text)}** · ${property}\n\n${explanation}` : undefined;
    }

    private elementHover(leaf: CstNode, document: LangiumDocument): string | undefined {
        const target = this.references.findDeclarations(leaf)[0];
        if (!target) {
            return undefined;
        }
        const hovered = this.journeyAt(document, leaf.offset);
        const own = this.ownJourney(target);
        const journey = own ?? hovered;
        const sharedModel = own ? undefined : this.modelOf(AstUtils.getDocument(target)).shared;
        const name = (target as AstNode & { name?: string }).name ?? '';
        if (ast.isJourney(target)) return own && journeyHover(own);
        return elementHoverOf(target, name, { own, journey, shared: sharedModel });
    }

    private modelOf(document: LangiumDocument): CjourneyModel {
        return this.models.get(document);
    }

    /** The journey model of the journey that contains `node`, if any. */
    private ownJourney(node: AstNode): Journey | undefined {
        const journey = AstUtils.getContainerOfType(node, ast.isJourney);
        return journey && this.modelOf(AstUtils.getDocument(node)).journeys.find(candidate => candidate.id === journey.name);
    }

    /** The journey written around an offset of a document (where the user hovers). */
    private journeyAt(document: LangiumDocument, offset: number): Journey | undefined {
        const root = document.parseResult.value;
        const journey = ast.isJourneyFile(root)
            ? root.elements
                  .filter(ast.isJourney)
                  .find(candidate => candidate.$cstNode && candidate.$cstNode.offset <= offset && offset <= candidate.$cstNode.end)
            : undefined;
        return journey && this.modelOf(document).journeys.find(candidate => candidate.id === journey.name);
    }
}
