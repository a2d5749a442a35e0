/**
 * Builds the journey model (journey-model.ts) from a linked Langium document. Pure: it reads
 * the AST and its resolved references, never the file system, and gives the same output for
 * the same input. It never throws on a document with errors: unresolved references are left
 * out and duplicate names get a numbered id, so the CLI, the fuzzer and the diff can still
 * read a broken file (the preview shows the last error-free model instead).
 */
import { type LangiumDocument } from 'langium';
import {
    isJourney,
    isJourneyFile,
    type Channel as ChannelNode,
    type Journey as JourneyNode,
    type Persona as PersonaNode,
    type Stakeholder as StakeholderNode,
    type Touchpoint as TouchpointNode
} from '../generated/ast.js';
import {
    type Channel,
    type CjourneyModel,
    EMOTION_SCORE,
    isVocabularyWord,
    type Journey,
    type Kpi,
    MODEL_VERSION,
    type Persona,
    sameValue,
    type Stage,
    type Stakeholder,
    type Touchpoint
} from '@cjourney/model';
import { buildShared, channelFacts, collectDefinitions, personaFacts, stakeholderFacts } from './build-definitions.js';
import { buildKpi, type KpiIds } from './build-kpi.js';
import {
    blueprintOf,
    competitorFacts,
    evidenceOf,
    evidenceWithin,
    laneFacts,
    namedPersonas,
    painsAndOpportunities,
    personaEmotions,
    plainEmotion,
    sourceFacts,
    thoughtNotes,
    type V2Ids
} from './build-v2.js';
import { buildEmotionSummary, buildFlows, buildPath } from './journey-derived.js';
import { journeyEnvironment } from './touchpoint-models.js';
import { type BuildModelOptions, IdRegistry, ModelContext, optional, textOf, titleOf, uniqueDefined } from './model-context.js';

export type { BuildModelOptions } from './model-context.js';

export function buildCjourneyModel(document: LangiumDocument, options: BuildModelOptions = {}): CjourneyModel {
    const context = new ModelContext(document, options);
    const root = document.parseResult.value;
    const elements = isJourneyFile(root) ? root.elements : [];
    options.touchpoints?.begin();
    const journeys = elements.filter(isJourney).map(journey => new JourneyBuilder(journey, context).build());
    options.touchpoints?.finish();
    return { modelVersion: MODEL_VERSION, file: context.file, journeys, shared: buildShared(elements, context) };
}

class JourneyBuilder {
    private readonly stageIds = new IdRegistry();
    private readonly touchpointIds = new IdRegistry();
    private readonly stakeholderIds = new IdRegistry();
    private readonly personaIds = new IdRegistry();
    private readonly channelIds = new IdRegistry();
    private readonly kpiIds = new IdRegistry();
    private readonly sourceIds = new IdRegistry();
    private readonly competitorIds = new IdRegistry();
    private readonly laneIds = new IdRegistry();
    private readonly v2Ids: V2Ids = {
        personas: this.personaIds,
        stakeholders: this.stakeholderIds,
        sources: this.sourceIds,
        lanes: this.laneIds
    };
    private readonly touchpointNodes: TouchpointNode[];
    /** Every persona of the journey: who lives a step that names none. */
    private allPersonaIds: string[] = [];

    constructor(
        private readonly journey: JourneyNode,
        private readonly context: ModelContext
    ) {
        this.touchpointNodes = journey.stages.flatMap(stage => stage.touchpoints);
    }

    build(): Journey {
        const journey = this.journey;
        journey.stages.forEach(stage => this.stageIds.assign(stage));
        this.touchpointNodes.forEach(touchpoint => this.touchpointIds.assign(touchpoint));
        journey.kpis.forEach(kpi => this.kpiIds.assign(kpi));
        const stakeholderNodes = this.collectStakeholders();
        const personaReferences = this.touchpointNodes.flatMap(t =>
            [...t.personas, ...t.emotions.flatMap(line => line.personas), ...t.thoughts.flatMap(line => line.personas)].map(
                reference => reference.ref
            )
        );
        const personaNodes = collectDefinitions(journey.personas, personaReferences, this.personaIds);
        this.allPersonaIds = personaNodes.map(node => this.personaIds.idOf(node)!);
        const channelNodes = collectDefinitions(
            journey.channels,
            this.touchpointNodes.map(t => t.channel?.ref),
            this.channelIds
        );
        const evidence = evidenceWithin(journey);
        const sourceNodes = collectDefinitions(
            journey.sources,
            evidence.map(line => line.source?.ref),
            this.sourceIds
        );
        const competitorNodes = collectDefinitions(
            journey.competitors,
            journey.kpis.flatMap(kpi => kpi.benchmarks.map(benchmark => benchmark.competitor?.ref)),
            this.competitorIds
        );
        journey.lanes.forEach(lane => this.laneIds.assign(lane));

        const touchpoints = this.buildTouchpoints();
        const flows = buildFlows(journey, this.touchpointIds, touchpoints);
        const kpis = journey.kpis.map(kpi => buildKpi(kpi, this.kpiRegistries(), this.context));
        const personas = personaNodes.map(node => this.buildPersona(node, touchpoints));
        return {
            id: this.idOfJourney(),
            title: titleOf(journey, this.idOfJourney()),
            ...optional('description', journey.description),
            objectives: [...journey.objectives],
            state: isVocabularyWord('state', journey.state) ? journey.state : 'current',
            ...optional('baselineId', journey.baseline?.ref?.name || undefined),
            lanes: journey.lanes.map(lane => laneFacts(lane, this.laneIds.idOf(lane)!, this.context)),
            sources: sourceNodes.map(node =>
                sourceFacts(node, this.sourceIds.idOf(node)!, this.context, evidence.filter(line => line.source?.ref === node).length)
            ),
            competitors: competitorNodes.map(node => competitorFacts(node, this.competitorIds.idOf(node)!, this.context)),
            loc: this.context.loc(journey),
            stages: this.buildStages(kpis),
            touchpoints,
            personas,
            stakeholders: this.buildStakeholders(stakeholderNodes, touchpoints),
            channels: channelNodes.map(node => this.buildChannel(node, touchpoints)),
            flows,
            ...buildPath(flows, touchpoints),
            kpis,
            emotion: buildEmotionSummary(touchpoints, personas)
        };
    }

