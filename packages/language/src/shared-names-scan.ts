/**
 * A cheap textual pre-scan of a `.cjourney` text, without parsing it: the names it declares
 * at top level (shared with the whole workspace) and the words it uses outside strings and
 * comments. The command line uses it to load, as context of the files it checks, only the
 * files that can share a definition with them, instead of every file of a folder tree
 * (tens of thousands of journeys would not fit in memory). It errs on the side of
 * including: a word counts wherever it appears, so a file that shares no name is the only
 * kind ever left out.
 */

/** The keywords that start a top-level element (`TopLevelElement` in the grammar). */
const TOP_LEVEL_KEYWORDS = new Set(['journey', 'stakeholder', 'persona', 'channel', 'source', 'competitor']);

/**
 * Strings (`"…"`, `"""…"""`), comments, words (an ID's letters, digits, `_` and `-`) and
 * braces; any other character is a token of its own. Unclosed strings and comments run to
 * the end of their line or text, as the parser's recovery would not make them names either.
 */
const TOKEN =
    /"""[\s\S]*?(?:"""|$)|"(?:[^"\\\r\n]|\\.)*"?|\/\/[^\r\n]*|\/\*[\s\S]*?(?:\*\/|$)|([\p{L}\p{N}_][\p{L}\p{N}\p{M}_-]*)|([{}])|\S/gu;

export interface SharedNamesScan {
    /** Names declared by top-level elements (journeys, shared stakeholders, personas…). */
    declared: string[];
    /** Every word used outside strings and comments: keywords, names and references. */
    words: Set<string>;
}

export function scanSharedNames(text: string): SharedNamesScan {
    const declared: string[] = [];
    const words = new Set<string>();
    let depth = 0;
    let expectName = false;
    for (const match of text.matchAll(TOKEN)) {
        const [, word, brace] = match;
        if (word !== undefined) {
            words.add(word);
            if (depth === 0) {
                if (expectName) {
                    declared.push(word);
                }
                expectName = !expectName && TOP_LEVEL_KEYWORDS.has(word);
            }
            continue;
        }
        if (isComment(match[0])) {
            continue;
        }
        expectName = false;
        if (brace === '{') {
            depth++;
        } else if (brace === '}') {
            depth = Math.max(0, depth - 1);
        }
    }
    return { declared, words };
}

function isComment(token: string): boolean {
    return token.startsWith('//') || token.startsWith('/*');
}
