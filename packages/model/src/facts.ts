/**
 * Pure computations on journey facts, shared by the model builder, the validator, hover,
 * the renderers and the diff so they never disagree.
 */
import type { Gap, Quantity } from './journey-model.js';
import {
    EMOTION_SCORE,
    type BetterDirection,
    type Emotion,
    type KpiStatus,
    type KpiTrend,
    type Level,
    type PortfolioPlace,
    type Quadrant
} from './vocabulary.js';

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

/**
 * impact × effort on the opportunity portfolio. As on the power/interest grid, only `high`
 * counts as the high half, so `medium` is in the low half.
 */
export function portfolioOf(impact: Level, effort: Level): PortfolioPlace {
    if (impact === 'high') {
        return effort === 'high' ? 'big-bet' : 'quick-win';
    }
    return effort === 'high' ? 'money-pit' : 'fill-in';
}

/** met / close (gap at most 10 % of the target's magnitude) / off; unknown without both or with mixed units. */
export function kpiStatusOf(current: Quantity | undefined, target: Quantity | undefined, better: BetterDirection): KpiStatus {
    const gap = current && target ? gapBetween(current, target, better) : undefined;
    if (!gap || !target) {
        return 'unknown';
    }
    if (gap.meets) {
        return 'met';
    }
    return gap.shortBy <= Math.abs(target.value) * 0.1 ? 'close' : 'off';
}

/** The trend of the last two measurements, in the `better` direction; undefined with fewer than two or mixed units. */
export function kpiTrendOf(values: readonly Quantity[], better: BetterDirection): KpiTrend | undefined {
    if (values.length < 2) {
        return undefined;
    }
    const [previous, last] = values.slice(-2);
    if (previous.percent !== last.percent) {
        return undefined;
    }
    const change = roundNumber(last.value - previous.value);
    if (change === 0) {
        return 'flat';
    }
    return change > 0 === (better === 'higher') ? 'improving' : 'worsening';
}

/**
 * A sortable key for a date written as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn (the
 * first day of the period, as YYYY-MM-DD); undefined for other text, which is compared only
 * for equality.
 */
export function dateKey(text: string): string | undefined {
    const match = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, year, month, day, quarter, half] = match;
    const firstMonth = month ? Number(month) : quarter ? (Number(quarter) - 1) * 3 + 1 : half ? (Number(half) - 1) * 6 + 1 : 1;
    return `${year}-${String(firstMonth).padStart(2, '0')}-${day ?? '01'}`;
}
