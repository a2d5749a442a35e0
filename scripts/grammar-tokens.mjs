#!/usr/bin/env node
// Writes packages/language/src/generated/tokens.ts after `langium generate`: the lexer's token
// types as Langium's DefaultTokenBuilder computes them from the generated grammar (keywords
// longest first with the terminals each could be read as, then the terminals), so the language
// does not compute them again on every start (src/cjourney-token-builder.ts). Deterministic:
// the same grammar gives the same file. test/grammar-tokens.test.ts checks that the tokens
// built from this table equal the ones Langium computes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DefaultTokenBuilder } from 'langium';

const generated = new URL('../packages/language/src/generated/', import.meta.url);
// Node runs the generated TypeScript as is (type stripping, Node 22.18+/24).
const { CJourneyGrammar } = await import(new URL('grammar.ts', generated).href);

function grammarTokenTable(grammar) {
    const tokens = new DefaultTokenBuilder().buildTokens(grammar, { caseInsensitive: false });
    const keywords = [];
    const terminals = [];
    for (const token of tokens) {
        if (typeof token.PATTERN === 'string') {
            keywords.push({ name: token.name, longerAlt: (token.LONGER_ALT ?? []).map(alt => alt.name) });
        } else if (token.PATTERN instanceof RegExp && token.LINE_BREAKS === undefined) {
            terminals.push({ name: token.name, source: token.PATTERN.source, flags: token.PATTERN.flags, group: token.GROUP });
        } else {
            throw new Error(
                `token ${token.name}: only keywords and plain regular expressions can be precomputed (see scripts/grammar-tokens.mjs)`
            );
        }
    }
    if (tokens.slice(0, keywords.length).some(token => typeof token.PATTERN !== 'string')) {
        throw new Error('expected every keyword before the terminals');
    }
    return { keywords, terminals };
}

const table = grammarTokenTable(CJourneyGrammar());
const file = fileURLToPath(new URL('tokens.ts', generated));
writeFileSync(
    file,
    `// Written by scripts/grammar-tokens.mjs from the generated grammar. DO NOT EDIT MANUALLY.
import type { GrammarTokenTable } from '../cjourney-token-builder.js';

export const CJourneyGrammarTokens: GrammarTokenTable = ${JSON.stringify(table, null, 4)};
`
);