    private kpiRegistries(): KpiIds {
        return {
            kpis: this.kpiIds,
            stages: this.stageIds,
            stakeholders: this.stakeholderIds,
            competitors: this.competitorIds,
            sources: this.sourceIds
        };
    }

    private idOfJourney(): string {
        return this.journey.name || 'unnamed';
    }

    /** Declared stakeholders, then shared ones reached by references, including `influences`. */
    private collectStakeholders(): StakeholderNode[] {
        const referenced: (StakeholderNode | undefined)[] = [];
        for (const stage of this.journey.stages) {
            stage.needs.forEach(need => referenced.push(need.stakeholder.ref));
            for (const touchpoint of stage.touchpoints) {
                referenced.push(
                    touchpoint.owner?.ref,
                    ...touchpoint.involves.map(reference => reference.ref),
                    ...touchpoint.blueprint.map(entry => entry.by?.ref)
                );
                const opportunities = [...touchpoint.opportunities, ...touchpoint.pains.flatMap(pain => pain.opportunities)];
                referenced.push(...opportunities.map(opportunity => opportunity.owner?.ref));
            }
        }
        referenced.push(...this.journey.kpis.map(kpi => kpi.owner?.ref));
        const included = collectDefinitions(this.journey.stakeholders, referenced, this.stakeholderIds);
        // Close over `influences`: whoever an included stakeholder influences is on the map too.
        for (let i = 0; i < included.length; i++) {
            const more = collectDefinitions(
                [],
                included[i].influences.map(reference => reference.ref),
                this.stakeholderIds
            );
            more.filter(node => !included.includes(node)).forEach(node => included.push(node));
        }
        return included;
    }

    private buildStages(kpis: Kpi[]): Stage[] {
        return this.journey.stages.map((stage, index) => {
            const id = this.stageIds.idOf(stage)!;
            return {
                id,
                title: titleOf(stage, id),
                ...optional('description', stage.description),
                index,
                touchpointIds: stage.touchpoints.map(touchpoint => this.touchpointIds.idOf(touchpoint)!),
                needs: stage.needs
                    .filter(need => this.stakeholderIds.has(need.stakeholder.ref))
                    .map(need => ({
                        stakeholderId: this.stakeholderIds.idOf(need.stakeholder.ref)!,
                        text: textOf(need),
                        loc: this.context.loc(need)
                    })),
                kpiIds: kpis.filter(kpi => kpi.stageId === id).map(kpi => kpi.id),
                loc: this.context.loc(stage)
            };
        });
    }

    /** Reusing the previous build's models of unchanged touchpoints when there is one (touchpoint-models.ts). */
    private buildTouchpoints(): Touchpoint[] {
        const registries = [this.stageIds, this.personaIds, this.channelIds, this.stakeholderIds, this.sourceIds, this.laneIds];
        const reuse = this.context.touchpoints?.forJourney(journeyEnvironment(registries, [...this.allPersonaIds, this.context.file]));
        return this.touchpointNodes.map((node, index) => {
            const build = () => this.buildTouchpoint(node, index);
            return reuse ? reuse.modelOf(node, build, model => this.stillFits(model, node, index)) : build();
        });
    }

    /** A touchpoint model of an unchanged node fits where the node is now: same id, stage, indexes and location. */
    private stillFits(model: Touchpoint, node: TouchpointNode, index: number): boolean {
        const stage = node.$container;
        return (
            model.id === this.touchpointIds.idOf(node) &&
            model.stageId === this.stageIds.idOf(stage) &&
            model.index === index &&
            model.indexInStage === stage.touchpoints.indexOf(node) &&
            sameValue(model.loc, this.context.loc(node))
        );
    }

