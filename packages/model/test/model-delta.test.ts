/**
 * Model deltas (model-delta.ts): what the language server sends the live preview instead of
 * the whole model. Applying the changes between two values to the first gives the second —
 * key order included, after a trip through JSON as over the wire — leaves the first as it
 * was, and shares what did not change.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyValueChanges, sameValue, valueChanges } from '../src/model-delta.js';

/** Plain JSON data, small enough to make nearby values: objects, arrays, strings, numbers, booleans, null. */
const json: fc.Arbitrary<unknown> = fc.letrec(tie => ({
    value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('a', 'b', ''),
        fc.integer({ min: -2, max: 2 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('id', 'title', 'x', 'y'), tie('value'), { maxKeys: 4 })
    )
})).value;

function overTheWire<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

describe('model deltas', () => {
    test('applying the changes between two values to the first gives the second, byte for byte in JSON', () => {
        fc.assert(
            fc.property(json, json, (before, after) => {
                const frozen = JSON.stringify(before);
                const changes = overTheWire(valueChanges(before, after));
                const applied = applyValueChanges(before, changes);
                expect(JSON.stringify(applied)).toBe(JSON.stringify(after));
                expect(JSON.stringify(before)).toBe(frozen);
            }),
            { numRuns: 2000, seed: 20261206 }
        );
    });

    test('a changed title is one change, and every untouched object is shared, not copied', () => {
        const touchpoints = Array.from({ length: 50 }, (_, i) => ({ id: `T${i}`, title: `Step ${i}`, actions: [`do ${i}`] }));
        const before = { journeys: [{ id: 'J', title: 'Trial', touchpoints }] };
        const after = overTheWire(before);
        after.journeys[0].touchpoints[17].actions[0] = 'do it now';
        const changes = valueChanges(before, after);
        expect(changes).toEqual([{ path: ['journeys', 0, 'touchpoints', 17, 'actions', 0], value: 'do it now' }]);
        const applied = applyValueChanges(before, changes);
        expect(applied.journeys[0].touchpoints[17].actions).toEqual(['do it now']);
        expect(before.journeys[0].touchpoints[17].actions).toEqual(['do 17']);
        expect(applied.journeys[0].touchpoints[16]).toBe(before.journeys[0].touchpoints[16]);
        expect(applied.journeys[0].touchpoints[18]).toBe(before.journeys[0].touchpoints[18]);
    });

    test('a key gained or lost sets the whole object, so the key order is the new one', () => {
        const before = { id: 'T1', title: 'Pay' };
        const after = { id: 'T1', description: 'at the till', title: 'Pay' };
        expect(valueChanges(before, after)).toEqual([{ path: [], value: after }]);
        expect(Object.keys(applyValueChanges(before, valueChanges(before, after)))).toEqual(['id', 'description', 'title']);
    });

    test('keys holding undefined count as absent, as in JSON', () => {
        expect(valueChanges({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
        expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
        expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    });

    test('a path that does not lead through the data fails clearly', () => {
        expect(() => applyValueChanges({ a: 1 }, [{ path: ['a', 'b'], value: 2 }])).toThrow(/not an object or array/);
    });
});
