/**
 * Parser and lexer messages written for the people who edit journeys, not for grammar
 * authors: "Expected '}' to close the touchpoint, but found 'stage'" instead of Chevrotain's
 * token sequences.
 */
import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { EMOTIONS, EMOTION_SCORE } from '@cjourney/model';
import { blockKeywords } from './grammar-tables.js';
import { listWords, withArticle } from './suggestions.js';

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `emotion 3`: the word for the score, when there is one. */
function emotionNumberMessage(image: string): string {
    const word = EMOTIONS.find(emotion => EMOTION_SCORE[emotion] === Number(image));
    const scale = EMOTIONS.map(emotion => `${emotion} ${EMOTION_SCORE[emotion]}`).join(', ');
    return `Emotions are words, not numbers${word ? `: write '${word}' for ${image}` : ''} (${scale}).`;
}

const TERMINAL_WORDS: Readonly<Record<string, string>> = {
    ID: 'a name',
    STRING: 'a quoted text',
    NUMBER: 'a number',
    EOF: 'the end of the file'
};

/** Grammar rule names as a user would call the element. */
const RULE_WORDS: Readonly<Record<string, string>> = {
    JourneyFile: 'file',
    Journey: 'journey',
    Stakeholder: 'stakeholder',
    Persona: 'persona',
    Channel: 'channel',
    Stage: 'stage',
    StakeholderNeed: 'stage need',
    Touchpoint: 'touchpoint',
    Pain: 'pain point',
    Opportunity: 'opportunity',
    Flow: 'flow',
    Kpi: 'KPI',
    Benchmark: 'benchmark',
    Quantity: 'number'
};

const MAX_SHOWN_TEXT = 30;

export function describeTokenType(type: TokenType): string {
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return TERMINAL_WORDS[name] ?? `'${name}'`;
}

export function describeToken(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === undefined) {
        return 'the end of the file';
    }
    const image = token.image.length > MAX_SHOWN_TEXT ? token.image.slice(0, MAX_SHOWN_TEXT) + '…' : token.image;
    return `'${image}'`;
}

function ruleWord(ruleName: string): string {
    // Chevrotain may decorate rule names with invisible characters; keep the identifier.
    const name = ruleName.replace(/\W/g, '');
    return RULE_WORDS[name] ?? name.toLowerCase();
}

const TOP_LEVEL_HINT = 'only journey, stakeholder, persona, channel, source and competitor can start an element at the top level of a file';

function firstTokenWords(paths: TokenType[][]): string[] {
    const words = new Set<string>();
    for (const path of paths) {
        if (path.length > 0) {
            words.add(describeTokenType(path[0]));
        }
    }
    return [...words];
}

export class CJourneyParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({
        expected,
        actual,
        ruleName
    }: {
        expected: TokenType;
        actual: IToken;
        previous: IToken;
        ruleName: string;
    }): string {
        const expectedWord = describeTokenType(expected);
        if (expected.name === 'EOF') {
            return `Unexpected ${describeToken(actual)}: ${TOP_LEVEL_HINT}.`;
        }
        if (expectedWord === "'}'") {
            const properties = blockKeywords(ruleName.replace(/\W/g, ''));
            if (actual.tokenType?.name === 'ID' && properties.length > 0) {
                // A word where a property line starts: most likely a property this element does not have.
                return `'${actual.image}' is not ${withArticle(ruleWord(ruleName))} property. ${capitalise(withArticle(ruleWord(ruleName)))} has ${listWords(properties)}.`;
            }
            return `Expected '}' to close the ${ruleWord(ruleName)}, but found ${describeToken(actual)}.`;
        }
        if (ruleName.replace(/\W/g, '') === 'Emotion' && actual.tokenType?.name === 'NUMBER') {
            return emotionNumberMessage(actual.image);
        }
        return `Expected ${expectedWord} in the ${ruleWord(ruleName)}, but found ${describeToken(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        if (firstRedundant.image === '}') {
            return `This '}' closes nothing: there is one closing brace too many.`;
        }
        return `Unexpected ${describeToken(firstRedundant)}: ${TOP_LEVEL_HINT}.`;
    }

    override buildNoViableAltMessage({
        expectedPathsPerAlt,
        actual,
        ruleName
    }: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const expected = firstTokenWords(expectedPathsPerAlt.flat());
        return `Unexpected ${describeToken(actual[0])} in the ${ruleWord(ruleName)}. Expected ${listWords(expected)}.`;
    }

    override buildEarlyExitMessage({
        expectedIterationPaths,
        actual,
        ruleName
    }: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const expected = firstTokenWords(expectedIterationPaths);
        return `The ${ruleWord(ruleName)} is incomplete: expected ${listWords(expected)}, but found ${describeToken(actual[0])}.`;
    }
}

export class CJourneyLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') {
            return 'This text is not closed: end it with a double quote (") on the same line.';
        }
        const codePoint = fullText.codePointAt(startOffset) ?? 0;
        const unicode = 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
        const shown = codePoint < 0x20 || codePoint === 0x7f ? unicode : `'${String.fromCodePoint(codePoint)}' (${unicode})`;
        const skipped = length > 1 ? ` (${length} characters skipped)` : '';
        return `Unexpected character ${shown}${skipped}. Names use letters of any script, digits and _ (not first); text goes in double quotes; comments start with //.`;
    }
}
