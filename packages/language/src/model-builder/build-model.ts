/**
 * Builds the journey model (journey-model.ts) from a linked Langium document. Pure: it reads
 * the AST and its resolved references, never the file system, and gives the same output for
 * the same input. It never throws on a document with errors: unresolved references are left
 * out and duplicate names get a numbered id, so the CLI, the fuzzer and the diff can still
 * read a broken file (the preview shows the last error-free model instead).
 */
import { type AstNode, type LangiumDocument } from 'langium';
import { betterOf, toQuantity } from '../ast-helpers.js';
import {
    isJourney,
    isJourneyFile,
    isChannel as isChannelNode,
    isCompetitor as isCompetitorNode,
    isPersona as isPersonaNode,
    isSource as isSourceNode,
    isStakeholder as isStakeholderNode,
    type Channel as ChannelNode,
    type Journey as JourneyNode,
    type Kpi as KpiNode,
    type Persona as PersonaNode,
    type Quantity as QuantityNode,
    type Stakeholder as StakeholderNode,
    type Touchpoint as TouchpointNode
} from '../generated/ast.js';
import {
    averageScore,
    type Benchmark,
    type Channel,
    type CjourneyModel,
    EMOTION_SCORE,
    type FlowStep,
    gapBetween,
    isVocabularyWord,
    type Journey,
    type Kpi,
    kpiStatusOf,
    kpiTrendOf,
    MODEL_VERSION,
    type Persona,
    quadrantOf,
    type Quantity,
    type SharedDefinitions,
    type Stage,
    type Stakeholder,
    type Touchpoint
} from '@cjourney/model';
import {
    blueprintOf,
    competitorFacts,
    evidenceOf,
    evidenceWithin,
    laneFacts,
    measurementsOf,
    namedPersonas,
    painsAndOpportunities,
    personaEmotions,
    plainEmotion,
    sourceFacts,
    thoughtNotes,
    type V2Ids
} from './build-v2.js';
import {
    type BuildModelOptions,
    copyRange,
    IdRegistry,
    isDefined,
    ModelContext,
    optional,
    textOf,
    titleOf,
    uniqueDefined
} from './model-context.js';

export type { BuildModelOptions } from './model-context.js';

