/**
 * Builds the journey model (journey-model.ts) from a linked Langium document. Pure: it reads
 * the AST and its resolved references, never the file system, and gives the same output for
 * the same input. It never throws on a document with errors: unresolved references are left
 * out and duplicate names get a numbered id, so the CLI, the fuzzer and the diff can still
 * read a broken file (the preview shows the last error-free model instead).
 */
import { AstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { betterOf, toQuantity } from '../ast-helpers.js';
import { isBuiltinDocumentUri } from '../builtins.js';
import { findFirstNodeForProperty } from '../cst-features.js';
import {
    isJourney,
    isJourneyFile,
    isChannel as isChannelNode,
    isPersona as isPersonaNode,
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
    type DefinitionScope,
    EMOTION_SCORE,
    type FlowStep,
    gapBetween,
    isVocabularyWord,
    type Journey,
    type Kpi,
    MODEL_VERSION,
    type Opportunity,
    type Pain,
    type Persona,
    quadrantOf,
    type Quantity,
    type SharedDefinitions,
    type SourceLocation,
    type SourceRange,
    type Stage,
    type Stakeholder,
    type Touchpoint
} from '@cjourney/model';

export interface BuildModelOptions {
    /** Turns a document URI into the `file` written in the model (e.g. a relative path). */
    fileName?: (uri: string) => string;
}

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

/** Knows the document being modelled, to write locations relative to it. */
class ModelContext {
    readonly file: string;
    private readonly ownUri: string;

    constructor(
        document: LangiumDocument,
        private readonly options: BuildModelOptions
    ) {
        this.ownUri = document.uri.toString();
        this.file = this.fileName(this.ownUri);
    }

    fileName(uri: string): string {
        return this.options.fileName ? this.options.fileName(uri) : uri;
    }

    loc(node: AstNode): SourceLocation {
        const location: SourceLocation = { range: copyRange(node.$cstNode) };
        const name = findFirstNodeForProperty(node.$cstNode, 'name');
        if (name) {
            location.nameRange = copyRange(name);
        }
        const uri = AstUtils.getDocument(node).uri.toString();
        if (uri !== this.ownUri) {
            location.file = this.fileName(uri);
        }
        return location;
    }

    scopeOf(node: AstNode): DefinitionScope {
        if (isBuiltinDocumentUri(AstUtils.getDocument(node).uri)) {
            return 'builtin';
        }
        return AstUtils.getContainerOfType(node, isJourney) ? 'journey' : 'shared';
    }
}

function copyRange(cst: CstNode | undefined): SourceRange {
    const range = cst?.range;
    return {
        start: { line: range?.start.line ?? 0, character: range?.start.character ?? 0 },
        end: { line: range?.end.line ?? 0, character: range?.end.character ?? 0 }
    };
}

/** Assigns each node a unique id: its name, or `name_2`, `name_3`… for duplicates. */
class IdRegistry {
    private readonly ids = new Map<AstNode, string>();
    private readonly taken = new Set<string>();

    assign(node: AstNode & { name: string }): string {
        const existing = this.ids.get(node);
        if (existing) {
            return existing;
        }
        const base = node.name || 'unnamed';
        let id = base;
        for (let n = 2; this.taken.has(id); n++) {
            id = `${base}_${n}`;
        }
        this.ids.set(node, id);
        this.taken.add(id);
        return id;
    }

    has(node: AstNode | undefined): boolean {
        return node !== undefined && this.ids.has(node);
    }

    idOf(node: AstNode | undefined): string | undefined {
        return node ? this.ids.get(node) : undefined;
    }

    isTaken(name: string): boolean {
        return this.taken.has(name);
    }
}

class JourneyBuilder {
    private readonly stageIds = new IdRegistry();
    private readonly touchpointIds = new IdRegistry();
    private readonly stakeholderIds = new IdRegistry();
    private readonly personaIds = new IdRegistry();
    private readonly channelIds = new IdRegistry();
    private readonly kpiIds = new IdRegistry();
    private readonly touchpointNodes: TouchpointNode[];

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
        const personaNodes = collectDefinitions(
            journey.personas,
            this.touchpointNodes.map(t => t.persona?.ref),
            this.personaIds
        );
        const channelNodes = collectDefinitions(
            journey.channels,
            this.touchpointNodes.map(t => t.channel?.ref),
            this.channelIds
        );

        const touchpoints = this.touchpointNodes.map((node, index) => this.buildTouchpoint(node, index));
        const flows = this.buildFlows(touchpoints);
        const kpis = journey.kpis.map(kpi => this.buildKpi(kpi));
        const personas = personaNodes.map(node => this.buildPersona(node, touchpoints));
        return {
            id: this.idOfJourney(),
            title: titleOf(journey, this.idOfJourney()),
            ...optional('description', journey.description),
            objectives: [...journey.objectives],
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
                referenced.push(touchpoint.owner?.ref, ...touchpoint.involves.map(reference => reference.ref));
            }
        }
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
        const emotion = isVocabularyWord('emotion', node.emotion) ? node.emotion : undefined;
        const { pains, opportunities } = this.pairPainsAndOpportunities(node);
        return {
            id: this.touchpointIds.idOf(node)!,
            title: titleOf(node, this.touchpointIds.idOf(node)!),
            stageId: this.stageIds.idOf(stage)!,
            index,
            indexInStage: stage.touchpoints.indexOf(node),
            ...optional('description', node.description),
            ...optional('channelId', this.channelIds.idOf(node.channel?.ref)),
            ...optional('personaId', this.personaIds.idOf(node.persona?.ref)),
            ...optional('goal', node.goal),
            actions: [...node.actions],
            thoughts: [...node.thoughts],
            ...optional('trigger', node.trigger),
            ...optional('emotion', emotion),
            ...optional('emotionScore', emotion ? EMOTION_SCORE[emotion] : undefined),
            ...optional('ownerId', this.stakeholderIds.idOf(node.owner?.ref)),
            involvedIds: uniqueDefined(node.involves.map(reference => this.stakeholderIds.idOf(reference.ref))),
            pains,
            opportunities,
            loc: this.context.loc(node)
        };
    }

    /** An opportunity answers the nearest pain written before it in the same touchpoint. */
    private pairPainsAndOpportunities(node: TouchpointNode): { pains: Pain[]; opportunities: Opportunity[] } {
        const pains: Pain[] = node.pains.map(pain => ({
            text: textOf(pain),
            ...optional('evidence', pain.evidence),
            answeredBy: [],
            loc: this.context.loc(pain)
        }));
        const offsetOf = (item: AstNode): number => item.$cstNode?.offset ?? 0;
        const opportunities: Opportunity[] = node.opportunities.map((opportunity, index) => {
            let answersPain: number | undefined;
            node.pains.forEach((pain, painIndex) => {
                if (offsetOf(pain) < offsetOf(opportunity)) {
                    answersPain = painIndex;
                }
            });
            if (answersPain !== undefined) {
                pains[answersPain].answeredBy.push(index);
            }
            return { text: textOf(opportunity), ...optional('answersPain', answersPain), loc: this.context.loc(opportunity) };
        });
        return { pains, opportunities };
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
            touchpointIds: touchpoints.filter(touchpoint => touchpoint.personaId === id).map(touchpoint => touchpoint.id)
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
            facts.involvedIn = touchpoints.filter(touchpoint => touchpoint.involvedIds.includes(id)).map(touchpoint => touchpoint.id);
            facts.needs = this.journey.stages.flatMap(stage =>
                stage.needs
                    .filter(need => need.stakeholder.ref === node)
                    .map(need => ({ stageId: this.stageIds.idOf(stage)!, text: textOf(need) }))
            );
            facts.engaged = facts.owns.length + facts.involvedIn.length + facts.needs.length > 0;
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
            return [{ value, ...optional('source', benchmark.source), ...optional('gap', gap), loc: this.context.loc(benchmark) }];
        });
        const values = [current, target, ...benchmarks.map(benchmark => benchmark.value)].filter(isDefined);
        return {
            id: this.kpiIds.idOf(node)!,
            title: titleOf(node, this.kpiIds.idOf(node)!),
            ...optional('description', node.description),
            ...optional('stageId', this.stageIds.idOf(node.stage?.ref)),
            better,
            ...optional('unit', node.unit),
            ...optional('current', current),
            ...optional('target', target),
            benchmarks,
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
            .map(node => ({ ...channelFacts(node, channelIds.assign(node), context), touchpointIds: [] }))
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
        const scores = scored.filter(touchpoint => touchpoint.personaId === persona.id).map(touchpoint => touchpoint.emotionScore!);
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

/**
 * What a reader calls an element: its title, else its name. A node the parser recovered
 * without a name (e.g. `channel` at the end of a broken line) falls back to its model id,
 * so every title of the model is a string, as its type says.
 */
function titleOf(node: { title?: string; name?: string }, id: string): string {
    return node.title ?? (node.name || id);
}

/** The quoted text of a need, pain or opportunity; empty when the parser recovered the line without it. */
function textOf(node: { text?: string }): string {
    return node.text ?? '';
}

/** `{ key: value }` when the value is defined, else `{}`: optional facts are omitted, never null. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

function uniqueDefined(values: readonly (string | undefined)[]): string[] {
    return [...new Set(values.filter(isDefined))];
}
