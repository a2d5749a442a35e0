/**
 * The building blocks of the per-kind diff tables (element-changes.ts, kpi-changes.ts,
 * research-changes.ts): renames, and how one field of a model type is treated.
 */
import { compareList } from './compare-facts.js';
import type { ListChange, PropertyChange } from './journey-diff.js';
import { ATTITUDES, EMOTIONS } from '../vocabulary.js';

/** Old id → new id, per kind of element referred to. */
export interface Renames {
    stage: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    persona: ReadonlyMap<string, string>;
    stakeholder: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = {
    stage: new Map(),
    touchpoint: new Map(),
    persona: new Map(),
    stakeholder: new Map(),
    channel: new Map()
};

/** An old id as it is called now. */
export function renamed(map: ReadonlyMap<string, string>, id: string): string;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined;
export function renamed(map: ReadonlyMap<string, string>, id: string | undefined): string | undefined {
    return id === undefined ? undefined : (map.get(id) ?? id);
}

/** Emotions worst first, so "up" is better. */
export const EMOTION_SCALE = [...EMOTIONS].reverse();
/** Attitudes least favourable first, so "up" is better. */
export const ATTITUDE_SCALE = [...ATTITUDES].reverse();

/**
 * How the diff treats one field of a model type: compared (a function giving its changes) or
 * deliberately not compared, with the reason. Each table below `satisfies Record<keyof T, …>`,
 * so adding a field to the model does not compile until the diff says what it does with it —
 * a review tool must never report "no changes" for a change it forgot. Compared fields are
 * listed in the order their changes are reported.
 */
export type FieldDiff<T> = ((before: T, after: T, renames: Renames) => PropertyChange[]) | { readonly ignored: string };

export const ID = { ignored: 'the identity elements are matched by (renames are reported as such)' } as const;
export const LOCATION = { ignored: 'where it is written, not what it says' } as const;
export const ORDER = { ignored: 'position: moves are reported by the matcher, not as a property' } as const;
export const CHILDREN = { ignored: 'child elements are matched and reported on their own' } as const;
export const DERIVED = { ignored: 'derived from other fields, whose changes are reported' } as const;
export const SCOPE = { ignored: 'where it is defined: a shared definition moved into a journey is the same element' } as const;

export function compareFields<T>(fields: Readonly<Record<keyof T, FieldDiff<T>>>, before: T, after: T, renames: Renames): PropertyChange[] {
    return Object.values<FieldDiff<T>>(fields).flatMap(field => (typeof field === 'function' ? field(before, after, renames) : []));
}

/** The comparison of an element kind that refers to nothing renamable (journeys, personas, channels). */
export function changesWithoutRenames<T>(fields: Readonly<Record<keyof T, FieldDiff<T>>>): (before: T, after: T) => PropertyChange[] {
    return (before, after) => compareFields(fields, before, after, NO_RENAMES);
}

/** The ids after the first (which is compared as a single value), as a list, old ids as they are called now. */
export function compareLaterIds(
    property: string,
    before: readonly string[],
    after: readonly string[],
    renames: ReadonlyMap<string, string>
): ListChange[] {
    return compareList(
        property,
        before.slice(1).map(id => renamed(renames, id)),
        after.slice(1)
    );
}
