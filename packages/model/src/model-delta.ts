/**
 * The difference between two versions of plain JSON data (a journey model), as the few
 * values that changed, and its application. The language server sends the live preview this
 * instead of the whole model after each edit: a keystroke changes a title or a touchpoint,
 * while a 1,000-touchpoint model is a megabyte of JSON to encode, send, decode and copy.
 */

/** One step of a path: an object's key or an array's index. */
export type ValuePathStep = string | number;

/** Set the value at `path` (the whole data when the path is empty). */
export interface ModelValueChange {
    path: ValuePathStep[];
    value: unknown;
}

/** Deep equality of plain data (objects, arrays, strings, numbers, booleans, null): same keys in the same order, same values. */
export function sameValue(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
        return true;
    }
    if (Array.isArray(b)) return false;
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    // The same keys in the same order: a model's key order reaches whatever iterates over it.
    const keys = Object.keys(left);
    const others = Object.keys(right);
    if (keys.length !== others.length) return false;
    for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== others[i] || !sameValue(left[keys[i]], right[keys[i]])) return false;
    }
    return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The changes that turn `before` into `after`: objects with the same keys (in the same order)
 * are compared key by key, arrays of the same length item by item; anything else that differs
 * (an object that gained, lost or moved a key, an array that grew or shrank, a value of
 * another kind) is set whole, so applying the changes keeps `after`'s key order. Keys whose
 * value is `undefined` count as absent, as in JSON.
 */
export function valueChanges(before: unknown, after: unknown): ModelValueChange[] {
    const changes: ModelValueChange[] = [];
    collectChanges(before, after, [], changes);
    return changes;
}

/** One walk over both values (a megabyte of model on each edit): `path` is a stack, copied only into a change. */
function collectChanges(before: unknown, after: unknown, path: ValuePathStep[], changes: ModelValueChange[]): void {
    if (before === after) return;
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
        for (let i = 0; i < after.length; i++) {
            path.push(i);
            collectChanges(before[i], after[i], path, changes);
            path.pop();
        }
    } else if (isRecord(before) && isRecord(after)) {
        const keys = sameKeys(before, after);
        if (!keys) {
            changes.push({ path: [...path], value: after });
            return;
        }
        for (const key of keys) {
            path.push(key);
            collectChanges(before[key], after[key], path, changes);
            path.pop();
        }
    } else if (typeof before === 'object' || typeof after === 'object' || before !== after) {
        changes.push({ path: [...path], value: after });
    }
}

/** The keys that hold a value, when both have the same ones in the same order. */
function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] | undefined {
    const keys = Object.keys(a);
    const others = Object.keys(b);
    let i = 0;
    let j = 0;
    let skipped = false;
    for (;;) {
        while (i < keys.length && a[keys[i]] === undefined) {
            i++;
            skipped = true;
        }
        while (j < others.length && b[others[j]] === undefined) j++;
        if (i === keys.length || j === others.length) break;
        if (keys[i] !== others[j]) return undefined;
        i++;
        j++;
    }
    if (i !== keys.length || j !== others.length) return undefined;
    return skipped ? keys.filter(key => a[key] !== undefined) : keys;
}

/**
 * `data` with the changes made, leaving `data` itself untouched: only the objects and arrays on
 * a changed path are copied, everything else is shared (so an unchanged touchpoint keeps its
 * object). Throws when a path does not lead through an object or array of `data`.
 */
export function applyValueChanges<T>(data: T, changes: readonly ModelValueChange[]): T {
    let root: unknown = data;
    const copied = new Set<unknown>();
    const copy = (value: unknown): Record<ValuePathStep, unknown> => {
        if (typeof value !== 'object' || value === null) throw new Error('A change leads through a value that is not an object or array.');
        if (copied.has(value)) return value as Record<ValuePathStep, unknown>;
        const fresh = Array.isArray(value) ? [...value] : { ...value };
        copied.add(fresh);
        return fresh as Record<ValuePathStep, unknown>;
    };
    for (const change of changes) {
        if (change.path.length === 0) {
            root = change.value;
            continue;
        }
        root = copy(root);
        let parent = root as Record<ValuePathStep, unknown>;
        for (const step of change.path.slice(0, -1)) {
            parent = parent[step] = copy(parent[step]);
        }
        parent[change.path[change.path.length - 1]] = change.value;
    }
    return root as T;
}

/**
 * The model a delta makes of `base` when it was made from it (the same document at the delta's
 * base version); undefined otherwise, and then the receiver asks for the whole model. The
 * language client and the preview both keep their newest model and apply deltas to it.
 */
export function modelAfterDelta<M>(
    base: { readonly uri: string; readonly version: number; readonly model: M } | undefined,
    delta: { readonly uri: string; readonly baseVersion: number; readonly changes: readonly ModelValueChange[] }
): M | undefined {
    if (!base || base.uri !== delta.uri || base.version !== delta.baseVersion) return undefined;
    return applyValueChanges(base.model, delta.changes);
}
