/**
 * The lexer's token types from a table computed when the language is built
 * (scripts/grammar-tokens.mjs → generated/tokens.ts) instead of from the grammar on every
 * start: Langium's DefaultTokenBuilder walks the whole grammar and tries every keyword
 * against every terminal's regular expression, ≈ 15 ms of a command's start-up, always with
 * the same result. The tokens are the same objects Langium builds (test/grammar-tokens.test.ts
 * compares them); a case-insensitive build, which the table does not describe, is left to Langium.
 */
import { DefaultTokenBuilder, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { CJourneyGrammarTokens } from './generated/tokens.js';

export interface GrammarTokenTable {
    /** Keywords, longest first, with the names of the terminals that could also read each. */
    keywords: Array<{ name: string; longerAlt: string[] }>;
    /** Terminals in the grammar's order: their regular expression, and the group of hidden ones. */
    terminals: Array<{ name: string; source: string; flags: string; group?: string }>;
}

export class CJourneyTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        if (options?.caseInsensitive) {
            return super.buildTokens(grammar, options);
        }
        return tokensOf(CJourneyGrammarTokens);
    }
}

/** Token types as DefaultTokenBuilder makes them: keywords first, then terminals. */
export function tokensOf(table: GrammarTokenTable): TokenType[] {
    const terminals: TokenType[] = table.terminals.map(terminal => ({
        name: terminal.name,
        PATTERN: new RegExp(terminal.source, terminal.flags),
        ...(terminal.group === undefined ? {} : { GROUP: terminal.group })
    }));
    const byName = new Map(terminals.map(terminal => [terminal.name, terminal]));
    const keywords: TokenType[] = table.keywords.map(keyword => ({
        name: keyword.name,
        PATTERN: keyword.name,
        LONGER_ALT: keyword.longerAlt.map(name => byName.get(name)!)
    }));
    return [...keywords, ...terminals];
}
