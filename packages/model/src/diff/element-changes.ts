/**
 * What changed in one element that exists in both versions, per kind, in journey terms.
 * References in the old version are read through the renames found by matching, so that
 * renaming a persona does not report every touchpoint that refers to it.
 */
import type { Channel, ImageFile, Journey, Pain, Persona, Stage, Stakeholder, Touchpoint } from '../journey-model.js';
import { LEVELS, QUADRANT_INFO, type Quadrant } from '../vocabulary.js';
import { imageFileSummary } from '../images.js';
import { compareList, compareOnScale, compareValue, listField, valueField } from './compare-facts.js';
import {
    ATTITUDE_SCALE,
    changesWithoutRenames,
    compareLaterIds,
    CHILDREN,
    compareFields,
    DERIVED,
    EMOTION_SCALE,
    ID,
    LOCATION,
    ORDER,
    renamed,
    SCOPE,
    type FieldDiff,
    type Renames
} from './field-diff.js';
import type { PropertyChange } from './journey-diff.js';
import { BENCHMARK_FIELDS, KPI_FIELDS } from './kpi-changes.js';
import {
    blueprintTexts,
    COMPETITOR_FIELDS,
    definitionChanges,
    evidenceText,
    evidenceField,
    OPPORTUNITY_FIELDS,
    opportunityChanges,
    personaEmotionChanges,
    SOURCE_FIELDS,
    thoughtTexts
} from './v2-changes.js';

export { NO_RENAMES, renamed, type Renames } from './field-diff.js';
export { kpiChanges } from './kpi-changes.js';

