/**
 * `diffJourneys(before, after)`: the semantic diff of two versions of a workspace (its
 * `.cjourney` files' models). Journeys and shared definitions are matched across files by
 * id, so a journey moved to another file is the same journey.
 */
import type { CjourneyModel, Journey, SourceLocation, Stage, Touchpoint } from '../journey-model.js';
import {
    channelChanges,
    journeyChanges,
    kpiChanges,
    NO_RENAMES,
    personaChanges,
    renamed,
    stageChanges,
    stakeholderChanges,
    touchpointChanges,
    type Renames
} from './element-changes.js';
import type {
    DiffElementKind,
    ElementDiff,
    ElementRef,
    FlowEdge,
    JourneyChange,
    JourneyDiff,
    Move,
    PropertyChange
} from './journey-diff.js';
import { matchElements, renames as renamesOf, reordered, type Pair } from './match-elements.js';
import { summarizeDiff } from './summarize-diff.js';

interface Located {
    id: string;
    title: string;
    loc?: SourceLocation;
}

export function diffJourneys(
    before: CjourneyModel | readonly CjourneyModel[],
    after: CjourneyModel | readonly CjourneyModel[]
): JourneyDiff {
    const beforeModels = toArray(before);
    const afterModels = toArray(after);
    const { diffs: shared, renames } = diffShared(beforeModels, afterModels);
    const journeyPairs = matchElements(journeysOf(beforeModels), journeysOf(afterModels), entry =>
        contentKey(entry.journey.stages.map(stage => stage.id))
    );
    const journeys = journeyPairs.flatMap(pair => diffJourneyPair(pair, renames));
    return { journeys, shared, summary: summarizeDiff(journeys, shared) };
}

/** The diff of one journey's two versions, or undefined when they say the same. */
export function diffJourney(before: Journey, after: Journey, file = ''): JourneyChange | undefined {
    const [change] = diffJourneyPair(
        {
            before: { id: before.id, title: before.title, journey: before, file },
            after: { id: after.id, title: after.title, journey: after, file }
        },
        NO_RENAMES
    );
    return change;
}

function toArray(models: CjourneyModel | readonly CjourneyModel[]): readonly CjourneyModel[] {
    return Array.isArray(models) ? models : [models as CjourneyModel];
}

interface JourneyEntry {
    id: string;
    title: string;
    journey: Journey;
    file: string;
}

function journeysOf(models: readonly CjourneyModel[]): JourneyEntry[] {
    return models.flatMap(model => model.journeys.map(journey => ({ id: journey.id, title: journey.title, journey, file: model.file })));
}

/** What an element says apart from its name, place and file: two with the same key are one element renamed. */
const IGNORED_IN_CONTENT = new Set(['loc', 'id', 'title', 'index', 'file']);

function contentKey(value: unknown): string {
    return JSON.stringify(value, (key, inner: unknown) => (IGNORED_IN_CONTENT.has(key) ? undefined : inner));
}

function lineOf(element: Located): number | undefined {
    return element.loc ? element.loc.range.start.line + 1 : undefined;
}

function ref(element: Located): ElementRef {
    return { id: element.id, title: element.title };
}

/** An element diff from a pair, or nothing when the element is unchanged. */
function elementDiff<T extends Located>(
    kind: DiffElementKind,
    pair: Pair<T>,
    changesOf: (before: T, after: T) => PropertyChange[],
    extra: (element: T) => Partial<ElementDiff> = () => ({})
): ElementDiff[] {
    const { before, after } = pair;
    const element = (after ?? before)!;
    const base = { kind, id: element.id, title: element.title, ...extra(element) };
    const line = lineOf(element);
    const located = line === undefined ? {} : { line };
    if (!before || !after) {
        return [{ ...base, status: before ? 'removed' : 'added', changes: [], ...located }];
    }
    const changes = changesOf(before, after);
    const renamedFrom = before.id !== after.id ? { renamedFrom: before.id } : {};
    if (changes.length === 0 && !('renamedFrom' in renamedFrom)) {
        return [];
    }
    return [{ ...base, status: 'changed', ...renamedFrom, changes, ...located }];
}