    private buildTouchpoint(node: TouchpointNode, index: number): Touchpoint {
        const stage = node.$container;
        const { emotion, evidence: emotionEvidence } = plainEmotion(node, this.sourceIds);
        const { pains, opportunities } = painsAndOpportunities(node, this.context, this.v2Ids);
        const personaIds = namedPersonas(node, this.personaIds);
        // Without a `persona` line the step is the common path: every persona lives it (`for` names are among them).
        const explicit = uniqueDefined(node.personas.map(reference => this.personaIds.idOf(reference.ref)));
        const livedBy = explicit.length > 0 ? personaIds : uniqueDefined([...this.allPersonaIds, ...personaIds]);
        const notes = thoughtNotes(node, this.v2Ids);
        return {
            id: this.touchpointIds.idOf(node)!,
            title: titleOf(node, this.touchpointIds.idOf(node)!),
            stageId: this.stageIds.idOf(stage)!,
            index,
            indexInStage: stage.touchpoints.indexOf(node),
            ...optional('description', node.description),
            ...optional('channelId', this.channelIds.idOf(node.channel?.ref)),
            ...optional('personaId', explicit[0]),
            personaIds,
            livedBy: [...livedBy],
            ...optional('goal', node.goal),
            actions: [...node.actions],
            thoughts: notes.map(note => note.text),
            thoughtNotes: notes,
            ...optional('trigger', node.trigger),
            ...optional('emotion', emotion),
            ...optional('emotionScore', emotion ? EMOTION_SCORE[emotion] : undefined),
            ...optional('emotionEvidence', emotionEvidence),
            personaEmotions: personaEmotions(node, livedBy, this.v2Ids),
            evidence: node.evidence.map(line => evidenceOf(line, this.sourceIds)),
            ...optional('moment', node.moment),
            blueprint: blueprintOf(node, this.v2Ids),
            laneCells: node.laneCells.flatMap(cell => {
                const laneId = this.laneIds.idOf(cell.lane.ref);
                return laneId === undefined ? [] : [{ laneId, text: textOf(cell) }];
            }),
            ...optional('image', node.image),
            ...optional('imageFile', this.context.imageFile(node, node.image)),
            ...optional('ownerId', this.stakeholderIds.idOf(node.owner?.ref)),
            involvedIds: uniqueDefined(node.involves.map(reference => this.stakeholderIds.idOf(reference.ref))),
            pains,
            opportunities,
            loc: this.context.loc(node)
        };
    }

    private buildPersona(node: PersonaNode, touchpoints: Touchpoint[]): Persona {
        const id = this.personaIds.idOf(node)!;
        return {
            ...personaFacts(node, id, this.context),
            touchpointIds: touchpoints.filter(touchpoint => touchpoint.personaIds.includes(id)).map(touchpoint => touchpoint.id)
        };
    }

    private buildChannel(node: ChannelNode, touchpoints: Touchpoint[]): Channel {
        const id = this.channelIds.idOf(node)!;
        return {
            ...channelFacts(node, id, this.context),
            touchpointIds: touchpoints.filter(touchpoint => touchpoint.channelId === id).map(touchpoint => touchpoint.id)
        };
    }

    private buildStakeholders(nodes: StakeholderNode[], touchpoints: Touchpoint[]): Stakeholder[] {
        const stakeholders = nodes.map(node => {
            const id = this.stakeholderIds.idOf(node)!;
            const facts = stakeholderFacts(node, id, this.context, this.stakeholderIds);
            facts.owns = touchpoints.filter(touchpoint => touchpoint.ownerId === id).map(touchpoint => touchpoint.id);
            // Version 2: a blueprint `by`, an opportunity's or a KPI's owner also engages a stakeholder.
            const alsoEngaged =
                touchpoints.some(
                    touchpoint =>
                        touchpoint.blueprint.some(entry => entry.byId === id) || touchpoint.opportunities.some(item => item.ownerId === id)
                ) || this.journey.kpis.some(kpi => kpi.owner?.ref === node);
            facts.involvedIn = touchpoints.filter(touchpoint => touchpoint.involvedIds.includes(id)).map(touchpoint => touchpoint.id);
            facts.needs = this.journey.stages.flatMap(stage =>
                stage.needs
                    .filter(need => need.stakeholder.ref === node)
                    .map(need => ({ stageId: this.stageIds.idOf(stage)!, text: textOf(need) }))
            );
            facts.engaged = alsoEngaged || facts.owns.length + facts.involvedIn.length + facts.needs.length > 0;
            return facts;
        });
        for (const stakeholder of stakeholders) {
            stakeholder.influencedBy = stakeholders.filter(other => other.influences.includes(stakeholder.id)).map(other => other.id);
        }
        return stakeholders;
    }
}
