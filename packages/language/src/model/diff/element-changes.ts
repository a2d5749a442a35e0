/**
 * What changed in one element that exists in both versions, per kind, in journey terms.
 * References in the old version are read through the renames found by matching, so that
 * renaming a persona does not report every touchpoint that refers to it.
 */
import type { Channel, Journey, Kpi, Persona, Quantity, Stage, Stakeholder, Touchpoint } from '../journey-model.js';
import { amountWithUnit, gapWithUnit } from '../facts.js';
import { ATTITUDES, EMOTIONS, LEVELS, QUADRANT_INFO, type Quadrant } from '../vocabulary.js';
import { collect, compareList, compareNumber, compareOnScale, compareValue } from './compare-facts.js';
import type { PropertyChange } from './journey-diff.js';

/** Old id → new id, per kind of element referred to. */
export interface Renames {
    stage: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    persona: ReadonlyMap<string, string>;
    stakeholder: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = { stage: new Map(), touchpoint: new Map(), persona: new Map(), stakeholder: new Map(), channel: new Map() };

/** An old id as it is called now. */
export function renamed(map: ReadonlyMap<string, string>, id: string): string;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined {
    return id === undefined ? undefined : map.get(id) ?? id;
}

/** Emotions worst first, so "up" is better. */
const EMOTION_SCALE = [...EMOTIONS].reverse();
/** Attitudes least favourable first, so "up" is better. */
const ATTITUDE_SCALE = [...ATTITUDES].reverse();

export function journeyChanges(before: Journey, after: Journey): PropertyChange[] {
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('description', before.description, after.description),
        compareList('objective', before.objectives, after.objectives)
    );
}

export function stageChanges(before: Stage, after: Stage, renames: Renames): PropertyChange[] {
    const needText = (stage: Stage, map: ReadonlyMap<string, string>) => stage.needs.map(need => `${renamed(map, need.stakeholderId)}: ${need.text}`);
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('description', before.description, after.description),
        compareList('needs', needText(before, renames.stakeholder), needText(after, new Map()))
    );
}

export function touchpointChanges(before: Touchpoint, after: Touchpoint, renames: Renames): PropertyChange[] {
    return collect(
        compareValue('title', before.title, after.title),
        compareOnScale('emotion', EMOTION_SCALE, before.emotion, after.emotion, true),
        compareValue('channel', renamed(renames.channel, before.channelId), after.channelId),
        compareValue('persona', renamed(renames.persona, before.personaId), after.personaId),
        compareValue('owner', renamed(renames.stakeholder, before.ownerId), after.ownerId),
        compareList('involves', before.involvedIds.map(id => renamed(renames.stakeholder, id)), after.involvedIds),
        compareValue('goal', before.goal, after.goal),
        compareValue('trigger', before.trigger, after.trigger),
        compareValue('description', before.description, after.description),
        compareList('action', before.actions, after.actions),
        compareList('thought', before.thoughts, after.thoughts),
        compareList('pain', before.pains.map(pain => pain.text), after.pains.map(pain => pain.text)),
        painEvidenceChanges(before, after),
        compareList('opportunity', before.opportunities.map(item => item.text), after.opportunities.map(item => item.text))
    );
}

/** A pain kept with the same text whose evidence changed. */
function painEvidenceChanges(before: Touchpoint, after: Touchpoint): PropertyChange[] {
    const evidenceBefore = new Map(before.pains.map(pain => [pain.text, pain.evidence]));
    return after.pains
        .filter(pain => evidenceBefore.has(pain.text))
        .flatMap(pain => compareValue('evidence', evidenceBefore.get(pain.text), pain.evidence, { subject: pain.text }));
}

export function personaChanges(before: Persona, after: Persona): PropertyChange[] {
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('description', before.description, after.description),
        compareList('segment', before.segments, after.segments),
        compareList('goal', before.goals, after.goals),
        compareList('need', before.needs, after.needs),
        compareList('expectation', before.expectations, after.expectations)
    );
}

