/**
 * Every snippet, expanded with its default values (as Tab-Tab-Tab gives them), is valid
 * .cjourney: a user who accepts a snippet never starts with an error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadSources } from '@cjourney/language';

const snippets = JSON.parse(readFileSync(new URL('../snippets/cjourney.json', import.meta.url), 'utf8')) as Record<
    string,
    { prefix: string; body: string[] }
>;

/** Expands a snippet body with its defaults: ${1:text} → text, ${2|a,b|} → a, $1 → the value of 1, $0 → nothing. */
function expand(body: string[]): string {
    const values = new Map<string, string>();
    const text = body
        .join('\n')
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, index: string, value: string) => {
            values.set(index, value);
            return value;
        })
        .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, index: string, value: string) => {
            values.set(index, value);
            return value;
        });
    return text.replace(/\$(\d+)/g, (_, index: string) => values.get(index) ?? '');
}

/** Snippets of parts of a journey are checked inside a small journey around them. */
function inContext(prefix: string, text: string): string {
    switch (prefix) {
        case 'journey':
            return text;
        case 'stakeholder':
            return text;
        case 'stage':
            return `journey J "J" {\n${text}\n}`;
        case 'touchpoint':
            return `journey J "J" {\n  stage S "S" {\n${text}\n  }\n}`;
        case 'kpi':
            return `journey J "J" {\n  stage Stage "Stage" {\n    touchpoint T "T" { channel web }\n  }\n${text}\n}`;
        default:
            throw new Error(`No context for the ${prefix} snippet`);
    }
}

describe('snippets', () => {
    test('there are snippets for a journey, a stage, a touchpoint, a stakeholder and a KPI', () => {
        expect(
            Object.values(snippets)
                .map(snippet => snippet.prefix)
                .sort()
        ).toEqual(['journey', 'kpi', 'stage', 'stakeholder', 'touchpoint']);
    });

    test.each(Object.entries(snippets))('%s, expanded with its defaults, has no errors', async (_name, snippet) => {
        const text = inContext(snippet.prefix, expand(snippet.body));
        const { documents } = await loadSources([{ uri: 'file:///ws/snippet.cjourney', text }]);
        const errors = (documents[0].diagnostics ?? [])
            .filter(diagnostic => diagnostic.severity === 1)
            .map(diagnostic => diagnostic.message);
        expect(errors).toEqual([]);
    });
});
