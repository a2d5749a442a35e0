/**
 * Pure computations on journey facts, shared by the model builder, the validator, hover,
 * the renderers and the diff so they never disagree.
 */
import type { Gap, Quantity } from './journey-model.js';
import { EMOTION_SCORE, type BetterDirection, type Emotion, type Level, type Quadrant } from './vocabulary.js';

/**
 * Places a stakeholder on Mendelow's power/interest grid. The language has three levels and
 * the grid two halves: only `high` counts as the high half, so `medium` stakeholders are
 * kept informed or monitored, not managed closely.
 */
export function quadrantOf(power: Level, interest: Level): Quadrant {
    const highPower = power === 'high';
    const highInterest = interest === 'high';
    if (highPower) {
        return highInterest ? 'manage-closely' : 'keep-satisfied';
    }
    return highInterest ? 'keep-informed' : 'monitor';
}

export function emotionScore(emotion: Emotion): number {
    return EMOTION_SCORE[emotion];
}

/** Rounds away binary floating-point noise (3.1 - 2 = 1.1000000000000001). */
export function roundNumber(value: number, decimals = 9): number {
    const factor = 10 ** decimals;
    const rounded = Math.round(value * factor) / factor;
    return Object.is(rounded, -0) ? 0 : rounded;
}

export function formatNumber(value: number): string {
    return String(roundNumber(value));
}

export function formatQuantity(value: number, percent: boolean): string {
    return formatNumber(value) + (percent ? '%' : '');
}

/**
 * A number as people read it: thousands grouped ("1040" → "1,040"), decimals as written. Works
 * on the start of a text ("1040%"), the same in every runtime (no locale data).
 */
export function readableNumber(text: string): string {
    return text.replace(/^(-?)(\d{4,})/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** An amount with the KPI's unit, in the singular for exactly one: "1 day", "3 days", "1 day per quarter". */
export function amountWithUnit(text: string, unit: string | undefined): string {
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
    return text.endsWith('%') ? `${readableNumber(text.slice(0, -1))} pp` : amountWithUnit(text, unit);
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
    const singular = /[^aeiou]ies$/i.test(word) ? `${word.slice(0, -3)}y`
        : /(ch|sh|x|z)es$/i.test(word) ? word.slice(0, -2)
            : word.slice(0, -1);
    return singular + match[2];
}

/**
 * The gap from `current` to `reference` in the KPI's `better` direction, or undefined when
 * the two cannot be compared (one is a percentage and the other is not).
 */
export function gapBetween(current: Quantity, reference: Quantity, better: BetterDirection): Gap | undefined {
    if (current.percent !== reference.percent) {
        return undefined;
    }
    const difference = better === 'higher' ? reference.value - current.value : current.value - reference.value;
    const shortBy = roundNumber(difference);
    return {
        shortBy,
        meets: shortBy <= 0,
        text: formatQuantity(Math.abs(shortBy), current.percent)
    };
}

/** Mean of scores rounded to 2 decimals, or undefined for none. */
export function averageScore(scores: readonly number[]): number | undefined {
    if (scores.length === 0) {
        return undefined;
    }
    const sum = scores.reduce((total, score) => total + score, 0);
    return roundNumber(sum / scores.length, 2);
}

/** The emotion word closest to a score (used to describe an average in words). */
export function emotionForScore(score: number): Emotion {
    const rounded = Math.min(5, Math.max(1, Math.round(score)));
    const entry = Object.entries(EMOTION_SCORE).find(([, value]) => value === rounded);
    return (entry?.[0] ?? 'neutral') as Emotion;
}