export function stakeholderChanges(before: Stakeholder, after: Stakeholder, renames: Renames): PropertyChange[] {
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('type', before.type, after.type),
        compareOnScale('power', LEVELS, before.power, after.power),
        compareOnScale('interest', LEVELS, before.interest, after.interest),
        compareOnScale('attitude', ATTITUDE_SCALE, before.attitude, after.attitude, true),
        compareValue('quadrant', quadrantLabel(before.quadrant), quadrantLabel(after.quadrant)),
        compareValue('role', before.role, after.role),
        compareValue('description', before.description, after.description),
        compareList('risk', before.risks, after.risks),
        compareList('influences', before.influences.map(id => renamed(renames.stakeholder, id)), after.influences)
    );
}

function quadrantLabel(quadrant: Quadrant | undefined): string | undefined {
    return quadrant ? QUADRANT_INFO[quadrant].label : undefined;
}

export function channelChanges(before: Channel, after: Channel): PropertyChange[] {
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('mode', before.mode, after.mode)
    );
}

export function kpiChanges(before: Kpi, after: Kpi, renames: Renames): PropertyChange[] {
    const higherIsBetter = after.better === 'higher';
    return collect(
        compareValue('title', before.title, after.title),
        compareValue('stage', renamed(renames.stage, before.stageId), after.stageId),
        compareValue('better', before.better, after.better),
        compareValue('unit', before.unit, after.unit),
        compareNumber('current', withUnit(before.current, before.unit), withUnit(after.current, after.unit), higherIsBetter),
        compareNumber('target', withUnit(before.target, before.unit), withUnit(after.target, after.unit)),
        benchmarkChanges(before, after, higherIsBetter),
        gapChanges(before, after),
        compareValue('description', before.description, after.description)
    );
}

/** Benchmarks are matched by their source ("Industry leader"); unnamed ones by position. */
function benchmarkChanges(before: Kpi, after: Kpi, higherIsBetter: boolean): PropertyChange[] {
    const keyed = (kpi: Kpi) => kpi.benchmarks.map((benchmark, index) => ({ key: benchmark.source ?? `#${index + 1}`, benchmark }));
    const beforeByKey = new Map(keyed(before).map(entry => [entry.key, entry.benchmark]));
    const afterKeyed = keyed(after);
    const afterKeys = new Set(afterKeyed.map(entry => entry.key));
    const describe = (kpi: Kpi, key: string, value: Quantity) => `${withUnit(value, kpi.unit)!.text} (${key})`;
    const changed = afterKeyed
        .filter(entry => beforeByKey.has(entry.key))
        .flatMap(entry => compareNumber('benchmark', withUnit(beforeByKey.get(entry.key)!.value, before.unit), withUnit(entry.benchmark.value, after.unit), higherIsBetter, entry.key));
    const added = afterKeyed.filter(entry => !beforeByKey.has(entry.key)).map(entry => describe(after, entry.key, entry.benchmark.value));
    const removed = keyed(before).filter(entry => !afterKeys.has(entry.key)).map(entry => describe(before, entry.key, entry.benchmark.value));
    return [...changed, ...(added.length + removed.length > 0 ? [{ type: 'list' as const, property: 'benchmark', added, removed }] : [])];
}

/** The gap to target grew (worse) or shrank (better); "met" when current meets the target. */
function gapChanges(before: Kpi, after: Kpi): PropertyChange[] {
    const gapBefore = before.gapToTarget;
    const gapAfter = after.gapToTarget;
    const text = (kpi: Kpi) => (kpi.gapToTarget ? (kpi.gapToTarget.meets ? 'met' : gapWithUnit(kpi.gapToTarget.text, kpi.unit)) : undefined);
    if (!gapBefore || !gapAfter) {
        return compareValue('gap to target', text(before), text(after));
    }
    const shortBefore = Math.max(0, gapBefore.shortBy);
    const shortAfter = Math.max(0, gapAfter.shortBy);
    if (shortBefore === shortAfter) {
        return [];
    }
    const grew = shortAfter > shortBefore;
    return compareValue('gap to target', text(before), text(after), { direction: grew ? 'up' : 'down', verdict: grew ? 'worse' : 'better' });
}

function withUnit(quantity: Quantity | undefined, unit: string | undefined): { value: number; text: string } | undefined {
    if (!quantity) {
        return undefined;
    }
    return { value: quantity.value, text: amountWithUnit(quantity.text, unit) };
}
