/**
 * The semantic diff accounts for every field of the model: each is compared, or left out with
 * the reason written down. `tsc` enforces that a field is listed (the tables satisfy
 * `Record<keyof T, …>`); this test keeps the reasons real.
 */
import { describe, expect, test } from 'vitest';
import { DIFF_FIELDS } from '../src/diff/element-changes.js';

describe.each(Object.entries(DIFF_FIELDS))('the diff of a %s', (_, fields) => {
    test('compares each field or says why it does not', () => {
        for (const [field, handling] of Object.entries(fields)) {
            if (typeof handling !== 'function') {
                expect(handling.ignored.length, `${field}: no reason given`).toBeGreaterThan(10);
            }
        }
    });
});