export function buildCjourneyModel(document: LangiumDocument, options: BuildModelOptions = {}): CjourneyModel {
    const context = new ModelContext(document, options);
    const root = document.parseResult.value;
    const elements = isJourneyFile(root) ? root.elements : [];
    return {
        modelVersion: MODEL_VERSION,
        file: context.file,
        journeys: elements.filter(isJourney).map(journey => new JourneyBuilder(journey, context).build()),
        shared: buildShared(elements, context)
    };
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

        const touchpoints = this.touchpointNodes.map((node, index) => this.buildTouchpoint(node, index));
        const flows = this.buildFlows(touchpoints);
        const kpis = journey.kpis.map(kpi => this.buildKpi(kpi));
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
            ...this.buildPath(flows, touchpoints),
            kpis,
            emotion: buildEmotionSummary(touchpoints, personas)
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
            ...optional('ownerId', this.stakeholderIds.idOf(node.owner?.ref)),
            involvedIds: uniqueDefined(node.involves.map(reference => this.stakeholderIds.idOf(reference.ref))),
            pains,
            opportunities,
            loc: this.context.loc(node)
        };
    }

    private buildFlows(touchpoints: Touchpoint[]): FlowStep[] {
        const indexOf = new Map(touchpoints.map(touchpoint => [touchpoint.id, touchpoint.index]));
        const steps: FlowStep[] = [];
        this.journey.flows.forEach((flow, flowIndex) => {
            for (let stepIndex = 0; stepIndex + 1 < flow.steps.length; stepIndex++) {
                const from = this.touchpointIds.idOf(flow.steps[stepIndex].ref);
                const to = this.touchpointIds.idOf(flow.steps[stepIndex + 1].ref);
                if (from === undefined || to === undefined) {
                    continue;
                }
                const start = flow.steps[stepIndex].$refNode;
                const end = flow.steps[stepIndex + 1].$refNode;
                steps.push({
                    from,
                    to,
                    flowIndex,
                    stepIndex,
                    selfLoop: from === to,
                    backward: indexOf.get(to)! < indexOf.get(from)!,
                    loc: { range: { start: copyRange(start).start, end: copyRange(end).end } }
                });
            }
        });
        return steps;
    }

    private buildPath(flows: FlowStep[], touchpoints: Touchpoint[]): Pick<Journey, 'path' | 'pathFrom'> {
        if (flows.length === 0) {
            return { path: touchpoints.map(touchpoint => touchpoint.id), pathFrom: 'written-order' };
        }
        const path = new Set<string>();
        for (const step of flows) {
            path.add(step.from);
            path.add(step.to);
        }
        return { path: [...path], pathFrom: 'flows' };
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

    private buildKpi(node: KpiNode): Kpi {
        const better = betterOf(node);
        const current = quantityOf(node.current);
        const target = quantityOf(node.target);
        const benchmarks: Benchmark[] = node.benchmarks.flatMap(benchmark => {
            const value = quantityOf(benchmark.value);
            if (!value) {
                return [];
            }
            const gap = current ? gapBetween(current, value, better) : undefined;
            return [
                {
                    value,
                    ...optional('source', benchmark.source),
                    ...optional('competitorId', this.competitorIds.idOf(benchmark.competitor?.ref)),
                    ...optional('date', benchmark.date),
                    ...optional('gap', gap),
                    loc: this.context.loc(benchmark)
                }
            ];
        });
        const history = node.history.flatMap(measurement => {
            const value = quantityOf(measurement.value);
            return value ? [{ when: textOf({ text: measurement.when }), value }] : [];
        });
        const values = [
            current,
            target,
            ...benchmarks.map(benchmark => benchmark.value),
            ...history.map(measurement => measurement.value)
        ].filter(isDefined);
        const stageIds = uniqueDefined(node.stages.map(reference => this.stageIds.idOf(reference.ref)));
        const trend = kpiTrendOf(measurementsOf(node, current, quantityOf), better);
        return {
            id: this.kpiIds.idOf(node)!,
            title: titleOf(node, this.kpiIds.idOf(node)!),
            ...optional('description', node.description),
            ...optional('stageId', stageIds[0]),
            stageIds,
            ...optional('ownerId', this.stakeholderIds.idOf(node.owner?.ref)),
            better,
            ...optional('unit', node.unit),
            ...optional('current', current),
            ...optional('target', target),
            ...optional('targetDate', node.targetDate),
            history,
            benchmarks,
            status: kpiStatusOf(current, target, better),
            ...optional('trend', trend),
            evidence: node.evidence.map(line => evidenceOf(line, this.sourceIds)),
            ...optional('gapToTarget', current && target ? gapBetween(current, target, better) : undefined),
            mixedUnits: values.some(value => value.percent !== values[0].percent),
            loc: this.context.loc(node)
        };
    }
}

/**
 * The definitions a journey shows: its own, in written order, then the ones it refers to
 * from elsewhere (shared or built in) in order of first reference. A shared definition whose
 * name is already taken by the journey's own is shadowed and left out.
 */
function collectDefinitions<N extends AstNode & { name: string }>(
    declared: readonly N[],
    referenced: readonly (N | undefined)[],
    ids: IdRegistry
): N[] {
    const result: N[] = [];
    for (const node of declared) {
        ids.assign(node);
        result.push(node);
    }
    for (const node of referenced) {
        if (!node || ids.has(node) || ids.isTaken(node.name)) {
            continue;
        }
        ids.assign(node);
        result.push(node);
    }
    return result;
}

