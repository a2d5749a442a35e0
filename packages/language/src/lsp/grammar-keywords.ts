import { AstUtils, GrammarAST, type Grammar } from 'langium';

const cache = new WeakMap<Grammar, ReadonlySet<string>>();

/** Every keyword of the grammar: reserved, so never a valid name. */
export function grammarKeywords(grammar: Grammar): ReadonlySet<string> {
    let keywords = cache.get(grammar);
    if (!keywords) {
        keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => /^\w+$/.test(value)));
        cache.set(grammar, keywords);
    }
    return keywords;
}

const IDENTIFIER = /^[_a-zA-Z]\w*$/;

/** Why a name cannot be used, or undefined when it can. */
export function invalidNameReason(name: string, grammar: Grammar): string | undefined {
    if (!IDENTIFIER.test(name)) {
        return `'${name}' is not a valid name: use letters, digits and _, not starting with a digit (put spaces and other characters in the quoted title).`;
    }
    if (grammarKeywords(grammar).has(name)) {
        return `'${name}' is a keyword of the language and cannot be a name; try '${name[0].toUpperCase()}${name.slice(1)}'.`;
    }
    return undefined;
}
