/**
 * The version 2 facts of the model builder: evidence and the sources it cites, per-persona
 * emotions and thoughts, the blueprint and custom lane cells, pains with the opportunities
 * that answer them (explicit links only), and a KPI's history, status and trend.
 */
import {
    type Journey as JourneyNode,
    type Competitor as CompetitorNode,
    type Evidence as EvidenceNode,
    type Kpi as KpiNode,
    type Lane as LaneNode,
    type Opportunity as OpportunityNode,
    type Source as SourceNode,
    type Touchpoint as TouchpointNode
} from '../generated/ast.js';
import {
    EMOTION_SCORE,
    isVocabularyWord,
    portfolioOf,
    type BlueprintEntry,
    type Competitor,
    type Emotion,
    type Evidence,
    type Opportunity,
    type Pain,
    type PersonaEmotion,
    type Quantity,
    type Source,
    type ThoughtNote
} from '@cjourney/model';
import { definitionHead, IdRegistry, ModelContext, optional, optionalWord, textOf, titleOf, uniqueDefined } from './model-context.js';

/** The ids a journey's references resolve to, per kind. */
export interface V2Ids {
    personas: IdRegistry;
    stakeholders: IdRegistry;
    sources: IdRegistry;
    lanes: IdRegistry;
}

export function evidenceOf(node: EvidenceNode, sources: IdRegistry): Evidence {
    return { ...optional('sourceId', sources.idOf(node.source?.ref)), ...optional('finding', node.finding) };
}

/** `persona A, B`, then personas named in `emotion … for` and `thought … for`, each once. */
export function namedPersonas(node: TouchpointNode, personas: IdRegistry): string[] {
    const references = [...node.personas, ...node.emotions.flatMap(line => line.personas), ...node.thoughts.flatMap(line => line.personas)];
    return uniqueDefined(references.map(reference => personas.idOf(reference.ref)));
}

/** The step's plain emotion: the last `emotion` line without `for` (a second one is `duplicate-property`). */
export function plainEmotion(node: TouchpointNode, sources: IdRegistry): { emotion?: Emotion; evidence?: Evidence } {
    const line = node.emotions.filter(candidate => candidate.personas.length === 0).at(-1);
    if (!line || !isVocabularyWord('emotion', line.emotion)) {
        return {};
    }
    return { emotion: line.emotion, ...optional('evidence', line.evidence && evidenceOf(line.evidence, sources)) };
}

/** Each persona living the step: its own `emotion … for P` (the last one), else the plain emotion. */
export function personaEmotions(node: TouchpointNode, livedBy: readonly string[], ids: V2Ids): PersonaEmotion[] {
    const plain = plainEmotion(node, ids.sources);
    return livedBy.flatMap(personaId => {
        const own = node.emotions.filter(line => line.personas.some(reference => ids.personas.idOf(reference.ref) === personaId)).at(-1);
        const emotion = own ? own.emotion : plain.emotion;
        if (!isVocabularyWord('emotion', emotion)) {
            return [];
        }
        const evidence = own ? own.evidence && evidenceOf(own.evidence, ids.sources) : plain.evidence;
        return [{ personaId, emotion, score: EMOTION_SCORE[emotion], own: own !== undefined, ...optional('evidence', evidence) }];
    });
}

export function thoughtNotes(node: TouchpointNode, ids: V2Ids): ThoughtNote[] {
    return node.thoughts.map(line => ({
        text: textOf(line),
        personaIds: uniqueDefined(line.personas.map(reference => ids.personas.idOf(reference.ref))),
        ...optional('evidence', line.evidence && evidenceOf(line.evidence, ids.sources))
    }));
}

export function blueprintOf(node: TouchpointNode, ids: V2Ids): BlueprintEntry[] {
    return node.blueprint.map(entry => ({
        lane: entry.kind,
        text: textOf(entry),
        ...optional('byId', ids.stakeholders.idOf(entry.by?.ref))
    }));
}

/**
 * Pains and every opportunity of the touchpoint (nested ones included, in written order). An
 * opportunity nested in a pain answers it; one written in the touchpoint answers its pain
 * when there is exactly one, and none otherwise (version 1 paired them by written order).
 */