function buildShared(elements: readonly AstNode[], context: ModelContext): SharedDefinitions {
    const stakeholderIds = new IdRegistry();
    const stakeholderNodes = elements.filter(isStakeholderNode);
    stakeholderNodes.forEach(node => stakeholderIds.assign(node));
    const personaIds = new IdRegistry();
    const channelIds = new IdRegistry();
    const sourceIds = new IdRegistry();
    const competitorIds = new IdRegistry();
    const stakeholders = stakeholderNodes.map(node => stakeholderFacts(node, stakeholderIds.idOf(node)!, context, stakeholderIds));
    for (const stakeholder of stakeholders) {
        stakeholder.influencedBy = stakeholders.filter(other => other.influences.includes(stakeholder.id)).map(other => other.id);
    }
    return {
        stakeholders,
        personas: elements
            .filter(isPersonaNode)
            .map(node => ({ ...personaFacts(node, personaIds.assign(node), context), touchpointIds: [] })),
        channels: elements
            .filter(isChannelNode)
            .map(node => ({ ...channelFacts(node, channelIds.assign(node), context), touchpointIds: [] })),
        sources: elements.filter(isSourceNode).map(node => sourceFacts(node, sourceIds.assign(node), context, 0)),
        competitors: elements.filter(isCompetitorNode).map(node => competitorFacts(node, competitorIds.assign(node), context))
    };
}

function stakeholderFacts(node: StakeholderNode, id: string, context: ModelContext, ids: IdRegistry): Stakeholder {
    const type = isVocabularyWord('type', node.type) ? node.type : undefined;
    const power = isVocabularyWord('power', node.power) ? node.power : undefined;
    const interest = isVocabularyWord('interest', node.interest) ? node.interest : undefined;
    return {
        id,
        title: titleOf(node, id),
        scope: context.scopeOf(node),
        ...optional('type', type),
        ...optional('power', power),
        ...optional('interest', interest),
        attitude: isVocabularyWord('attitude', node.attitude) ? node.attitude : 'neutral',
        ...optional('quadrant', power && interest ? quadrantOf(power, interest) : undefined),
        ...optional('role', node.role),
        ...optional('description', node.description),
        risks: [...node.risks],
        influences: uniqueDefined(node.influences.map(reference => ids.idOf(reference.ref))),
        influencedBy: [],
        owns: [],
        involvedIn: [],
        needs: [],
        engaged: false,
        loc: context.loc(node)
    };
}

function personaFacts(node: PersonaNode, id: string, context: ModelContext): Omit<Persona, 'touchpointIds'> {
    return {
        id,
        title: titleOf(node, id),
        scope: context.scopeOf(node),
        ...optional('description', node.description),
        segments: [...node.segments],
        goals: [...node.goals],
        needs: [...node.needs],
        expectations: [...node.expectations],
        ...optional('image', node.image),
        loc: context.loc(node)
    };
}

function channelFacts(node: ChannelNode, id: string, context: ModelContext): Omit<Channel, 'touchpointIds'> {
    const scope = context.scopeOf(node);
    return {
        id,
        title: titleOf(node, id),
        scope,
        ...optional('mode', node.mode),
        ...(scope === 'builtin' ? {} : { loc: context.loc(node) })
    };
}

function buildEmotionSummary(touchpoints: Touchpoint[], personas: Persona[]): Journey['emotion'] {
    const scored = touchpoints.filter(touchpoint => touchpoint.emotionScore !== undefined);
    const byPersona = personas.flatMap(persona => {
        const scores = touchpoints.flatMap(touchpoint =>
            touchpoint.personaEmotions.filter(entry => entry.personaId === persona.id).map(entry => entry.score)
        );
        const average = averageScore(scores);
        return average === undefined ? [] : [{ personaId: persona.id, average, count: scores.length }];
    });
    return {
        ...optional('average', averageScore(scored.map(touchpoint => touchpoint.emotionScore!))),
        count: scored.length,
        byPersona
    };
}

/** A quantity of the model, or undefined when absent or not a usable (finite) number. */
function quantityOf(node: QuantityNode | undefined): Quantity | undefined {
    return node && Number.isFinite(node.value) ? toQuantity(node) : undefined;
}
