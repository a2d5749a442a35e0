/**
 * `diffJourneys(before, after)`: the semantic diff of two versions of a workspace (its
 * `.cjourney` files' models). Journeys and shared definitions are matched across files by
 * id, so a journey moved to another file is the same journey.
 */
import type { CjourneyModel, Journey } from '../journey-model.js';
import { channelChanges, journeyChanges, NO_RENAMES, personaChanges, stakeholderChanges, type Renames } from './element-changes.js';
import { contentKey, elementDiff } from './element-diff.js';
import { noChangedParts, type ElementDiff, type JourneyChange, type JourneyDiff } from './journey-diff.js';
import { JourneyParts } from './journey-parts.js';
import { matchElements, renames as renamesOf, type Pair } from './match-elements.js';
import { summarizeDiff } from './summarize-diff.js';

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
    const base = { kind: 'journey' as const, id: entry.id, title: entry.title, file: entry.file, ...lineProperty(entry.journey) };
    if (!before || !after) {
        const size = { stages: entry.journey.stages.length, touchpoints: entry.journey.touchpoints.length };
        return [{ ...base, status: before ? 'removed' : 'added', changes: [], ...noChangedParts(), size }];
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
