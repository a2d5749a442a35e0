/**
 * What changed in one element that exists in both versions, per kind, in journey terms.
 * References in the old version are read through the renames found by matching, so that
 * renaming a persona does not report every touchpoint that refers to it.
 */
import type {
    Benchmark,
    Channel,
    Journey,
    Kpi,
    Opportunity,
    Pain,
    Persona,
    Quantity,
    Stage,
    Stakeholder,
    Touchpoint
} from '../journey-model.js';
import { ATTITUDES, EMOTIONS, LEVELS, QUADRANT_INFO, type Quadrant } from '../vocabulary.js';
import { gapWithUnit, withUnit } from '../words.js';
import { compareList, compareNumber, compareOnScale, compareValue } from './compare-facts.js';
import type { PropertyChange } from './journey-diff.js';

/** Old id → new id, per kind of element referred to. */
export interface Renames {
    stage: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    persona: ReadonlyMap<string, string>;
    stakeholder: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = {
    stage: new Map(),
    touchpoint: new Map(),
    persona: new Map(),
    stakeholder: new Map(),
    channel: new Map()
};

/** An old id as it is called now. */
export function renamed(map: ReadonlyMap<string, string>, id: string): string;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined {
    return id === undefined ? undefined : (map.get(id) ?? id);
}

/** Emotions worst first, so "up" is better. */
const EMOTION_SCALE = [...EMOTIONS].reverse();
/** Attitudes least favourable first, so "up" is better. */
const ATTITUDE_SCALE = [...ATTITUDES].reverse();

/**
 * How the diff treats one field of a model type: compared (a function giving its changes) or
 * deliberately not compared, with the reason. Each table below `satisfies Record<keyof T, …>`,
 * so adding a field to the model does not compile until the diff says what it does with it —
 * a review tool must never report "no changes" for a change it forgot. Compared fields are
 * listed in the order their changes are reported.
 */
type FieldDiff<T> = ((before: T, after: T, renames: Renames) => PropertyChange[]) | { readonly ignored: string };

const ID = { ignored: 'the identity elements are matched by (renames are reported as such)' } as const;
const LOCATION = { ignored: 'where it is written, not what it says' } as const;
const ORDER = { ignored: 'position: moves are reported by the matcher, not as a property' } as const;
const CHILDREN = { ignored: 'child elements are matched and reported on their own' } as const;
const DERIVED = { ignored: 'derived from other fields, whose changes are reported' } as const;
const SCOPE = { ignored: 'where it is defined: a shared definition moved into a journey is the same element' } as const;

function compareFields<T>(fields: Readonly<Record<keyof T, FieldDiff<T>>>, before: T, after: T, renames: Renames): PropertyChange[] {
    return Object.values<FieldDiff<T>>(fields).flatMap(field => (typeof field === 'function' ? field(before, after, renames) : []));
}

const JOURNEY_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    description: (before, after) => compareValue('description', before.description, after.description),
    objectives: (before, after) => compareList('objective', before.objectives, after.objectives),
    loc: LOCATION,
    stages: CHILDREN,
    touchpoints: CHILDREN,
    personas: CHILDREN,
    stakeholders: CHILDREN,
    channels: CHILDREN,
    kpis: CHILDREN,
    flows: { ignored: 'flow steps are compared as edges of the journey (JourneyChange.flows)' },
    path: DERIVED,
    pathFrom: DERIVED,
    emotion: DERIVED
} satisfies Record<keyof Journey, FieldDiff<Journey>>;

export function journeyChanges(before: Journey, after: Journey): PropertyChange[] {
    return compareFields(JOURNEY_FIELDS, before, after, NO_RENAMES);
}

const needText = (stage: Stage, map: ReadonlyMap<string, string>) =>
    stage.needs.map(need => `${renamed(map, need.stakeholderId)}: ${need.text}`);

const STAGE_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    description: (before, after) => compareValue('description', before.description, after.description),
    needs: (before, after, renames) => compareList('needs', needText(before, renames.stakeholder), needText(after, new Map())),
    index: ORDER,
    touchpointIds: CHILDREN,
    kpiIds: { ignored: 'a KPI names its stage; that change is reported on the KPI' },
    loc: LOCATION
} satisfies Record<keyof Stage, FieldDiff<Stage>>;

export function stageChanges(before: Stage, after: Stage, renames: Renames): PropertyChange[] {
    return compareFields(STAGE_FIELDS, before, after, renames);
}

