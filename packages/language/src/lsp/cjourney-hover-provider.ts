import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { CJourneyServices } from '../cjourney-module.js';
import type { JourneyModels } from '../model-builder/journey-models.js';
import { type CjourneyModel, explainWord, type Journey, vocabularyOf } from '@cjourney/model';
import { channelHover, journeyHover, kpiHover, md, personaHover, stageHover, stakeholderHover, touchpointHover } from './hover-content.js';
import { competitorHover, sourceHover } from './hover-content-v2.js';

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
        if (ast.isJourney(target) && own) return journeyHover(own);
        if (ast.isStage(target) && own)
            return mapFound(
                own.stages.find(stage => stage.id === name),
                stage => stageHover(stage, own)
            );
        if (ast.isTouchpoint(target) && own)
            return mapFound(
                own.touchpoints.find(touchpoint => touchpoint.id === name),
                touchpoint => touchpointHover(touchpoint, own)
            );
        if (ast.isKpi(target) && own)
            return mapFound(
                own.kpis.find(kpi => kpi.id === name),
                kpi => kpiHover(kpi, own)
            );
        if (ast.isStakeholder(target)) {
            const inJourney = journey?.stakeholders.find(stakeholder => stakeholder.id === name);
            return mapFound(inJourney ?? sharedModel?.stakeholders.find(stakeholder => stakeholder.id === name), stakeholder =>
                stakeholderHover(stakeholder, inJourney ? journey : undefined)
            );
        }
        if (ast.isPersona(target)) {
            const inJourney = journey?.personas.find(persona => persona.id === name);
            return mapFound(inJourney ?? sharedModel?.personas.find(persona => persona.id === name), persona =>
                personaHover(persona, inJourney ? journey : undefined)
            );
        }
        if (ast.isSource(target)) {
            const inJourney = journey?.sources.find(source => source.id === name);
            return mapFound(inJourney ?? sharedModel?.sources.find(source => source.id === name), source =>
                sourceHover(source, inJourney ? journey : undefined)
            );
        }
        if (ast.isCompetitor(target)) {
            const inJourney = journey?.competitors.find(competitor => competitor.id === name);
            return mapFound(inJourney ?? sharedModel?.competitors.find(competitor => competitor.id === name), competitor =>
                competitorHover(competitor, inJourney ? journey : undefined)
            );
        }
        if (ast.isChannel(target)) {
            const inJourney = journey?.channels.find(channel => channel.id === name);
            return mapFound(inJourney ?? sharedModel?.channels.find(channel => channel.id === name), channel =>
                channelHover(channel, inJourney ? journey : undefined)
            );
        }
        return undefined;
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

function mapFound<T>(value: T | undefined, describe: (found: T) => string): string | undefined {
    return value === undefined ? undefined : describe(value);
}
