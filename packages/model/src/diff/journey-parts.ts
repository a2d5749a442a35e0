/** The parts of one journey's diff: its stages, touchpoints, definitions, KPIs and flows, matched across versions. */
import type { Journey, Stage, Touchpoint } from '../journey-model.js';
import {
    channelChanges,
    kpiChanges,
    NO_RENAMES,
    personaChanges,
    renamed,
    stageChanges,
    stakeholderChanges,
    touchpointChanges,
    type Renames
} from './element-changes.js';
import { contentKey, elementDiff, lineOf, ref } from './element-diff.js';
import { diffFlows } from './flow-diff.js';
import type { ElementDiff, ElementRef, JourneyChange, Move } from './journey-diff.js';
import { matchElements, renames as renamesOf, reordered, type Pair } from './match-elements.js';

export type JourneyPartsDiff = Pick<JourneyChange, 'stages' | 'touchpoints' | 'personas' | 'stakeholders' | 'channels' | 'kpis' | 'flows'>;

/** Matches and compares the parts of one journey's two versions. */
export class JourneyParts {
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

    diff(): JourneyPartsDiff {
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
            flows: diffFlows(this.before, this.after, this.renames.touchpoint)
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
            return markMoved(diffs, { fromIndex: before.index, toIndex: after.index }, 'stage', after, { index: after.index });
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
            return markMoved(diffs, move, 'touchpoint', after, stage);
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
}

function merge(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): Map<string, string> {
    return new Map([...first, ...second]);
}

/**
 * An element's diff marked as moved; a moved element without other changes gets a `changed`
 * diff of its own, placed by `placement` (a stage's index, a touchpoint's stage).
 */
function markMoved(
    diffs: ElementDiff[],
    move: Move,
    kind: 'stage' | 'touchpoint',
    after: Stage | Touchpoint,
    placement: Pick<ElementDiff, 'index' | 'stage'>
): ElementDiff[] {
    const [existing] = diffs;
    if (existing) {
        return [{ ...existing, moved: move }];
    }
    return [{ kind, status: 'changed', id: after.id, title: after.title, ...placement, moved: move, changes: [], line: lineOf(after) }];
}
