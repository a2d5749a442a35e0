/** Shared by the journey and the shared-definitions diffs: content keys for matching, and one element's diff. */
import type { SourceLocation } from '../journey-model.js';
import type { DiffElementKind, ElementDiff, ElementRef, PropertyChange } from './journey-diff.js';
import type { Pair } from './match-elements.js';

export interface Located {
    id: string;
    title: string;
    loc?: SourceLocation;
}

/** What an element says apart from its name, place and file: two with the same key are one element renamed. */
const IGNORED_IN_CONTENT = new Set(['loc', 'id', 'title', 'index', 'file']);

export function contentKey(value: unknown): string {
    return JSON.stringify(value, (key, inner: unknown) => (IGNORED_IN_CONTENT.has(key) ? undefined : inner));
}

export function lineOf(element: Located): number | undefined {
    return element.loc ? element.loc.range.start.line + 1 : undefined;
}

export function ref(element: Located): ElementRef {
    return { id: element.id, title: element.title };
}

/** An element diff from a pair, or nothing when the element is unchanged. */
export function elementDiff<T extends Located>(
    kind: DiffElementKind,
    pair: Pair<T>,
    changesOf: (before: T, after: T) => PropertyChange[],
    extra: (element: T) => Partial<ElementDiff> = () => ({})
): ElementDiff[] {
    const { before, after } = pair;
    const element = (after ?? before)!;
    const base = { kind, id: element.id, title: element.title, ...extra(element) };
    const line = lineOf(element);
    const located = line === undefined ? {} : { line };
    if (!before || !after) {
        return [{ ...base, status: before ? 'removed' : 'added', changes: [], ...located }];
    }
    const changes = changesOf(before, after);
    const renamedFrom = before.id !== after.id ? { renamedFrom: before.id } : {};
    if (changes.length === 0 && !('renamedFrom' in renamedFrom)) {
        return [];
    }
    return [{ ...base, status: 'changed', ...renamedFrom, changes, ...located }];
}
