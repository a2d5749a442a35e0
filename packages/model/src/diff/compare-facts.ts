/**
 * Small comparisons every element diff is made of: a single fact, a list of texts, a fact on
 * an ordered scale. Each returns nothing when the two sides agree, so callers just concatenate.
 */
import type { ListChange, ValueChange } from './journey-diff.js';

/** A single-valued fact; `undefined` on one side means it was added or removed. */
export function compareValue(
    property: string,
    before: string | undefined,
    after: string | undefined,
    extra: Partial<ValueChange> = {}
): ValueChange[] {
    if (before === after) {
        return [];
    }
    return [{ type: 'value', property, ...defined({ before, after }), ...extra }];
}

/**
 * A fact on an ordered scale (worst or lowest first): says whether it went up or down, and,
 * when `upIsBetter` is given, whether that is better or worse.
 */
export function compareOnScale<W extends string>(
    property: string,
    scale: readonly W[],
    before: W | undefined,
    after: W | undefined,
    upIsBetter?: boolean
): ValueChange[] {
    if (before === undefined || after === undefined || before === after) {
        return compareValue(property, before, after);
    }
    const up = scale.indexOf(after) > scale.indexOf(before);
    return compareValue(property, before, after, {
        direction: up ? 'up' : 'down',
        ...(upIsBetter === undefined ? {} : { verdict: up === upIsBetter ? 'better' : 'worse' })
    });
}

/** A number: says whether it went up or down, and with `higherIsBetter`, whether that is better. */
export function compareNumber(
    property: string,
    before: { value: number; text: string } | undefined,
    after: { value: number; text: string } | undefined,
    higherIsBetter?: boolean,
    subject?: string
): ValueChange[] {
    const subjectPart = subject === undefined ? {} : { subject };
    if (before === undefined || after === undefined || before.value === after.value) {
        return before?.text === after?.text ? [] : compareValue(property, before?.text, after?.text, subjectPart);
    }
    const up = after.value > before.value;
    return compareValue(property, before.text, after.text, {
        ...subjectPart,
        direction: up ? 'up' : 'down',
        ...(higherIsBetter === undefined ? {} : { verdict: up === higherIsBetter ? 'better' : 'worse' })
    });
}

/** Items of a repeatable property, compared as multisets of texts (order changes are not reported). */
export function compareList(property: string, before: readonly string[], after: readonly string[]): ListChange[] {
    const remaining = new Map<string, number>();
    before.forEach(item => remaining.set(item, (remaining.get(item) ?? 0) + 1));
    const added: string[] = [];
    for (const item of after) {
        const count = remaining.get(item) ?? 0;
        if (count > 0) {
            remaining.set(item, count - 1);
        } else {
            added.push(item);
        }
    }
    const removed: string[] = [];
    for (const item of before) {
        const count = remaining.get(item) ?? 0;
        if (count > 0) {
            remaining.set(item, count - 1);
            removed.push(item);
        }
    }
    return added.length + removed.length === 0 ? [] : [{ type: 'list', property, added, removed }];
}

function defined<T extends object>(record: T): Partial<T> {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A diff table's entry for a single-valued text field `key`, reported as `property` (by default its name). */
export function valueField<K extends string>(key: K, property: string = key) {
    return <T extends { readonly [P in K]?: string }>(before: T, after: T): ValueChange[] =>
        compareValue(property, before[key], after[key]);
}

/** A diff table's entry for a list-of-texts field `key`, its items reported as `property`. */
export function listField<K extends string>(key: K, property: string) {
    return <T extends { readonly [P in K]: readonly string[] }>(before: T, after: T): ListChange[] =>
        compareList(property, before[key], after[key]);
}
