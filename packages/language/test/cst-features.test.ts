/**
 * The cached property lookup the journey model uses for name ranges finds the same CST
 * node as Langium's `GrammarUtils.findNodeForProperty`, for every element of every example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { findFirstNodeForProperty } from '../src/cst-features.js';
import { loadSources } from '../src/load-sources.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url);
const exampleFiles = readdirSync(EXAMPLES).filter(file => file.endsWith('.cjourney'));

describe('findFirstNodeForProperty', () => {
    test.each(exampleFiles)('finds the node Langium finds for every property of every element of %s', async file => {
        const text = readFileSync(new URL(file, EXAMPLES), 'utf8');
        const { documents } = await loadSources([{ uri: `file:///examples/${file}`, text }]);
        let compared = 0;
        for (const node of AstUtils.streamAllContents(documents[0].parseResult.value)) {
            for (const property of ['name', 'title', 'description', 'channel', 'emotion']) {
                expect(findFirstNodeForProperty(node.$cstNode, property)).toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(50);
    });

    test('answers nothing without a node', () => {
        expect(findFirstNodeForProperty(undefined, 'name')).toBeUndefined();
    });
});