export function painsAndOpportunities(
    node: TouchpointNode,
    context: ModelContext,
    ids: V2Ids
): { pains: Pain[]; opportunities: Opportunity[] } {
    const pains: Pain[] = node.pains.map(pain => {
        const findings = pain.evidence.map(evidence => evidenceOf(evidence, ids.sources));
        const first = findings[0];
        return {
            text: textOf(pain),
            ...optional('evidence', first?.finding ?? first?.sourceId),
            findings,
            answeredBy: [],
            loc: context.loc(pain)
        };
    });
    const written = [...node.opportunities, ...node.pains.flatMap(pain => pain.opportunities)].sort(
        (a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0)
    );
    const opportunities = written.map((opportunity, index) => {
        const nestedIn = node.pains.findIndex(pain => pain === opportunity.$container);
        const answersPain = nestedIn >= 0 ? nestedIn : node.pains.length === 1 ? 0 : undefined;
        if (answersPain !== undefined) {
            pains[answersPain].answeredBy.push(index);
        }
        return opportunityOf(opportunity, answersPain, context, ids);
    });
    return { pains, opportunities };
}

function opportunityOf(node: OpportunityNode, answersPain: number | undefined, context: ModelContext, ids: V2Ids): Opportunity {
    const impact = isVocabularyWord('impact', node.impact) ? node.impact : undefined;
    const effort = isVocabularyWord('effort', node.effort) ? node.effort : undefined;
    return {
        ...optional('id', node.name || undefined),
        text: textOf(node),
        ...optional('answersPain', answersPain),
        ...optional('ownerId', ids.stakeholders.idOf(node.owner?.ref)),
        ...optional('impact', impact),
        ...optional('effort', effort),
        status: isVocabularyWord('status', node.status) ? node.status : 'idea',
        ...optional('portfolio', impact && effort ? portfolioOf(impact, effort) : undefined),
        evidence: node.evidence.map(evidence => evidenceOf(evidence, ids.sources)),
        ...optional('description', node.description),
        loc: context.loc(node)
    };
}

/**
 * Every evidence line of a journey (touchpoints, pains, emotions, thoughts, opportunities,
 * KPIs), read from where the grammar allows them rather than by walking every node: this
 * runs on every keystroke.
 */
export function evidenceWithin(journey: JourneyNode): EvidenceNode[] {
    const found: EvidenceNode[] = [];
    const add = (evidence: EvidenceNode | undefined) => {
        if (evidence) found.push(evidence);
    };
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            touchpoint.evidence.forEach(add);
            touchpoint.emotions.forEach(line => add(line.evidence));
            touchpoint.thoughts.forEach(line => add(line.evidence));
            touchpoint.opportunities.forEach(opportunity => opportunity.evidence.forEach(add));
            for (const pain of touchpoint.pains) {
                pain.evidence.forEach(add);
                pain.opportunities.forEach(opportunity => opportunity.evidence.forEach(add));
            }
        }
    }
    journey.kpis.forEach(kpi => kpi.evidence.forEach(add));
    return found;
}

export function sourceFacts(node: SourceNode, id: string, context: ModelContext, citations: number): Source {
    return {
        ...definitionHead(node, id, context),
        ...optionalWord('kind', 'sourceKind', node.kind),
        ...optional('date', node.date),
        ...optional('sample', node.sample),
        ...optional('link', node.link),
        ...optional('description', node.description),
        citations,
        loc: context.loc(node)
    };
}

export function competitorFacts(node: CompetitorNode, id: string, context: ModelContext): Competitor {
    return {
        ...definitionHead(node, id, context),
        ...optionalWord('kind', 'competitorKind', node.kind),
        ...optional('description', node.description),
        loc: context.loc(node)
    };
}

export function laneFacts(
    node: LaneNode,
    id: string,
    context: ModelContext
): { id: string; title: string; loc: ReturnType<ModelContext['loc']> } {
    return { id, title: titleOf(node, id), loc: context.loc(node) };
}

/** history values then current: the measurements a trend reads, oldest first. */
export function measurementsOf(
    node: KpiNode,
    current: Quantity | undefined,
    quantityOf: (node: KpiNode['current']) => Quantity | undefined
): Quantity[] {
    const history = node.history
        .map(measurement => quantityOf(measurement.value))
        .filter((value): value is Quantity => value !== undefined);
    return current ? [...history, current] : history;
}
