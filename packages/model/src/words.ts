// How the model's numbers and kinds are said in words, shared by every output (messages,
// hover, Markdown, the map), so the same count reads the same everywhere.
import type { ElementDiff } from './diff/journey-diff.js';

/** 12345 → "12,345", the same in every runtime (no locale data needed). */
export function groupDigits(count: number): string {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 stage", "2 stages", "1,040 touchpoints"; `pluralWord` for irregular nouns. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
    return `${groupDigits(count)} ${count === 1 ? word : pluralWord}`;
}

/** "12 days" when there is a unit, else "12". */
export function withUnit(text: string, unit: string | undefined): string {
    return unit ? `${text} ${unit}` : text;
}

/** The word for each kind of element, as a user says it. */
export const KIND_WORD: Readonly<Record<ElementDiff['kind'], string>> = {
    journey: 'journey',
    stage: 'stage',
    touchpoint: 'touchpoint',
    persona: 'persona',
    stakeholder: 'stakeholder',
    channel: 'channel',
    kpi: 'KPI'
};