const TOUCHPOINT_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    emotion: (before, after) => compareOnScale('emotion', EMOTION_SCALE, before.emotion, after.emotion, true),
    emotionScore: DERIVED,
    channelId: (before, after, renames) => compareValue('channel', renamed(renames.channel, before.channelId), after.channelId),
    personaId: (before, after, renames) => compareValue('persona', renamed(renames.persona, before.personaId), after.personaId),
    ownerId: (before, after, renames) => compareValue('owner', renamed(renames.stakeholder, before.ownerId), after.ownerId),
    involvedIds: (before, after, renames) =>
        compareList(
            'involves',
            before.involvedIds.map(id => renamed(renames.stakeholder, id)),
            after.involvedIds
        ),
    goal: (before, after) => compareValue('goal', before.goal, after.goal),
    trigger: (before, after) => compareValue('trigger', before.trigger, after.trigger),
    description: (before, after) => compareValue('description', before.description, after.description),
    actions: (before, after) => compareList('action', before.actions, after.actions),
    thoughts: (before, after) => compareList('thought', before.thoughts, after.thoughts),
    pains: (before, after) => [
        ...compareList(
            'pain',
            before.pains.map(pain => pain.text),
            after.pains.map(pain => pain.text)
        ),
        ...painEvidenceChanges(before, after)
    ],
    opportunities: (before, after) =>
        compareList(
            'opportunity',
            before.opportunities.map(item => item.text),
            after.opportunities.map(item => item.text)
        ),
    stageId: ORDER,
    index: ORDER,
    indexInStage: ORDER,
    loc: LOCATION
} satisfies Record<keyof Touchpoint, FieldDiff<Touchpoint>>;

/** A pain is its text (compared as the list above) and its evidence (compared per kept pain). */
const PAIN_FIELDS = {
    text: { ignored: "compared as the touchpoint's list of pains" },
    evidence: { ignored: 'compared per pain kept with the same text' },
    answeredBy: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Pain, FieldDiff<Pain>>;

const OPPORTUNITY_FIELDS = {
    text: { ignored: "compared as the touchpoint's list of opportunities" },
    answersPain: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Opportunity, FieldDiff<Opportunity>>;

export function touchpointChanges(before: Touchpoint, after: Touchpoint, renames: Renames): PropertyChange[] {
    return compareFields(TOUCHPOINT_FIELDS, before, after, renames);
}

/** A pain kept with the same text whose evidence changed. */
function painEvidenceChanges(before: Touchpoint, after: Touchpoint): PropertyChange[] {
    const evidenceBefore = new Map(before.pains.map(pain => [pain.text, pain.evidence]));
    return after.pains
        .filter(pain => evidenceBefore.has(pain.text))
        .flatMap(pain => compareValue('evidence', evidenceBefore.get(pain.text), pain.evidence, { subject: pain.text }));
}

const PERSONA_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    description: (before, after) => compareValue('description', before.description, after.description),
    segments: (before, after) => compareList('segment', before.segments, after.segments),
    goals: (before, after) => compareList('goal', before.goals, after.goals),
    needs: (before, after) => compareList('need', before.needs, after.needs),
    expectations: (before, after) => compareList('expectation', before.expectations, after.expectations),
    scope: SCOPE,
    touchpointIds: { ignored: 'a touchpoint names its persona; that change is reported on the touchpoint' },
    loc: LOCATION
} satisfies Record<keyof Persona, FieldDiff<Persona>>;

export function personaChanges(before: Persona, after: Persona): PropertyChange[] {
    return compareFields(PERSONA_FIELDS, before, after, NO_RENAMES);
}

const REPORTED_ON_TOUCHPOINTS = { ignored: 'a touchpoint or stage names its stakeholders; that change is reported there' } as const;

const STAKEHOLDER_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    type: (before, after) => compareValue('type', before.type, after.type),
    power: (before, after) => compareOnScale('power', LEVELS, before.power, after.power),
    interest: (before, after) => compareOnScale('interest', LEVELS, before.interest, after.interest),
    attitude: (before, after) => compareOnScale('attitude', ATTITUDE_SCALE, before.attitude, after.attitude, true),
    quadrant: (before, after) => compareValue('quadrant', quadrantLabel(before.quadrant), quadrantLabel(after.quadrant)),
    role: (before, after) => compareValue('role', before.role, after.role),
    description: (before, after) => compareValue('description', before.description, after.description),
    risks: (before, after) => compareList('risk', before.risks, after.risks),
    influences: (before, after, renames) =>
        compareList(
            'influences',
            before.influences.map(id => renamed(renames.stakeholder, id)),
            after.influences
        ),
    scope: SCOPE,
    influencedBy: { ignored: 'the other side of influences, reported on the stakeholder who influences' },
    owns: REPORTED_ON_TOUCHPOINTS,
    involvedIn: REPORTED_ON_TOUCHPOINTS,
    needs: REPORTED_ON_TOUCHPOINTS,
    engaged: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Stakeholder, FieldDiff<Stakeholder>>;

export function stakeholderChanges(before: Stakeholder, after: Stakeholder, renames: Renames): PropertyChange[] {
    return compareFields(STAKEHOLDER_FIELDS, before, after, renames);
}

function quadrantLabel(quadrant: Quadrant | undefined): string | undefined {
    return quadrant ? QUADRANT_INFO[quadrant].label : undefined;
}

const CHANNEL_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    mode: (before, after) => compareValue('mode', before.mode, after.mode),
    scope: SCOPE,
    touchpointIds: { ignored: 'a touchpoint names its channel; that change is reported on the touchpoint' },
    loc: LOCATION
} satisfies Record<keyof Channel, FieldDiff<Channel>>;