// ---- shared definitions ----

function diffShared(before: readonly CjourneyModel[], after: readonly CjourneyModel[]): { diffs: ElementDiff[]; renames: Renames } {
    const withFile = <T>(models: readonly CjourneyModel[], pick: (model: CjourneyModel) => T[]) =>
        models.flatMap(model => pick(model).map(element => ({ ...element, file: model.file })));
    const stakeholderPairs = matchElements(
        withFile(before, m => m.shared.stakeholders),
        withFile(after, m => m.shared.stakeholders),
        contentKey
    );
    const personaPairs = matchElements(
        withFile(before, m => m.shared.personas),
        withFile(after, m => m.shared.personas),
        contentKey
    );
    const channelPairs = matchElements(
        withFile(before, m => m.shared.channels),
        withFile(after, m => m.shared.channels),
        contentKey
    );
    const renames: Renames = {
        ...NO_RENAMES,
        stakeholder: renamesOf(stakeholderPairs),
        persona: renamesOf(personaPairs),
        channel: renamesOf(channelPairs)
    };
    const fileOf = (element: { file: string }) => ({ file: element.file });
    return {
        renames,
        diffs: [
            ...stakeholderPairs.flatMap(pair => elementDiff('stakeholder', pair, (b, a) => stakeholderChanges(b, a, renames), fileOf)),
            ...personaPairs.flatMap(pair => elementDiff('persona', pair, personaChanges, fileOf)),
            ...channelPairs.flatMap(pair => elementDiff('channel', pair, channelChanges, fileOf))
        ]
    };
}

// ---- one journey ----

function diffJourneyPair(pair: Pair<JourneyEntry>, sharedRenames: Renames): JourneyChange[] {
    const { before, after } = pair;
    const entry = (after ?? before)!;
    const empty = {
        stages: [],
        touchpoints: [],
        personas: [],
        stakeholders: [],
        channels: [],
        kpis: [],
        flows: { added: [], removed: [] }
    };
    const base = { kind: 'journey' as const, id: entry.id, title: entry.title, file: entry.file, ...lineProperty(entry.journey) };
    if (!before || !after) {
        const size = { stages: entry.journey.stages.length, touchpoints: entry.journey.touchpoints.length };
        return [{ ...base, status: before ? 'removed' : 'added', changes: [], ...empty, size }];
    }
    const parts = new JourneyParts(before.journey, after.journey, sharedRenames).diff();
    const changes = journeyChanges(before.journey, after.journey);
    const renamedFrom = before.id !== after.id ? { renamedFrom: before.id } : {};
    const fileBefore = before.file !== after.file ? { fileBefore: before.file } : {};
    const partCount =
        parts.stages.length +
        parts.touchpoints.length +
        parts.personas.length +
        parts.stakeholders.length +
        parts.channels.length +
        parts.kpis.length +
        parts.flows.added.length +
        parts.flows.removed.length;
    if (changes.length === 0 && partCount === 0 && before.id === after.id && before.file === after.file) {
        return [];
    }
    return [{ ...base, status: 'changed', ...renamedFrom, ...fileBefore, changes, ...parts }];
}

function lineProperty(journey: Journey): { line?: number } {
    return { line: journey.loc.range.start.line + 1 };
}

type JourneyParts_ = Pick<JourneyChange, 'stages' | 'touchpoints' | 'personas' | 'stakeholders' | 'channels' | 'kpis' | 'flows'>;

/** Matches and compares the parts of one journey's two versions. */
class JourneyParts {
    private readonly renames: Renames;
    private readonly personaPairs;
    private readonly stakeholderPairs;
    private readonly channelPairs;
    private readonly stagePairs: Pair<Stage>[];
    private readonly touchpointPairs: Pair<Touchpoint>[];

