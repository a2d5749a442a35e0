/**
 * The semantic diff: compares two journey models element by element. Elements are matched by
 * id; an element whose id changed is recognised as renamed when an unmatched old element of
 * the same kind has the same or a very similar title. Pure and deterministic.
 */
import { QUADRANT_INFO } from '../vocabulary.js';
import type { Channel, CjourneyModel, Journey, Kpi, Persona, Quantity, SharedDefinitions, Stage, Stakeholder, Touchpoint } from '../journey-model.js';
import type { DiffSummary, ElementChange, ElementKind, JourneyDiff, ModelDiff, PropertyChange } from './journey-diff.js';

interface Identified {
    id: string;
    title: string;
}

interface Matching<T> {
    pairs: { old: T; now: T }[];
    added: T[];
    removed: T[];
    /** Old id → new id for every matched element (renames included). */
    newIdOf: Map<string, string>;
}

/** Renamed elements must have at least this title similarity (Dice coefficient of bigrams). */
const RENAME_SIMILARITY = 0.75;

export function diffModels(old: CjourneyModel | undefined, now: CjourneyModel | undefined): ModelDiff {
    const file = (now ?? old)!.file;
    const journeyMatch = match(old?.journeys ?? [], now?.journeys ?? []);
    const journeys = [
        ...journeyMatch.pairs.map(pair => diffJourneys(pair.old, pair.now)),
        ...journeyMatch.added.map(journey => diffJourneys(undefined, journey)),
        ...journeyMatch.removed.map(journey => diffJourneys(journey, undefined))
    ];
    const shared = diffShared(old?.shared, now?.shared);
    const changed = journeys.some(journey => journey.status !== 'unchanged') || shared.length > 0;
    return { file, status: !old ? 'added' : !now ? 'removed' : changed ? 'changed' : 'unchanged', journeys, shared };
}

