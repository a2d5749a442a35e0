/**
 * The grammar's keywords that look like identifiers (`stage`, `goal`, `target`…): they are
 * reserved, so a name cannot be one of them. Read from the grammar itself, so a keyword
 * added to cjourney.langium is reserved everywhere at once (e.g. by `cjourney import`).
 */
import { AstUtils, GrammarAST } from 'langium';
import { CJourneyGrammar } from './generated/grammar.js';

let reserved: ReadonlySet<string> | undefined;

export function reservedWords(): ReadonlySet<string> {
    reserved ??= new Set(AstUtils.streamAllContents(CJourneyGrammar())
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^[_a-zA-Z]\w*$/.test(value))
        .toArray()
        .sort());
    return reserved;
}