    constructor(
        private readonly before: Journey,
        private readonly after: Journey,
        shared: Renames
    ) {
        const own = <T extends { scope: string }>(elements: T[]) => elements.filter(element => element.scope === 'journey');
        this.personaPairs = matchElements(own(before.personas), own(after.personas), contentKey);
        this.stakeholderPairs = matchElements(own(before.stakeholders), own(after.stakeholders), contentKey);
        this.channelPairs = matchElements(own(before.channels), own(after.channels), contentKey);
        const definitions: Renames = {
            ...NO_RENAMES,
            persona: merge(shared.persona, renamesOf(this.personaPairs)),
            stakeholder: merge(shared.stakeholder, renamesOf(this.stakeholderPairs)),
            channel: merge(shared.channel, renamesOf(this.channelPairs))
        };
        this.stagePairs = matchElements(before.stages, after.stages, stage => contentKey({ ...stage, kpiIds: undefined }));
        const stage = renamesOf(this.stagePairs);
        const touchpointKey = (touchpoint: Touchpoint, map: Renames) =>
            contentKey({
                ...touchpoint,
                indexInStage: undefined,
                stageId: renamed(map.stage, touchpoint.stageId),
                personaId: renamed(map.persona, touchpoint.personaId),
                channelId: renamed(map.channel, touchpoint.channelId),
                ownerId: renamed(map.stakeholder, touchpoint.ownerId),
                involvedIds: touchpoint.involvedIds.map(id => renamed(map.stakeholder, id))
            });
        const withStages = { ...definitions, stage };
        const beforeKeys = new Map(before.touchpoints.map(touchpoint => [touchpoint, touchpointKey(touchpoint, withStages)]));
        const afterKeys = new Map(after.touchpoints.map(touchpoint => [touchpoint, touchpointKey(touchpoint, NO_RENAMES)]));
        this.touchpointPairs = matchElements(
            before.touchpoints,
            after.touchpoints,
            touchpoint => beforeKeys.get(touchpoint) ?? afterKeys.get(touchpoint)!
        );
        this.renames = { ...withStages, touchpoint: renamesOf(this.touchpointPairs) };
    }

    diff(): JourneyParts_ {
        const renames = this.renames;
        return {
            stages: this.stageDiffs(),
            touchpoints: this.touchpointDiffs(),
            personas: this.personaPairs.flatMap(pair => elementDiff('persona', pair, personaChanges)),
            stakeholders: this.stakeholderPairs.flatMap(pair =>
                elementDiff('stakeholder', pair, (b, a) => stakeholderChanges(b, a, renames))
            ),
            channels: this.channelPairs.flatMap(pair => elementDiff('channel', pair, channelChanges)),
            kpis: matchElements(this.before.kpis, this.after.kpis, contentKey).flatMap(pair =>
                elementDiff(
                    'kpi',
                    pair,
                    (b, a) => kpiChanges(b, a, renames),
                    kpi => this.stageProperty(kpi.stageId, pair.after ? this.after : this.before)
                )
            ),
            flows: this.flowDiff()
        };
    }

    private stageDiffs(): ElementDiff[] {
        const moved = reordered(
            this.before.stages.map(stage => renamed(this.renames.stage, stage.id)),
            this.after.stages.map(stage => stage.id)
        );
        return this.stagePairs.flatMap(pair => {
            const diffs = elementDiff(
                'stage',
                pair,
                (b, a) => stageChanges(b, a, this.renames),
                stage => ({ index: stage.index })
            );
            const { before, after } = pair;
            if (!before || !after || !moved.has(after.id)) {
                return diffs;
            }
            const move: Move = { fromIndex: before.index, toIndex: after.index };
            const [existing] = diffs;
            return [
                existing
                    ? { ...existing, moved: move }
                    : {
                          kind: 'stage',
                          status: 'changed',
                          id: after.id,
                          title: after.title,
                          index: after.index,
                          moved: move,
                          changes: [],
                          line: lineOf(after)
                      }
            ];
        });
    }

