/**
 * The lexer's token types come from a table written when the language is built
 * (scripts/grammar-tokens.mjs → src/generated/tokens.ts), not from the grammar on every start
 * (src/cjourney-token-builder.ts). They must be exactly what Langium computes from the grammar:
 * same tokens in the same order, same patterns, groups and longer alternatives, so the lexer
 * reads every text the same.
 */
import { exampleTexts } from '@cjourney/test-support/fuzz-mutations';
import { Lexer, type TokenType } from 'chevrotain';
import { DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCJourneyCoreServices } from '../src/cjourney-core-module.js';
import { CJourneyTokenBuilder } from '../src/cjourney-token-builder.js';

const { CJourney } = createCJourneyCoreServices(EmptyFileSystem);
const computed = new DefaultTokenBuilder().buildTokens(CJourney.Grammar, { caseInsensitive: false }) as TokenType[];
const precomputed = CJourney.parser.TokenBuilder.buildTokens(CJourney.Grammar, { caseInsensitive: false }) as TokenType[];

/** A token type as plain data: every property it has, patterns as text, alternatives by name. */
function described(token: TokenType): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(token).map(([key, value]) => [
            key,
            value instanceof RegExp ? `${value}` : key === 'LONGER_ALT' ? (value as TokenType[]).map(alt => alt.name) : value
        ])
    );
}

describe('the lexer tokens precomputed from the grammar', () => {
    test('are what the language uses', () => {
        expect(CJourney.parser.TokenBuilder).toBeInstanceOf(CJourneyTokenBuilder);
        expect(precomputed.length).toBeGreaterThan(50);
    });

    test("equal Langium's, token by token: order, patterns, groups and longer alternatives", () => {
        expect(precomputed.map(described)).toEqual(computed.map(described));
    });

    test('share their terminals: a keyword is read as one of the terminals of the same list', () => {
        const listed = new Set(precomputed);
        for (const token of precomputed)
            for (const alt of token.LONGER_ALT ? [token.LONGER_ALT].flat() : []) expect(listed.has(alt)).toBe(true);
    });

    test('lex every example exactly as the tokens Langium computes', () => {
        const lexerOf = (tokens: TokenType[]) => new Lexer(tokens, { positionTracking: 'full', skipValidations: true });
        const lexers = [lexerOf(precomputed), lexerOf(computed)];
        for (const text of exampleTexts()) {
            const [mine, langiums] = lexers.map(lexer => {
                const result = lexer.tokenize(text);
                const tokens = [...result.tokens, ...(result.groups.hidden ?? [])];
                return { tokens: tokens.map(token => [token.tokenType.name, token.image, token.startOffset]), errors: result.errors };
            });
            expect(mine).toEqual(langiums);
        }
    });
});