export function diffJourneys(old: Journey | undefined, now: Journey | undefined): JourneyDiff {
    const journey = (now ?? old)!;
    if (!old || !now) {
        return { id: journey.id, title: journey.title, status: old ? 'removed' : 'added', changes: [] };
    }
    const changes = new JourneyComparison(old, now).compare();
    return { id: now.id, title: now.title, status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}

export function summarize(changes: readonly ElementChange[]): DiffSummary {
    const count = (test: (change: ElementChange) => boolean) => changes.filter(test).length;
    const emotion = (trend: 'better' | 'worse') => count(change => change.properties.some(property => property.property === 'emotion' && property.trend === trend));
    return {
        added: count(change => change.kind === 'added'),
        removed: count(change => change.kind === 'removed'),
        changed: count(change => change.kind === 'changed'),
        renamed: count(change => change.oldId !== undefined),
        moved: count(change => change.movedFrom !== undefined),
        emotionsWorse: emotion('worse'),
        emotionsBetter: emotion('better'),
        painsAdded: changes.filter(change => change.element === 'touchpoint').reduce((sum, change) => sum + (change.kind === 'added' ? 0 : change.added.filter(item => item.startsWith('pain: ')).length), 0),
        painsRemoved: changes.filter(change => change.element === 'touchpoint').reduce((sum, change) => sum + change.removed.filter(item => item.startsWith('pain: ')).length, 0)
    };
}

class JourneyComparison {
    private readonly stages: Matching<Stage>;
    private readonly touchpoints: Matching<Touchpoint>;
    private readonly changes: ElementChange[] = [];

    constructor(private readonly old: Journey, private readonly now: Journey) {
        this.stages = match(old.stages, now.stages);
        this.touchpoints = match(old.touchpoints, now.touchpoints);
    }

    compare(): ElementChange[] {
        this.compareJourney();
        this.compareStages();
        this.compareTouchpoints();
        this.changes.push(...diffDefinitions(this.old.stakeholders, this.now.stakeholders, 'stakeholder', compareStakeholders));
        this.changes.push(...diffDefinitions(this.old.personas, this.now.personas, 'persona', comparePersonas));
        this.changes.push(...diffDefinitions(this.old.channels, this.now.channels, 'channel', compareChannels));
        this.changes.push(...diffDefinitions(this.old.kpis, this.now.kpis, 'kpi', (old, now) => compareKpis(old, now, this.old, this.now)));
        this.compareFlows();
        return this.changes;
    }

    private compareJourney(): void {
        const properties = [
            property('title', this.old.title, this.now.title),
            property('description', this.old.description, this.now.description)
        ].filter(isDefined);
        const [added, removed] = listChanges(this.old.objectives, this.now.objectives, text => `objective: ${text}`);
        if (properties.length + added.length + removed.length > 0) {
            this.changes.push(change('changed', 'journey', this.now, this.now.title, { properties, added, removed }));
        }
    }

    private compareStages(): void {
        const movedStages = reordered(this.stages.pairs.map(pair => pair.old.id), this.now.stages.map(stage => this.oldIdOf(this.stages, stage.id)).filter(isDefined));
        for (const { old, now } of this.stages.pairs) {
            const properties = [property('title', old.title, now.title), property('description', old.description, now.description)].filter(isDefined);
            const needText = (stage: Stage, journey: Journey) => stage.needs.map(need => `need: ${titleIn(journey.stakeholders, need.stakeholderId)}: ${need.text}`);
            const [added, removed] = listChanges(needText(old, this.old), needText(now, this.now));
            const moved = movedStages.has(old.id) ? `position ${old.index + 1}` : undefined;
            this.pushIfChanged(change('changed', 'stage', now, now.title, { properties, added, removed, oldId: renamedFrom(old, now), movedFrom: moved }));
        }
        this.stages.added.forEach(stage => this.changes.push(change('added', 'stage', stage, stage.title)));
        this.stages.removed.forEach(stage => this.changes.push(change('removed', 'stage', stage, stage.title)));
    }

    private compareTouchpoints(): void {
        const movedWithinStage = new Set<string>();
        for (const stage of this.now.stages) {
            const oldStageId = this.oldIdOf(this.stages, stage.id);
            const oldStage = this.old.stages.find(candidate => candidate.id === oldStageId);
            if (!oldStage) continue;
            // Touchpoints in this stage before and after, in their order, by old id.
            const oldOrder = oldStage.touchpointIds.filter(id => stage.touchpointIds.includes(this.touchpoints.newIdOf.get(id) ?? ''));
            const newOrder = stage.touchpointIds.map(id => this.oldIdOf(this.touchpoints, id)).filter((id): id is string => id !== undefined && oldStage.touchpointIds.includes(id));
            reordered(oldOrder, newOrder).forEach(id => movedWithinStage.add(id));
        }
        for (const { old, now } of this.touchpoints.pairs) {
            const oldStage = this.old.stages.find(stage => stage.id === old.stageId);
            const changedStage = this.stages.newIdOf.get(old.stageId) !== now.stageId;
            const movedFrom = changedStage ? `from ${oldStage?.title ?? old.stageId}` : movedWithinStage.has(old.id) ? `within ${oldStage?.title ?? old.stageId}` : undefined;
            const [added, removed] = this.touchpointLists(old, now);
            this.pushIfChanged(change('changed', 'touchpoint', now, now.title, {
                stageId: now.stageId, path: this.pathOf(now), properties: this.touchpointProperties(old, now), added, removed, oldId: renamedFrom(old, now), movedFrom
            }));
        }
        this.touchpoints.added.forEach(touchpoint => this.changes.push(change('added', 'touchpoint', touchpoint, touchpoint.title, { stageId: touchpoint.stageId, path: this.pathOf(touchpoint) })));
        this.touchpoints.removed.forEach(touchpoint => this.changes.push(change('removed', 'touchpoint', touchpoint, touchpoint.title, { stageId: touchpoint.stageId, path: this.pathOf(touchpoint, this.old) })));
    }

    private touchpointProperties(old: Touchpoint, now: Touchpoint): PropertyChange[] {
        const emotion = property('emotion', old.emotion, now.emotion);
        if (emotion && old.emotionScore !== undefined && now.emotionScore !== undefined) {
            emotion.trend = now.emotionScore > old.emotionScore ? 'better' : 'worse';
        }
        return [
            property('title', old.title, now.title),
            emotion,
            property('channel', titleIn(this.old.channels, old.channelId), titleIn(this.now.channels, now.channelId)),
            property('persona', titleIn(this.old.personas, old.personaId), titleIn(this.now.personas, now.personaId)),
            property('owner', titleIn(this.old.stakeholders, old.ownerId), titleIn(this.now.stakeholders, now.ownerId)),
            property('goal', old.goal, now.goal),
            property('trigger', old.trigger, now.trigger),
            property('description', old.description, now.description)
        ].filter(isDefined);
    }

    private touchpointLists(old: Touchpoint, now: Touchpoint): [string[], string[]] {
        const items = (touchpoint: Touchpoint, journey: Journey) => [
            ...touchpoint.pains.map(pain => `pain: ${pain.text}${pain.evidence ? ` (evidence: ${pain.evidence})` : ''}`),
            ...touchpoint.opportunities.map(opportunity => `opportunity: ${opportunity.text}`),
            ...touchpoint.actions.map(action => `action: ${action}`),
            ...touchpoint.thoughts.map(thought => `thought: ${thought}`),
            ...touchpoint.involvedIds.map(id => `involves: ${titleIn(journey.stakeholders, id)}`)
        ];
        return listChanges(items(old, this.old), items(now, this.now));
    }

    private compareFlows(): void {
        const key = (from: string, to: string) => `${from}\u0000${to}`;
        const oldSteps = new Map(this.old.flows.map(step => [key(this.touchpoints.newIdOf.get(step.from) ?? `old:${step.from}`, this.touchpoints.newIdOf.get(step.to) ?? `old:${step.to}`), step]));
        const newSteps = new Map(this.now.flows.map(step => [key(step.from, step.to), step]));
        const titleOfStep = (journey: Journey, from: string, to: string) => `${titleIn(journey.touchpoints, from)} → ${titleIn(journey.touchpoints, to)}`;
        for (const [stepKey, step] of newSteps) {
            if (!oldSteps.has(stepKey)) {
                this.changes.push(change('added', 'flow', { id: `${step.from}->${step.to}` }, titleOfStep(this.now, step.from, step.to)));
            }
        }
        for (const [stepKey, step] of oldSteps) {
            if (!newSteps.has(stepKey)) {
                this.changes.push(change('removed', 'flow', { id: `${step.from}->${step.to}` }, titleOfStep(this.old, step.from, step.to)));
            }
        }
    }

    private pathOf(touchpoint: Touchpoint, journey = this.now): string {
        return `${titleIn(journey.stages, touchpoint.stageId)} › ${touchpoint.title}`;
    }

    private oldIdOf<T extends Identified>(matching: Matching<T>, newId: string): string | undefined {
        return matching.pairs.find(pair => pair.now.id === newId)?.old.id;
    }

    private pushIfChanged(candidate: ElementChange): void {
        if (isChange(candidate)) {
            this.changes.push(candidate);
        }
    }
}

/** Stakeholders, personas, channels, KPIs: matched, compared, added and removed. */
function diffDefinitions<T extends Identified>(old: readonly T[], now: readonly T[], element: ElementKind,
    compare: (old: T, now: T) => Pick<ElementChange, 'properties' | 'added' | 'removed'>): ElementChange[] {
    const matching = match(old, now);
    return [
        ...matching.pairs.map(({ old: before, now: after }) => change('changed', element, after, after.title, { ...compare(before, after), oldId: renamedFrom(before, after) })).filter(isChange),
        ...matching.added.map(item => change('added', element, item, item.title)),
        ...matching.removed.map(item => change('removed', element, item, item.title))
    ];
}

function diffShared(old: SharedDefinitions | undefined, now: SharedDefinitions | undefined): ElementChange[] {
    return [
        ...diffDefinitions(old?.stakeholders ?? [], now?.stakeholders ?? [], 'stakeholder', compareStakeholders),
        ...diffDefinitions(old?.personas ?? [], now?.personas ?? [], 'persona', comparePersonas),
        ...diffDefinitions(old?.channels ?? [], now?.channels ?? [], 'channel', compareChannels)
    ];
}

function compareStakeholders(old: Stakeholder, now: Stakeholder): Pick<ElementChange, 'properties' | 'added' | 'removed'> {
    const quadrantLabel = (stakeholder: Stakeholder) => (stakeholder.quadrant ? QUADRANT_INFO[stakeholder.quadrant].label.toLowerCase() : undefined);
    const [addedRisks, removedRisks] = listChanges(old.risks, now.risks, risk => `risk: ${risk}`);
    const [addedInfluences, removedInfluences] = listChanges(old.influences, now.influences, id => `influences: ${id}`);
    return {
        properties: [
            property('title', old.title, now.title),
            property('type', old.type, now.type),
            property('power', old.power, now.power),
            property('interest', old.interest, now.interest),
            property('quadrant', quadrantLabel(old), quadrantLabel(now)),
            property('attitude', old.attitude, now.attitude),
            property('role', old.role, now.role)
        ].filter(isDefined),
        added: [...addedRisks, ...addedInfluences],
        removed: [...removedRisks, ...removedInfluences]
    };
}

function comparePersonas(old: Persona, now: Persona): Pick<ElementChange, 'properties' | 'added' | 'removed'> {
    const items = (persona: Persona) => [
        ...persona.segments.map(text => `segment: ${text}`), ...persona.goals.map(text => `goal: ${text}`),
        ...persona.needs.map(text => `need: ${text}`), ...persona.expectations.map(text => `expectation: ${text}`)
    ];
    const [added, removed] = listChanges(items(old), items(now));
    return { properties: [property('title', old.title, now.title), property('description', old.description, now.description)].filter(isDefined), added, removed };
}

function compareChannels(old: Channel, now: Channel): Pick<ElementChange, 'properties' | 'added' | 'removed'> {
    return { properties: [property('title', old.title, now.title), property('mode', old.mode, now.mode)].filter(isDefined), added: [], removed: [] };
}

function compareKpis(old: Kpi, now: Kpi, oldJourney: Journey, newJourney: Journey): Pick<ElementChange, 'properties' | 'added' | 'removed'> {
    const text = (quantity: Quantity | undefined) => quantity?.text;
    const current = property('current', text(old.current), text(now.current));
    if (current && old.current && now.current && old.current.percent === now.current.percent) {
        const improved = now.better === 'higher' ? now.current.value > old.current.value : now.current.value < old.current.value;
        current.trend = improved ? 'better' : 'worse';
    }
    const gapText = (kpi: Kpi) => (kpi.gapToTarget ? (kpi.gapToTarget.meets ? 'met' : kpi.gapToTarget.text) : undefined);
    const gap = property('gap to target', gapText(old), gapText(now));
    if (gap) {
        const shortBy = (kpi: Kpi) => Math.max(0, kpi.gapToTarget?.shortBy ?? 0);
        gap.trend = shortBy(now) < shortBy(old) ? 'better' : 'worse';
    }
    const benchmark = (kpi: Kpi) => kpi.benchmarks.map(item => `benchmark: ${item.value.text}${item.source ? ` (${item.source})` : ''}`);
    const [added, removed] = listChanges(benchmark(old), benchmark(now));
    return {
        properties: [
            property('title', old.title, now.title),
            property('stage', titleIn(oldJourney.stages, old.stageId), titleIn(newJourney.stages, now.stageId)),
            property('better', old.better, now.better),
            current,
            property('target', text(old.target), text(now.target)),
            gap,
            property('unit', old.unit, now.unit)
        ].filter(isDefined),
        added,
        removed
    };
}

/** Pairs elements by id, then unmatched ones by a similar title (a renamed id). */
function match<T extends Identified>(old: readonly T[], now: readonly T[]): Matching<T> {
    const newById = new Map(now.map(item => [item.id, item]));
    const pairs: { old: T; now: T }[] = [];
    const unmatchedOld: T[] = [];
    for (const item of old) {
        const partner = newById.get(item.id);
        if (partner) {
            pairs.push({ old: item, now: partner });
            newById.delete(item.id);
        } else {
            unmatchedOld.push(item);
        }
    }
    const unmatchedNew = now.filter(item => newById.has(item.id));
    const removed: T[] = [];
    for (const item of unmatchedOld) {
        let best: T | undefined;
        let bestScore = RENAME_SIMILARITY;
        for (const candidate of unmatchedNew) {
            const score = similarity(item.title, candidate.title);
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best) {
            pairs.push({ old: item, now: best });
            unmatchedNew.splice(unmatchedNew.indexOf(best), 1);
        } else {
            removed.push(item);
        }
    }
    return { pairs, added: unmatchedNew, removed, newIdOf: new Map(pairs.map(pair => [pair.old.id, pair.now.id])) };
}

/** Dice coefficient over letter bigrams, case-insensitive: 1 for equal titles. */
export function similarity(a: string, b: string): number {
    const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const [x, y] = [normalise(a), normalise(b)];
    if (x === y) return 1;
    if (x.length < 2 || y.length < 2) return 0;
    const bigrams = (text: string) => {
        const counts = new Map<string, number>();
        for (let i = 0; i < text.length - 1; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
        return counts;
    };
    const first = bigrams(x);
    let overlap = 0;
    for (const [bigram, count] of bigrams(y)) {
        overlap += Math.min(count, first.get(bigram) ?? 0);
    }
    return (2 * overlap) / (x.length - 1 + y.length - 1);
}

/** Ids of `oldOrder` whose position changed relative to the others (not on the longest common subsequence). */
function reordered(oldOrder: readonly string[], newOrder: readonly string[]): Set<string> {
    const common = oldOrder.filter(id => newOrder.includes(id));
    const target = newOrder.filter(id => common.includes(id));
    const lengths = Array.from({ length: common.length + 1 }, () => new Array<number>(target.length + 1).fill(0));
    for (let i = common.length - 1; i >= 0; i--) {
        for (let j = target.length - 1; j >= 0; j--) {
            lengths[i][j] = common[i] === target[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const kept = new Set<string>();
    for (let i = 0, j = 0; i < common.length && j < target.length;) {
        if (common[i] === target[j]) {
            kept.add(common[i]);
            i++;
            j++;
        } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    return new Set(common.filter(id => !kept.has(id)));
}

/** Items only in `now` and items only in `old` (multisets, in written order). */
function listChanges(old: readonly string[], now: readonly string[], label: (item: string) => string = item => item): [string[], string[]] {
    const remaining = [...old];
    const added: string[] = [];
    for (const item of now) {
        const index = remaining.indexOf(item);
        if (index >= 0) remaining.splice(index, 1);
        else added.push(label(item));
    }
    return [added, remaining.map(label)];
}

function property(name: string, old: string | undefined, now: string | undefined): PropertyChange | undefined {
    return old === now ? undefined : { property: name, ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) };
}

function renamedFrom(old: Identified, now: Identified): string | undefined {
    return old.id === now.id ? undefined : old.id;
}

function titleIn(items: readonly Identified[], id: string | undefined): string | undefined {
    return id === undefined ? undefined : items.find(item => item.id === id)?.title ?? id;
}

function change(kind: ElementChange['kind'], element: ElementKind, item: { id: string }, title: string, extra: Partial<ElementChange> = {}): ElementChange {
    const result: ElementChange = { kind, element, id: item.id, title, path: extra.path ?? title, properties: extra.properties ?? [], added: extra.added ?? [], removed: extra.removed ?? [] };
    if (extra.oldId !== undefined) result.oldId = extra.oldId;
    if (extra.stageId !== undefined) result.stageId = extra.stageId;
    if (extra.movedFrom !== undefined) result.movedFrom = extra.movedFrom;
    if (kind === 'changed' && result.properties.length + result.added.length + result.removed.length === 0) {
        result.kind = result.movedFrom !== undefined ? 'moved' : 'renamed';
    }
    return result;
}

/** `change` turns an empty 'changed' into 'moved' or 'renamed'; a 'renamed' without a new id is no change. */
function isChange(candidate: ElementChange): boolean {
    return candidate.kind !== 'renamed' || candidate.oldId !== undefined;
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
