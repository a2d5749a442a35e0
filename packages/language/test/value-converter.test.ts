/** Quoted texts read as Langium reads them, by a faster path when they hold no escape. */
import fc from 'fast-check';
import { ValueConverter } from 'langium';
import { describe, expect, test } from 'vitest';
import { convertString } from '../src/value-converter.js';
import { validate } from './helpers.js';

describe('convertString', () => {
    test('equals Langium’s conversion for any quoted text, with or without escapes', () => {
        fc.assert(
            fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\\', 'n', 't', '"', '0', '😀') }), body => {
                const quoted = `"${body}"`;
                expect(convertString(quoted)).toBe(ValueConverter.convertString(quoted));
            }),
            { numRuns: 2000 }
        );
    });

    test('a journey’s titles keep their text and their escapes', async () => {
        const { document } = await validate('journey j "Plain title" {\n  description "Say \\"hi\\"\\tthen go"\n}\n');
        const journey = document.parseResult.value.elements[0] as { title?: string; description?: string };
        expect(journey.title).toBe('Plain title');
        expect(journey.description).toBe('Say "hi"\tthen go');
    });
});
