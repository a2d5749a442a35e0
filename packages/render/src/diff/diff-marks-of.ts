/**
 * The semantic diff of a journey as the marks of its visual diff (`cjourney render --diff`):
 * which drawn groups are new or changed, with the same phrases as `cjourney diff`, and which
 * elements were removed. The renderer only draws what this decides.
 */
import {
    describeChanges,
    type ElementDiff,
    type FlowEdge,
    type Journey,
    type JourneyChange,
    type JourneyDiff,
    journeyElements,
    KIND_WORD,
    noChangedParts,
    type ListChange,
    placeOf,
    type Style,
    summarizeDiff,
    type Touchpoint
} from '@cjourney/model';
import type { DiffMarkedElement, DiffMarks, DiffRemovedElement, DiffTarget } from './diff-marks.js';

/** Phrases for a drawing: user text in typographic quotes; the renderer escapes it. */
const drawing: Style = {
    text: value => `“${value}”`,
    word: value => value,
    strong: value => value,
    emotion: value => value,
    added: '+',
    removed: '−'
};

/** The groups that draw an element (channels are drawn only as labels of touchpoints). */
function targetsOf(element: ElementDiff): DiffTarget[] {
    switch (element.kind) {
        case 'channel':
        case 'journey':
            return [];
        case 'touchpoint': {
            const emotionChanged = element.changes.some(change => change.type === 'value' && change.property === 'emotion');
            const emotion: DiffTarget[] = emotionChanged && element.status === 'changed' ? [{ kind: 'emotion', modelId: element.id }] : [];
            return [{ kind: 'touchpoint', modelId: element.id }, ...emotion];
        }
        default:
            return [{ kind: element.kind, modelId: element.id }];
    }
}

/**
 * The cards of a kept touchpoint's opportunities whose own facts changed (status, owner,
 * impact, effort, the pain answered): each change names its opportunity as its subject, so
 * the opportunity's card is marked with its touchpoint's changes (the portfolio shows it).
 */
function changedOpportunities(element: ElementDiff, touchpoint: Touchpoint | undefined): DiffTarget[] {
    if (!touchpoint || element.status !== 'changed') return [];
    const subjects = new Set(element.changes.flatMap(change => (change.type === 'value' && change.subject ? [change.subject] : [])));
    return touchpoint.opportunities.flatMap((opportunity, index) =>
        subjects.has(opportunity.text) ? [{ kind: 'opportunity' as const, modelId: touchpoint.id, index }] : []
    );
}

function labelOf(element: ElementDiff): string {
    const place = element.kind === 'touchpoint' ? placeOf(element, { ...drawing, text: value => value }) : element.title;
    return element.kind === 'touchpoint'
        ? place
        : `${KIND_WORD[element.kind][0].toUpperCase()}${KIND_WORD[element.kind].slice(1)} ${place}`;
}

function listChanges(element: ElementDiff, property: string): ListChange[] {
    return element.changes.filter((change): change is ListChange => change.type === 'list' && change.property === property);
}

/** Pains and opportunities added to a touchpoint that stays: their own cards are new. */
function addedNotes(element: ElementDiff, touchpoint: Touchpoint | undefined): DiffMarkedElement[] {
    if (!touchpoint) return [];
    return (['pain', 'opportunity'] as const).flatMap(property =>
        listChanges(element, property).flatMap(change =>
            change.added.map((text): DiffMarkedElement => {
                const notes = property === 'pain' ? touchpoint.pains : touchpoint.opportunities;
                const targets = notes.flatMap((note, index) =>
                    note.text === text ? [{ kind: property, modelId: element.id, index }] : []
                );
                return { status: 'added', targets, label: `${property} “${text}”`, changes: [] };
            })
        )
    );
}

function removedNotes(element: ElementDiff): DiffRemovedElement[] {
    return (['pain', 'opportunity'] as const).flatMap(property =>
        listChanges(element, property).flatMap(change =>
            change.removed.map(text => ({ kind: property, title: text, where: `was on ${labelOf(element)}` }))
        )
    );
}

function removedElement(element: ElementDiff): DiffRemovedElement {
    const where =
        element.kind === 'touchpoint' && element.stage
            ? `was in stage ${element.stage.title}`
            : element.kind === 'stage' && element.index !== undefined
              ? `was stage ${element.index + 1}`
              : undefined;
    return { kind: KIND_WORD[element.kind], title: element.title, where };
}

function edgeTitle(edge: FlowEdge): string {
    return `${edge.from.title} → ${edge.to.title}`;
}

function journeyMarks(change: JourneyChange, journey: Journey, shared: readonly ElementDiff[]): Pick<DiffMarks, 'elements' | 'removed'> {
    const elements: DiffMarkedElement[] = [];
    const removed: DiffRemovedElement[] = [];
    if (change.status === 'changed' && (change.changes.length > 0 || change.renamedFrom)) {
        elements.push({ status: 'changed', targets: [], label: 'The journey', changes: describeChanges(change, drawing) });
    }
    const touchpoints = new Map(journey.touchpoints.map(touchpoint => [touchpoint.id, touchpoint]));
    for (const element of [...journeyElements(change), ...shared]) {
        if (element.status === 'removed') {
            removed.push(removedElement(element));
            continue;
        }
        const changes = element.status === 'changed' ? describeChanges(element, drawing) : [];
        const opportunities = element.kind === 'touchpoint' ? changedOpportunities(element, touchpoints.get(element.id)) : [];
        elements.push({ status: element.status, targets: [...targetsOf(element), ...opportunities], label: labelOf(element), changes });
        if (element.kind === 'touchpoint' && element.status === 'changed') {
            elements.push(...addedNotes(element, touchpoints.get(element.id)));
            removed.push(...removedNotes(element));
        }
    }
    for (const edge of change.flows.added) {
        elements.push({
            status: 'added',
            targets: [{ kind: 'flow', modelId: `${edge.from.id}->${edge.to.id}` }],
            label: `flow ${edgeTitle(edge)}`,
            changes: []
        });
    }
    removed.push(...change.flows.removed.map(edge => ({ kind: 'flow step', title: edgeTitle(edge) })));
    return { elements, removed };
}

/**
 * The marks of the visual diff of `journey` (the one drawn, from the new version) against
 * the old version `against` names. A journey the diff does not list is unchanged.
 */
export function diffMarksFor(diff: JourneyDiff, journey: Journey, file: string, against: string): DiffMarks {
    const candidates = diff.journeys.filter(change => change.id === journey.id && change.status !== 'removed');
    const change = candidates.find(candidate => candidate.file === file) ?? candidates[0];
    const summary = summarizeDiff(change ? [change] : [], diff.shared).items.map(item => item.text);
    if (change?.status === 'added') {
        return { against, summary, elements: [], removed: [], note: `The journey is new: there is no journey ${journey.id} in ${against}` };
    }
    const marks = change ? journeyMarks(change, journey, diff.shared) : journeyMarks(emptyChange(journey, file), journey, diff.shared);
    return { against, summary, ...marks };
}

/** A journey that did not change, for the shared definitions that may have. */
function emptyChange(journey: Journey, file: string): JourneyChange {
    return {
        kind: 'journey',
        status: 'changed',
        id: journey.id,
        title: journey.title,
        file,
        changes: [],
        ...noChangedParts()
    };
}
