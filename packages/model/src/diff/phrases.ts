/**
 * A diff's changes as short phrases a reviewer reads ("emotion pleased → frustrated
 * (worse)", "+ pain “Shipping costs appear late”"), the same words in every format. The
 * `Style` decides how user text, words and emphasis look: plain for the terminal, escaped
 * Markdown for PR comments.
 */
import type { ElementDiff, ElementRef, JourneyChange, Move, PropertyChange, ValueChange } from './journey-diff.js';

export interface Style {
    /** Text a user wrote (titles, pains…), quoted. */
    text(value: string): string;
    /** A word of the language or an id (`web`, `pleased`, `Finance`). */
    word(value: string): string;
    /** The new value of a change, to catch the eye. */
    strong(value: string): string;
    /** An emotion word (Markdown adds its face). */
    emotion(value: string): string;
    /** Marks for added and removed list items. */
    added: string;
    removed: string;
}

/** Facts whose values are words of the language, ids or numbers rather than free text. */
const WORD_VALUES = new Set([
    'emotion',
    'channel',
    'persona',
    'owner',
    'type',
    'power',
    'interest',
    'attitude',
    'quadrant',
    'stage',
    'better',
    'mode',
    'current',
    'target',
    'benchmark',
    'gap to target'
]);

/** Lists whose items are ids; the items of every other list are texts. */
const ID_LISTS = new Set(['involves', 'influences']);

/** How a move of a number or a scale reads, per property. */
const DIRECTION_WORDS: Readonly<Record<string, { up: string; down: string }>> = {
    'gap to target': { up: 'wider', down: 'narrower' },
    target: { up: 'raised', down: 'lowered' },
    power: { up: 'up', down: 'down' },
    interest: { up: 'up', down: 'down' }
};

export function describeChanges(element: ElementDiff, style: Style): string[] {
    const phrases: string[] = [];
    if (element.renamedFrom) {
        phrases.push(`renamed from ${style.word(element.renamedFrom)}`);
    }
    if (element.moved) {
        phrases.push(describeMove(element.moved, style));
    }
    return [...phrases, ...element.changes.flatMap(change => describeChange(change, style))];
}

export function describeMove(move: Move, style: Style): string {
    if (move.fromStage && move.toStage) {
        return `moved from stage ${style.text(move.fromStage.title)} to ${style.text(move.toStage.title)}`;
    }
    return `moved from position ${move.fromIndex + 1} to ${move.toIndex + 1}`;
}

export function describeChange(change: PropertyChange, style: Style): string[] {
    if (change.type === 'list') {
        const item = (value: string) => (ID_LISTS.has(change.property) ? style.word(value) : style.text(value));
        return [
            ...change.added.map(value => `${style.added} ${change.property} ${item(value)}`),
            ...change.removed.map(value => `${style.removed} ${change.property} ${item(value)}`)
        ];
    }
    const show = (value: string) => formatValue(change.property, value, style);
    if (change.property === 'answers' && change.subject !== undefined) {
        // Version 2: the pain an opportunity answers (a re-paired opportunity is a change).
        const opportunity = `opportunity ${style.text(change.subject)}`;
        if (change.before === undefined) return [`${opportunity} now answers ${style.strong(show(change.after!))}`];
        if (change.after === undefined) return [`${opportunity} no longer answers ${show(change.before)}`];
        return [`${opportunity} answers ${show(change.before)} → ${style.strong(show(change.after))}`];
    }
    const label = labelOf(change, style);
    if (change.before === undefined) {
        return [`${label} set to ${style.strong(show(change.after!))}`];
    }
    if (change.after === undefined) {
        return [`${label} ${show(change.before)} removed`];
    }
    return [`${label} ${show(change.before)} → ${style.strong(show(change.after))}${trend(change)}`];
}

/** `emotion`, `benchmark “Market leader”`, `evidence for pain “…”:`. */
function labelOf(change: ValueChange, style: Style): string {
    if (change.subject === undefined) {
        return change.property;
    }
    if (change.property === 'emotion') {
        // Version 2: a persona's own emotion on the step.
        return `emotion for ${change.subject}`;
    }
    return change.property === 'evidence'
        ? `evidence for pain ${style.text(change.subject)}:`
        : `${change.property} ${style.text(change.subject)}`;
}

function formatValue(property: string, value: string, style: Style): string {
    if (property === 'emotion') {
        return style.emotion(value);
    }
    return WORD_VALUES.has(property) ? style.word(value) : style.text(value);
}

function trend(change: ValueChange): string {
    const words = [change.direction ? DIRECTION_WORDS[change.property]?.[change.direction] : undefined, change.verdict].filter(
        word => word !== undefined
    );
    return words.length > 0 ? ` (${words.join(', ')})` : '';
}

/** "Stage › Touchpoint", as reviewers locate a touchpoint. */
export function placeOf(element: ElementDiff, style: Style): string {
    return element.stage ? `${style.text(element.stage.title)} › ${style.text(element.title)}` : style.text(element.title);
}

export function refText(ref: ElementRef, style: Style): string {
    return style.text(ref.title);
}

/** Every element a journey's diff touched, in the order the outputs list them. */
export function journeyElements(journey: JourneyChange): ElementDiff[] {
    return [...journey.stages, ...journey.touchpoints, ...journey.kpis, ...journey.stakeholders, ...journey.personas, ...journey.channels];
}