    private touchpointDiffs(): ElementDiff[] {
        const movedInStage = new Set<string>();
        for (const stage of this.stagePairs) {
            if (stage.before && stage.after) {
                const order = stage.before.touchpointIds.map(id => renamed(this.renames.touchpoint, id));
                reordered(order, stage.after.touchpointIds).forEach(id => movedInStage.add(id));
            }
        }
        return this.touchpointPairs.flatMap(pair => {
            const { before, after } = pair;
            const journey = after ? this.after : this.before;
            const stage = this.stageProperty((after ?? before)!.stageId, journey);
            const diffs = elementDiff(
                'touchpoint',
                pair,
                (b, a) => touchpointChanges(b, a, this.renames),
                () => stage
            );
            if (!before || !after) {
                return diffs;
            }
            const move = this.touchpointMove(before, after, movedInStage);
            if (!move) {
                return diffs;
            }
            const [existing] = diffs;
            return [
                existing
                    ? { ...existing, moved: move }
                    : {
                          kind: 'touchpoint',
                          status: 'changed',
                          id: after.id,
                          title: after.title,
                          ...stage,
                          moved: move,
                          changes: [],
                          line: lineOf(after)
                      }
            ];
        });
    }

    private touchpointMove(before: Touchpoint, after: Touchpoint, movedInStage: ReadonlySet<string>): Move | undefined {
        const otherStage = renamed(this.renames.stage, before.stageId) !== after.stageId;
        if (otherStage) {
            return {
                fromStage: this.stageProperty(before.stageId, this.before).stage!,
                toStage: this.stageProperty(after.stageId, this.after).stage!,
                fromIndex: before.indexInStage,
                toIndex: after.indexInStage
            };
        }
        return movedInStage.has(after.id) ? { fromIndex: before.indexInStage, toIndex: after.indexInStage } : undefined;
    }

    private stageProperty(stageId: string | undefined, journey: Journey): { stage?: ElementRef } {
        const stage = journey.stages.find(candidate => candidate.id === stageId);
        return stage ? { stage: { ...ref(stage), index: stage.index } } : {};
    }

    /** Flow steps compared as multisets of `from -> to`, old ids read through renames. */
    private flowDiff(): { added: FlowEdge[]; removed: FlowEdge[] } {
        const key = (from: string, to: string) => `${from}\u0000${to}`;
        const remaining = new Map<string, number>();
        for (const step of this.before.flows) {
            const k = key(renamed(this.renames.touchpoint, step.from), renamed(this.renames.touchpoint, step.to));
            remaining.set(k, (remaining.get(k) ?? 0) + 1);
        }
        const edge = (journey: Journey, from: string, to: string): FlowEdge => ({
            from: this.touchpointRef(journey, from),
            to: this.touchpointRef(journey, to)
        });
        const added: FlowEdge[] = [];
        for (const step of this.after.flows) {
            const k = key(step.from, step.to);
            const count = remaining.get(k) ?? 0;
            if (count > 0) {
                remaining.set(k, count - 1);
            } else {
                added.push(edge(this.after, step.from, step.to));
            }
        }
        const removed: FlowEdge[] = [];
        for (const step of this.before.flows) {
            const k = key(renamed(this.renames.touchpoint, step.from), renamed(this.renames.touchpoint, step.to));
            const count = remaining.get(k) ?? 0;
            if (count > 0) {
                remaining.set(k, count - 1);
                removed.push(edge(this.before, step.from, step.to));
            }
        }
        return { added, removed };
    }

    private touchpointRef(journey: Journey, id: string): ElementRef {
        const touchpoint = journey.touchpoints.find(candidate => candidate.id === id);
        return touchpoint ? ref(touchpoint) : { id, title: id };
    }
}

function merge(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): Map<string, string> {
    return new Map([...first, ...second]);
}