export function channelChanges(before: Channel, after: Channel): PropertyChange[] {
    return compareFields(CHANNEL_FIELDS, before, after, NO_RENAMES);
}

const higherIsBetter = (kpi: Kpi) => kpi.better === 'higher';

const KPI_FIELDS = {
    id: ID,
    title: (before, after) => compareValue('title', before.title, after.title),
    stageId: (before, after, renames) => compareValue('stage', renamed(renames.stage, before.stageId), after.stageId),
    better: (before, after) => compareValue('better', before.better, after.better),
    unit: (before, after) => compareValue('unit', before.unit, after.unit),
    current: (before, after) =>
        compareNumber(
            'current',
            quantityWithUnit(before.current, before.unit),
            quantityWithUnit(after.current, after.unit),
            higherIsBetter(after)
        ),
    target: (before, after) =>
        compareNumber('target', quantityWithUnit(before.target, before.unit), quantityWithUnit(after.target, after.unit)),
    benchmarks: (before, after) => benchmarkChanges(before, after, higherIsBetter(after)),
    gapToTarget: (before, after) => gapChanges(before, after),
    description: (before, after) => compareValue('description', before.description, after.description),
    mixedUnits: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Kpi, FieldDiff<Kpi>>;

const BENCHMARK_FIELDS = {
    value: { ignored: 'compared per benchmark, matched by its source' },
    source: { ignored: 'the key benchmarks are matched by' },
    gap: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Benchmark, FieldDiff<Benchmark>>;

export function kpiChanges(before: Kpi, after: Kpi, renames: Renames): PropertyChange[] {
    return compareFields(KPI_FIELDS, before, after, renames);
}

/** Every model type's table: what the diff compares and what it leaves out on purpose. */
export const DIFF_FIELDS = {
    journey: JOURNEY_FIELDS,
    stage: STAGE_FIELDS,
    touchpoint: TOUCHPOINT_FIELDS,
    pain: PAIN_FIELDS,
    opportunity: OPPORTUNITY_FIELDS,
    persona: PERSONA_FIELDS,
    stakeholder: STAKEHOLDER_FIELDS,
    channel: CHANNEL_FIELDS,
    kpi: KPI_FIELDS,
    benchmark: BENCHMARK_FIELDS
};

/** Benchmarks are matched by their source ("Industry leader"); unnamed ones by position. */
function benchmarkChanges(before: Kpi, after: Kpi, higherIsBetter: boolean): PropertyChange[] {
    const keyed = (kpi: Kpi) => kpi.benchmarks.map((benchmark, index) => ({ key: benchmark.source ?? `#${index + 1}`, benchmark }));
    const beforeByKey = new Map(keyed(before).map(entry => [entry.key, entry.benchmark]));
    const afterKeyed = keyed(after);
    const afterKeys = new Set(afterKeyed.map(entry => entry.key));
    const describe = (kpi: Kpi, key: string, value: Quantity) => `${quantityWithUnit(value, kpi.unit)!.text} (${key})`;
    const changed = afterKeyed
        .filter(entry => beforeByKey.has(entry.key))
        .flatMap(entry =>
            compareNumber(
                'benchmark',
                quantityWithUnit(beforeByKey.get(entry.key)!.value, before.unit),
                quantityWithUnit(entry.benchmark.value, after.unit),
                higherIsBetter,
                entry.key
            )
        );
    const added = afterKeyed.filter(entry => !beforeByKey.has(entry.key)).map(entry => describe(after, entry.key, entry.benchmark.value));
    const removed = keyed(before)
        .filter(entry => !afterKeys.has(entry.key))
        .map(entry => describe(before, entry.key, entry.benchmark.value));
    return [...changed, ...(added.length + removed.length > 0 ? [{ type: 'list' as const, property: 'benchmark', added, removed }] : [])];
}

/** The gap to target grew (worse) or shrank (better); "met" when current meets the target. */
function gapChanges(before: Kpi, after: Kpi): PropertyChange[] {
    const gapBefore = before.gapToTarget;
    const gapAfter = after.gapToTarget;
    const text = (kpi: Kpi) =>
        kpi.gapToTarget ? (kpi.gapToTarget.meets ? 'met' : gapWithUnit(kpi.gapToTarget.text, kpi.unit)) : undefined;
    if (!gapBefore || !gapAfter) {
        return compareValue('gap to target', text(before), text(after));
    }
    const shortBefore = Math.max(0, gapBefore.shortBy);
    const shortAfter = Math.max(0, gapAfter.shortBy);
    if (shortBefore === shortAfter) {
        return [];
    }
    const grew = shortAfter > shortBefore;
    return compareValue('gap to target', text(before), text(after), {
        direction: grew ? 'up' : 'down',
        verdict: grew ? 'worse' : 'better'
    });
}

function quantityWithUnit(quantity: Quantity | undefined, unit: string | undefined): { value: number; text: string } | undefined {
    if (!quantity) {
        return undefined;
    }
    return { value: quantity.value, text: withUnit(quantity.text, unit) };
}
