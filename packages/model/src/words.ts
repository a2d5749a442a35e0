// How the model's numbers and kinds are said in words, shared by every output (messages,
// hover, Markdown, the map), so the same count reads the same everywhere.
import type { ElementDiff } from './diff/journey-diff.js';
import type { Benchmark, Journey } from './journey-model.js';

/** "1 stage", "2 stages", "1,040 touchpoints"; `pluralWord` for irregular nouns. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
    return `${readableNumber(String(count))} ${count === 1 ? word : pluralWord}`;
}

/**
 * A number as people read it: thousands grouped ("1040" → "1,040"), decimals as written. Works
 * on the start of a text ("1040%"), the same in every runtime (no locale data).
 */
export function readableNumber(text: string): string {
    return text.replace(/^(-?)(\d{4,})/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** An amount with the KPI's unit, in the singular for exactly one: "1 day", "3 days", "1 day per quarter". */
export function withUnit(text: string, unit: string | undefined): string {
    const readable = readableNumber(text);
    if (!unit) {
        return readable;
    }
    return `${readable} ${/^-?1$/.test(text) ? singularUnit(unit) : unit}`;
}

/**
 * A gap as people read it. Between two percentages it is in percentage points ("61% vs 75%" is
 * "14 pp", not "14%", which would read as 14 percent of 75); otherwise the amount with its unit.
 */
export function gapWithUnit(text: string, unit: string | undefined): string {
    return text.endsWith('%') ? `${readableNumber(text.slice(0, -1))} pp` : withUnit(text, unit);
}

/**
 * The unit's first word in the singular when it is a plain English plural ("days" → "day",
 * "replies" → "reply", "boxes" → "box"); anything else ("ms", "out of 10", "kWh") unchanged.
 */
function singularUnit(unit: string): string {
    const match = /^([A-Za-z]{3,})(\b.*)$/s.exec(unit);
    if (!match || !/[^su]s$/i.test(match[1]) || /(ss|us|is)$/i.test(match[1])) {
        return unit;
    }
    const word = match[1];
    const singular = /[^aeiou]ies$/i.test(word)
        ? `${word.slice(0, -3)}y`
        : /(ch|sh|x|z)es$/i.test(word)
          ? word.slice(0, -2)
          : word.slice(0, -1);
    return singular + match[2];
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

/**
 * Whose a benchmark is, its source and date, as written in a Markdown output (the export, the
 * hover) with its `escape`: ` (Leader, annual report, at 2025)`; empty when none is given.
 */
export function benchmarkSource(benchmark: Benchmark, journey: Journey, escape: (text: string) => string): string {
    const competitor =
        benchmark.competitorId && (journey.competitors.find(item => item.id === benchmark.competitorId)?.title ?? benchmark.competitorId);
    const parts = [
        competitor && escape(competitor),
        benchmark.source && escape(benchmark.source),
        benchmark.date && `at ${escape(benchmark.date)}`
    ].filter(Boolean);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
