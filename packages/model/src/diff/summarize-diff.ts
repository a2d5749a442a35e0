/**
 * Counts a diff's changes in a fixed reading order ("1 touchpoint moved, 1 emotion worse,
 * 1 pain added, 1 KPI changed"), for the one-line summary every format starts with.
 */
import type { DiffSummary, ElementDiff, JourneyChange, ListChange, SummaryItem } from './journey-diff.js';

/** Each counted kind: its key, and how one and several read. */
const COUNTED: readonly [key: string, one: string, many: string][] = [
    ['journey-added', 'journey added', 'journeys added'],
    ['journey-removed', 'journey removed', 'journeys removed'],
    ['journey-renamed', 'journey renamed', 'journeys renamed'],
    ['journey-edited', 'journey edited', 'journeys edited'],
    ['stage-added', 'stage added', 'stages added'],
    ['stage-removed', 'stage removed', 'stages removed'],
    ['stage-moved', 'stage moved', 'stages moved'],
    ['stage-renamed', 'stage renamed', 'stages renamed'],
    ['stage-edited', 'stage edited', 'stages edited'],
    ['touchpoint-added', 'touchpoint added', 'touchpoints added'],
    ['touchpoint-removed', 'touchpoint removed', 'touchpoints removed'],
    ['touchpoint-moved', 'touchpoint moved', 'touchpoints moved'],
    ['touchpoint-renamed', 'touchpoint renamed', 'touchpoints renamed'],
    ['emotion-better', 'emotion better', 'emotions better'],
    ['emotion-worse', 'emotion worse', 'emotions worse'],
    ['emotion-set', 'emotion set', 'emotions set'],
    ['emotion-unset', 'emotion removed', 'emotions removed'],
    ['pain-added', 'pain added', 'pains added'],
    ['pain-removed', 'pain removed', 'pains removed'],
    ['opportunity-added', 'opportunity added', 'opportunities added'],
    ['opportunity-removed', 'opportunity removed', 'opportunities removed'],
    ['touchpoint-edited', 'touchpoint edited', 'touchpoints edited'],
    ['flow-added', 'flow step added', 'flow steps added'],
    ['flow-removed', 'flow step removed', 'flow steps removed'],
    ['kpi-added', 'KPI added', 'KPIs added'],
    ['kpi-removed', 'KPI removed', 'KPIs removed'],
    ['kpi-changed', 'KPI changed', 'KPIs changed'],
    ['stakeholder-added', 'stakeholder added', 'stakeholders added'],
    ['stakeholder-removed', 'stakeholder removed', 'stakeholders removed'],
    ['stakeholder-quadrant', 'stakeholder changed quadrant', 'stakeholders changed quadrant'],
    ['stakeholder-changed', 'stakeholder changed', 'stakeholders changed'],
    ['persona-added', 'persona added', 'personas added'],
    ['persona-removed', 'persona removed', 'personas removed'],
    ['persona-changed', 'persona changed', 'personas changed'],
    ['channel-added', 'channel added', 'channels added'],
    ['channel-removed', 'channel removed', 'channels removed'],
    ['channel-changed', 'channel changed', 'channels changed']
];

/** Touchpoint facts the summary counts on their own; any other change is "touchpoint edited". */
const COUNTED_TOUCHPOINT_FACTS = new Set(['emotion', 'pain', 'opportunity']);

export function summarizeDiff(journeys: readonly JourneyChange[], shared: readonly ElementDiff[]): DiffSummary {
    const counts = new Map<string, number>();
    const add = (key: string, count = 1) => counts.set(key, (counts.get(key) ?? 0) + count);
    for (const journey of journeys) {
        countJourney(journey, add);
    }
    shared.forEach(element => countElement(element, add));
    const items: SummaryItem[] = COUNTED.filter(([key]) => (counts.get(key) ?? 0) > 0).map(([key, one, many]) => {
        const count = counts.get(key)!;
        return { key, count, text: `${count} ${count === 1 ? one : many}` };
    });
    return { identical: items.length === 0, items };
}

type Add = (key: string, count?: number) => void;

function countJourney(journey: JourneyChange, add: Add): void {
    if (journey.status !== 'changed') {
        add(`journey-${journey.status}`);
        return;
    }
    if (journey.renamedFrom) {
        add('journey-renamed');
    }
    if (journey.changes.length > 0) {
        add('journey-edited');
    }
    [...journey.stages, ...journey.touchpoints, ...journey.personas, ...journey.stakeholders, ...journey.channels, ...journey.kpis].forEach(
        element => countElement(element, add)
    );
    add('flow-added', journey.flows.added.length);
    add('flow-removed', journey.flows.removed.length);
}

function countElement(element: ElementDiff, add: Add): void {
    if (element.status !== 'changed') {
        add(`${element.kind}-${element.status}`);
        return;
    }
    switch (element.kind) {
        case 'stage':
        case 'touchpoint':
            countPlaced(element, add);
            break;
        case 'stakeholder':
            add(element.changes.some(change => change.property === 'quadrant') ? 'stakeholder-quadrant' : 'stakeholder-changed');
            break;
        default:
            add(`${element.kind}-changed`);
    }
}

/** Stages and touchpoints: moves, renames and (for touchpoints) emotions, pains and opportunities on their own. */
function countPlaced(element: ElementDiff, add: Add): void {
    if (element.moved) {
        add(`${element.kind}-moved`);
    }
    if (element.renamedFrom) {
        add(`${element.kind}-renamed`);
    }
    if (element.kind === 'stage') {
        if (element.changes.length > 0) {
            add('stage-edited');
        }
        return;
    }
    for (const change of element.changes) {
        if (change.property === 'emotion' && change.type === 'value') {
            add(change.verdict ? `emotion-${change.verdict}` : change.after ? 'emotion-set' : 'emotion-unset');
        } else if (change.property === 'pain' || change.property === 'opportunity') {
            add(`${change.property}-added`, (change as ListChange).added.length);
            add(`${change.property}-removed`, (change as ListChange).removed.length);
        }
    }
    if (element.changes.some(change => !COUNTED_TOUCHPOINT_FACTS.has(change.property))) {
        add('touchpoint-edited');
    }
}
