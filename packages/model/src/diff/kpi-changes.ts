/**
 * What changed in a KPI: its values in the KPI's `better` direction, its gap to target, its
 * benchmarks (matched by competitor or source), history, status and trend.
 */
import type { Benchmark, Kpi, Quantity } from '../journey-model.js';
import { gapWithUnit, withUnit } from '../words.js';
import { compareList, compareNumber, compareValue, valueField } from './compare-facts.js';
import { compareFields, compareLaterIds, DERIVED, ID, LOCATION, renamed, type FieldDiff, type Renames } from './field-diff.js';
import type { PropertyChange } from './journey-diff.js';
import { evidenceField } from './v2-changes.js';

const higherIsBetter = (kpi: Kpi) => kpi.better === 'higher';

export const KPI_FIELDS = {
    id: ID,
    title: valueField('title'),
    stageId: (before, after, renames) => compareValue('stage', renamed(renames.stage, before.stageId), after.stageId),
    stageIds: (before, after, renames) => compareLaterIds('stage', before.stageIds, after.stageIds, renames.stage),
    ownerId: (before, after, renames) => compareValue('owner', renamed(renames.stakeholder, before.ownerId), after.ownerId),
    better: valueField('better'),
    unit: valueField('unit'),
    current: (before, after) =>
        compareNumber(
            'current',
            quantityWithUnit(before.current, before.unit),
            quantityWithUnit(after.current, after.unit),
            higherIsBetter(after)
        ),
    target: (before, after) =>
        compareNumber('target', quantityWithUnit(before.target, before.unit), quantityWithUnit(after.target, after.unit)),
    targetDate: valueField('targetDate', 'target date'),
    history: (before, after) => compareList('history', historyTexts(before), historyTexts(after)),
    benchmarks: (before, after) => benchmarkChanges(before, after, higherIsBetter(after)),
    gapToTarget: (before, after) => gapChanges(before, after),
    status: { ignored: 'derived from current and target: their changes and the gap to target say it' },
    trend: { ignored: 'derived from history and current, whose changes are reported' },
    evidence: evidenceField,
    description: valueField('description'),
    mixedUnits: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Kpi, FieldDiff<Kpi>>;

export const BENCHMARK_FIELDS = {
    value: { ignored: 'compared per benchmark, matched by its competitor or source' },
    source: { ignored: 'the key benchmarks are matched by' },
    competitorId: { ignored: 'the key benchmarks are matched by' },
    date: { ignored: 'compared per benchmark, matched by its competitor or source' },
    gap: DERIVED,
    loc: LOCATION
} satisfies Record<keyof Benchmark, FieldDiff<Benchmark>>;

export function kpiChanges(before: Kpi, after: Kpi, renames: Renames): PropertyChange[] {
    return compareFields(KPI_FIELDS, before, after, renames);
}

function historyTexts(kpi: Kpi): string[] {
    return kpi.history.map(measurement => `${measurement.when}: ${withUnit(measurement.value.text, kpi.unit)}`);
}

/** Benchmarks are matched by their competitor, else their source ("Industry leader"); unnamed ones by position. */
function benchmarkChanges(before: Kpi, after: Kpi, higherIsBetter: boolean): PropertyChange[] {
    const keyOf = (benchmark: Benchmark, index: number) =>
        [benchmark.competitorId, benchmark.source].filter(part => part !== undefined).join(' ') || `#${index + 1}`;
    const keyed = (kpi: Kpi) => kpi.benchmarks.map((benchmark, index) => ({ key: keyOf(benchmark, index), benchmark }));
    const beforeByKey = new Map(keyed(before).map(entry => [entry.key, entry.benchmark]));
    const afterKeyed = keyed(after);
    const afterKeys = new Set(afterKeyed.map(entry => entry.key));
    const describe = (kpi: Kpi, key: string, value: Quantity) => `${quantityWithUnit(value, kpi.unit)!.text} (${key})`;
    const changed = afterKeyed
        .filter(entry => beforeByKey.has(entry.key))
        .flatMap(entry => [
            ...compareNumber(
                'benchmark',
                quantityWithUnit(beforeByKey.get(entry.key)!.value, before.unit),
                quantityWithUnit(entry.benchmark.value, after.unit),
                higherIsBetter,
                entry.key
            ),
            ...compareValue('benchmark date', beforeByKey.get(entry.key)!.date, entry.benchmark.date, { subject: entry.key })
        ]);
    const added = afterKeyed.filter(entry => !beforeByKey.has(entry.key)).map(entry => describe(after, entry.key, entry.benchmark.value));
    const removed = keyed(before)
        .filter(entry => !afterKeys.has(entry.key))
        .map(entry => describe(before, entry.key, entry.benchmark.value));
    return [...changed, ...(added.length + removed.length > 0 ? [{ type: 'list' as const, property: 'benchmark', added, removed }] : [])];
}

/** The gap to target grew (worse) or shrank (better); "met" when current meets the target. */
function gapChanges(before: Kpi, after: Kpi): PropertyChange[] {
    const gapBefore = before.gapToTarget;
    const gapAfter = after.gapToTarget;
    const text = (kpi: Kpi) =>
        kpi.gapToTarget ? (kpi.gapToTarget.meets ? 'met' : gapWithUnit(kpi.gapToTarget.text, kpi.unit)) : undefined;
    if (!gapBefore || !gapAfter) {
        return compareValue('gap to target', text(before), text(after));
    }
    const shortBefore = Math.max(0, gapBefore.shortBy);
    const shortAfter = Math.max(0, gapAfter.shortBy);
    if (shortBefore === shortAfter) {
        return [];
    }
    const grew = shortAfter > shortBefore;
    return compareValue('gap to target', text(before), text(after), {
        direction: grew ? 'up' : 'down',
        verdict: grew ? 'worse' : 'better'
    });
}

function quantityWithUnit(quantity: Quantity | undefined, unit: string | undefined): { value: number; text: string } | undefined {
    if (!quantity) {
        return undefined;
    }
    return { value: quantity.value, text: withUnit(quantity.text, unit) };
}
