/**
 * The region an edit replaced, found from the texts before and after (incremental updates
 * start from it), and positions counted as the lexer counts lines.
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { advance, editRegion } from '../src/incremental/edit-region.js';

/** Texts long enough to span several compared chunks, with repeats that make prefix and suffix ambiguous. */
const text = fc
    .array(fc.constantFrom('a', 'b', 'touchpoint ', '"x"', '\n', '\r\n', '\r', 'é', '🚀', ' '.repeat(700)), { maxLength: 60 })
    .map(parts => parts.join(''));

describe('the region an edit replaced', () => {
    test('is the longest common prefix, then the longest common suffix after it', () => {
        fc.assert(
            fc.property(text, fc.nat(), fc.nat(3000), text, (before, at, removed, inserted) => {
                const start = Math.min(at, before.length);
                const after = before.slice(0, start) + inserted + before.slice(Math.min(before.length, start + removed));
                const region = editRegion(before, after);
                expect(before.slice(0, region.start)).toBe(after.slice(0, region.start));
                expect(before.slice(region.oldEnd)).toBe(after.slice(region.newEnd));
                expect(before.slice(0, region.start) + after.slice(region.start, region.newEnd) + before.slice(region.oldEnd)).toBe(after);
                const shorter = Math.min(before.length, after.length);
                if (region.start < shorter) expect(before[region.start]).not.toBe(after[region.start]);
                if (region.oldEnd > region.start && region.newEnd > region.start) {
                    expect(before[region.oldEnd - 1]).not.toBe(after[region.newEnd - 1]);
                }
            }),
            { numRuns: 500 }
        );
    });

    test('positions are counted as the editor counts them, for \\n, \\r\\n and a lone \\r', () => {
        fc.assert(
            fc.property(text, fc.nat(), fc.nat(), (content, a, b) => {
                const document = TextDocument.create('file:///t', 'cjourney', 0, content);
                const [from, to] = [a, b].map(value => value % (content.length + 1)).sort((x, y) => x - y);
                // Between \r and \n is no position a token can start at.
                const insideLineBreak = (offset: number) => content[offset - 1] === '\r' && content[offset] === '\n';
                if (insideLineBreak(from) || insideLineBreak(to)) return;
                expect(advance(content, from, to, document.positionAt(from))).toEqual(document.positionAt(to));
            }),
            { numRuns: 500 }
        );
    });
});