const JOURNEY_FIELDS = {
    id: ID,
    title: valueField('title'),
    description: valueField('description'),
    objectives: listField('objectives', 'objective'),
    state: valueField('state'),
    baselineId: valueField('baselineId', 'baseline'),
    lanes: (before, after) =>
        compareList(
            'lane',
            before.lanes.map(lane => `${lane.id} “${lane.title}”`),
            after.lanes.map(lane => `${lane.id} “${lane.title}”`)
        ),
    sources: (before, after) => definitionChanges('source', SOURCE_FIELDS, before.sources, after.sources),
    competitors: (before, after) => definitionChanges('competitor', COMPETITOR_FIELDS, before.competitors, after.competitors),
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

export const journeyChanges = changesWithoutRenames<Journey>(JOURNEY_FIELDS);

const needText = (stage: Stage, map: ReadonlyMap<string, string>) =>
    stage.needs.map(need => `${renamed(map, need.stakeholderId)}: ${need.text}`);

const STAGE_FIELDS = {
    id: ID,
    title: valueField('title'),
    description: valueField('description'),
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
    title: valueField('title'),
    emotion: (before, after) => compareOnScale('emotion', EMOTION_SCALE, before.emotion, after.emotion, true),
    emotionScore: DERIVED,
    channelId: (before, after, renames) => compareValue('channel', renamed(renames.channel, before.channelId), after.channelId),
    personaId: (before, after, renames) => compareValue('persona', renamed(renames.persona, before.personaId), after.personaId),
    personaIds: (before, after, renames) => compareLaterIds('persona', before.personaIds, after.personaIds, renames.persona),
    livedBy: DERIVED,
    emotionEvidence: (before, after) =>
        compareValue(
            'emotion evidence',
            before.emotionEvidence && evidenceText(before.emotionEvidence),
            after.emotionEvidence && evidenceText(after.emotionEvidence)
        ),
    personaEmotions: personaEmotionChanges,
    ownerId: (before, after, renames) => compareValue('owner', renamed(renames.stakeholder, before.ownerId), after.ownerId),
    involvedIds: (before, after, renames) =>
        compareList(
            'involves',
            before.involvedIds.map(id => renamed(renames.stakeholder, id)),
            after.involvedIds
        ),
    goal: valueField('goal'),
    trigger: valueField('trigger'),
    description: valueField('description'),
    actions: listField('actions', 'action'),
    thoughts: (before, after, renames) => compareList('thought', thoughtTexts(before, renames.persona), thoughtTexts(after, new Map())),
    thoughtNotes: { ignored: 'compared as the thoughts, with whose they are' },
    evidence: evidenceField,
    moment: valueField('moment'),
    blueprint: (before, after, renames) =>
        compareList('blueprint', blueprintTexts(before, renames.stakeholder), blueprintTexts(after, new Map())),
    laneCells: (before, after) =>
        compareList(
            'lane',
            before.laneCells.map(cell => `${cell.laneId}: ${cell.text}`),
            after.laneCells.map(cell => `${cell.laneId}: ${cell.text}`)
        ),
    image: valueField('image'),
    imageFile: (before, after) => compareImageFiles(before, after),
    pains: (before, after) => [
        ...compareList(
            'pain',
            before.pains.map(pain => pain.text),
            after.pains.map(pain => pain.text)
        ),
        ...painEvidenceChanges(before, after)
    ],
    opportunities: (before, after, renames) => [
        ...compareList(
            'opportunity',
            before.opportunities.map(item => item.text),
            after.opportunities.map(item => item.text)
        ),
        ...opportunityChanges(before, after, renames)
    ],
    stageId: ORDER,
    index: ORDER,
    indexInStage: ORDER,
    loc: LOCATION
} satisfies Record<keyof Touchpoint, FieldDiff<Touchpoint>>;

/** A pain is its text (compared as the list above) and its evidence (compared per kept pain). */
const PAIN_FIELDS = {
    text: { ignored: "compared as the touchpoint's list of pains" },
    evidence: DERIVED,
    findings: { ignored: 'compared per pain kept with the same text' },
    answeredBy: { ignored: 'compared on each opportunity as the pain it answers' },
    loc: LOCATION
} satisfies Record<keyof Pain, FieldDiff<Pain>>;

export function touchpointChanges(before: Touchpoint, after: Touchpoint, renames: Renames): PropertyChange[] {
    return compareFields(TOUCHPOINT_FIELDS, before, after, renames);
}

/** A pain kept with the same text whose evidence changed. */
function painEvidenceChanges(before: Touchpoint, after: Touchpoint): PropertyChange[] {
    // One pain's evidence reads as one value, so version 1's single `evidence "…"` reads as before.
    const findings = (pain: Pain) =>
        pain.findings.length === 0
            ? undefined
            : pain.findings.map(item => (item.sourceId === undefined ? item.finding! : evidenceText(item))).join('; ');
    const evidenceBefore = new Map(before.pains.map(pain => [pain.text, findings(pain)]));
    return after.pains
        .filter(pain => evidenceBefore.has(pain.text))
        .flatMap(pain => compareValue('evidence', evidenceBefore.get(pain.text), findings(pain), { subject: pain.text }));
}

const PERSONA_FIELDS = {
    id: ID,
    title: valueField('title'),
    description: valueField('description'),
    segments: listField('segments', 'segment'),
    goals: listField('goals', 'goal'),
    needs: listField('needs', 'need'),
    expectations: listField('expectations', 'expectation'),
    image: valueField('image'),
    imageFile: (before, after) => compareImageFiles(before, after),
    scope: SCOPE,
    touchpointIds: { ignored: 'a touchpoint names its persona; that change is reported on the touchpoint' },
    loc: LOCATION
} satisfies Record<keyof Persona, FieldDiff<Persona>>;

export const personaChanges = changesWithoutRenames<Persona>(PERSONA_FIELDS);

const REPORTED_ON_TOUCHPOINTS = { ignored: 'a touchpoint or stage names its stakeholders; that change is reported there' } as const;

const STAKEHOLDER_FIELDS = {
    id: ID,
    title: valueField('title'),
    type: valueField('type'),
    power: (before, after) => compareOnScale('power', LEVELS, before.power, after.power),
    interest: (before, after) => compareOnScale('interest', LEVELS, before.interest, after.interest),
    attitude: (before, after) => compareOnScale('attitude', ATTITUDE_SCALE, before.attitude, after.attitude, true),
    quadrant: (before, after) => compareValue('quadrant', quadrantLabel(before.quadrant), quadrantLabel(after.quadrant)),
    role: valueField('role'),
    description: valueField('description'),
    risks: listField('risks', 'risk'),
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
    title: valueField('title'),
    mode: valueField('mode'),
    scope: SCOPE,
    touchpointIds: { ignored: 'a touchpoint names its channel; that change is reported on the touchpoint' },
    loc: LOCATION
} satisfies Record<keyof Channel, FieldDiff<Channel>>;

export const channelChanges = changesWithoutRenames<Channel>(CHANNEL_FIELDS);

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
    benchmark: BENCHMARK_FIELDS,
    source: SOURCE_FIELDS,
    competitor: COMPETITOR_FIELDS
};

/**
 * The same path with other content (a new photo saved over the old one) is a change too; an
 * image one side could not read (an old version checked out without its pictures) says nothing.
 */
function compareImageFiles(before: { image?: string; imageFile?: ImageFile }, after: { image?: string; imageFile?: ImageFile }) {
    const known = (file?: ImageFile) => file?.bytes !== undefined;
    if (before.image !== after.image || !known(before.imageFile) || !known(after.imageFile)) {
        return [];
    }
    return compareValue('image file', imageFileSummary(before.imageFile), imageFileSummary(after.imageFile));
}
