/**
 * Pairs the elements of two versions of a list: by id first, then — for ids that exist on
 * one side only — by title, then by content. A heuristic pairing is made only when exactly
 * one candidate fits on each side, so an ambiguous case is reported as removed + added
 * rather than as a wrong rename.
 */

export interface Identified {
    id: string;
    title: string;
}

export interface Pair<T> {
    before?: T;
    after?: T;
}

/**
 * @param contentKey what an element says apart from its id and title (e.g. its facts as
 *   JSON); two unmatched elements with the same key are the same element renamed.
 * @returns pairs in the order of `after`, then elements only in `before` in their order.
 */
export function matchElements<T extends Identified>(
    before: readonly T[],
    after: readonly T[],
    contentKey: (element: T) => string
): Pair<T>[] {
    const partnerOfAfter = new Map<T, T>();
    // Ids are unique in a valid journey, but a broken file (or two files) can repeat one:
    // the n-th element with an id pairs with the n-th of the other side, so an unchanged
    // version never looks changed.
    const beforeById = groupBy(before, element => element.id);
    const taken = new Map<string, number>();
    for (const element of after) {
        const index = taken.get(element.id) ?? 0;
        const partner = beforeById.get(element.id)?.[index];
        if (partner) {
            partnerOfAfter.set(element, partner);
            taken.set(element.id, index + 1);
        }
    }
    const paired = new Set(partnerOfAfter.values());
    pairUniquely(
        before.filter(element => !paired.has(element)),
        after.filter(element => !partnerOfAfter.has(element)),
        element => element.title,
        partnerOfAfter
    );
    const pairedNow = new Set(partnerOfAfter.values());
    pairUniquely(
        before.filter(element => !pairedNow.has(element)),
        after.filter(element => !partnerOfAfter.has(element)),
        contentKey,
        partnerOfAfter
    );

    const used = new Set(partnerOfAfter.values());
    return [
        ...after.map(element => ({ before: partnerOfAfter.get(element), after: element })),
        ...before.filter(element => !used.has(element)).map(element => ({ before: element }))
    ];
}

function pairUniquely<T>(before: readonly T[], after: readonly T[], key: (element: T) => string, into: Map<T, T>): void {
    const beforeByKey = groupBy(before, key);
    const afterByKey = groupBy(after, key);
    for (const [value, candidates] of afterByKey) {
        const partners = beforeByKey.get(value);
        if (candidates.length === 1 && partners?.length === 1) {
            into.set(candidates[0], partners[0]);
        }
    }
}

function groupBy<T>(elements: readonly T[], key: (element: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const element of elements) {
        const value = key(element);
        const group = groups.get(value);
        if (group) {
            group.push(element);
        } else {
            groups.set(value, [element]);
        }
    }
    return groups;
}

/** Old id → new id for every pair whose id changed, to compare references across a rename. */
export function renames<T extends Identified>(pairs: readonly Pair<T>[]): Map<string, string> {
    const map = new Map<string, string>();
    for (const { before, after } of pairs) {
        if (before && after && before.id !== after.id) {
            map.set(before.id, after.id);
        }
    }
    return map;
}

/**
 * Which of the common elements changed their relative order: the ones outside a longest
 * common subsequence of the two orders. Moving one element then reports only that one,
 * not every element it shifted.
 */
export function reordered(beforeOrder: readonly string[], afterOrder: readonly string[]): Set<string> {
    const common = new Set(afterOrder);
    const a = beforeOrder.filter(id => common.has(id));
    const inA = new Set(a);
    const b = afterOrder.filter(id => inA.has(id));
    const kept = longestCommonSubsequence(a, b);
    return new Set(b.filter(id => !kept.has(id)));
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
    const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const result = new Set<string>();
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
        if (a[i] === b[j]) {
            result.add(a[i]);
            i++;
            j++;
        } else if (lengths[i + 1][j] > lengths[i][j + 1]) {
            i++;
        } else {
            // On a tie, keep the earlier element of the old order in place: in a swap, the
            // element that jumped ahead is the one reported as moved.
            j++;
        }
    }
    return result;
}
