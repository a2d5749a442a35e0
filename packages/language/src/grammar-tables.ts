/**
 * Tables read from the grammar itself, never typed by hand: the property lines of each
 * element, which of them may be written once only, which hold a word of a closed list, and
 * the reserved words. A property added to cjourney.langium is then formatted, checked for
 * duplicates, coloured and reserved everywhere at once, and the tests that walk these tables
 * name what else must follow (its word list, the model, the diff).
 */
import { AstUtils, GrammarAST } from 'langium';
import { CJourneyGrammar } from './generated/grammar.js';

/** What a property's value is, by the grammar's terminal. */
export type PropertyValue = 'reference' | 'word' | 'text' | 'number';

/** One property line of an element: `keyword value`, where the keyword is the property's name. */
export interface GrammarProperty {
    /** The AST type of the element that holds it (`Touchpoint`). */
    readonly type: string;
    /** The keyword that starts the line (`emotion`, `action`). */
    readonly name: string;
    /** The AST property it fills: the keyword, or its plural for a repeatable line (`actions`). */
    readonly feature: string;
    /** `+=` in the grammar: the line may be written again to add a value. */
    readonly repeatable: boolean;
    readonly value: PropertyValue;
}

let properties: readonly GrammarProperty[] | undefined;
let reserved: ReadonlySet<string> | undefined;

/** Every `'keyword' keyword=…` line of the grammar, in grammar order. */
export function grammarProperties(): readonly GrammarProperty[] {
    properties ??= CJourneyGrammar()
        .rules.filter(GrammarAST.isParserRule)
        .flatMap(rule =>
            AstUtils.streamAllContents(rule)
                .filter(GrammarAST.isAssignment)
                .filter(startsWithItsKeyword)
                .map(assignment => ({
                    type: rule.name,
                    name: keywordBefore(assignment)!,
                    feature: assignment.feature,
                    repeatable: assignment.operator === '+=',
                    value: valueOf(assignment)
                }))
                .toArray()
        );
    return properties;
}

/** The keywords that start a property line of an element of `type`. */
export function propertyKeywords(type: string): readonly string[] {
    return perType(keywordsByType, type, property => property.name);
}

/** The properties of an element of `type` that hold one value: writing one twice is a mistake. */
export function singleValuedProperties(type: string): readonly string[] {
    return perType(singleValuedByType, type, property => (property.repeatable ? undefined : property.feature));
}

/** The properties of an element of `type` whose value is a word (`emotion pleased`), checked against a word list. */
export function wordProperties(type: string): readonly string[] {
    return perType(wordsByType, type, property => (property.value === 'word' ? property.feature : undefined));
}

const keywordsByType = new Map<string, readonly string[]>();
const singleValuedByType = new Map<string, readonly string[]>();
const wordsByType = new Map<string, readonly string[]>();

/**
 * One answer per element type, kept: the validators ask for every node of a document on
 * every keystroke, and filtering the whole grammar's list each time showed in profiles.
 */
function perType(
    cache: Map<string, readonly string[]>,
    type: string,
    pick: (property: GrammarProperty) => string | undefined
): readonly string[] {
    let found = cache.get(type);
    if (!found) {
        found = grammarProperties()
            .filter(property => property.type === type)
            .map(pick)
            .filter((value): value is string => value !== undefined);
        cache.set(type, found);
    }
    return found;
}

/**
 * The grammar's keywords that look like identifiers (`stage`, `goal`, `target`…): reserved,
 * so a name cannot be one of them (e.g. a step named by `cjourney import`).
 */
export function reservedWords(): ReadonlySet<string> {
    reserved ??= new Set(
        AstUtils.streamAllContents(CJourneyGrammar())
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(value => /^[_a-zA-Z]\w*$/.test(value))
            .toArray()
            .sort()
    );
    return reserved;
}

const blocks = new Map<string, readonly string[]>();

/**
 * The keywords that can start a line inside an element's block (`segment`, `goal`… for a
 * persona; `pain`, `emotion`, `frontstage`… for a touchpoint), in grammar order: what a
 * message lists when a line starts with a word the element does not know.
 */
export function blockKeywords(type: string): readonly string[] {
    let found = blocks.get(type);
    if (!found) {
        const rule = CJourneyGrammar()
            .rules.filter(GrammarAST.isParserRule)
            .find(candidate => candidate.name === type);
        const repeated = rule
            ? AstUtils.streamAllContents(rule)
                  .filter(GrammarAST.isAlternatives)
                  .find(
                      alternatives =>
                          alternatives.cardinality === '*' ||
                          (GrammarAST.isGroup(alternatives.$container) && alternatives.$container.cardinality === '*')
                  )
            : undefined;
        found = repeated ? [...new Set(repeated.elements.flatMap(element => firstKeywords(element, 0)))] : [];
        blocks.set(type, found);
    }
    return found;
}

function firstKeywords(element: GrammarAST.AbstractElement, depth: number): string[] {
    if (depth > 8) return [];
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isGroup(element)) return element.elements.length > 0 ? firstKeywords(element.elements[0], depth + 1) : [];
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(child => firstKeywords(child, depth + 1));
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, depth + 1);
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref))
        return firstKeywords(element.rule.ref.definition, depth + 1);
    return [];
}

/**
 * `'emotion' emotion=ID`, `'action' actions+=STRING`: the assignment follows a keyword spelt
 * like its property (or its singular). Keywords that start an element (`pain text=…`) do not.
 */
function startsWithItsKeyword(assignment: GrammarAST.Assignment): boolean {
    const keyword = keywordBefore(assignment);
    return keyword !== undefined && (keyword === assignment.feature || `${keyword}s` === assignment.feature);
}

function keywordBefore(assignment: GrammarAST.Assignment): string | undefined {
    const group = assignment.$container;
    const before = GrammarAST.isGroup(group) ? group.elements[group.elements.indexOf(assignment) - 1] : undefined;
    return GrammarAST.isKeyword(before) ? before.value : undefined;
}

function valueOf(assignment: GrammarAST.Assignment): PropertyValue {
    const terminal = assignment.terminal;
    if (GrammarAST.isCrossReference(terminal)) {
        return 'reference';
    }
    const rule = GrammarAST.isRuleCall(terminal) ? terminal.rule.ref?.name : undefined;
    return rule === 'ID' || rule === 'Word' ? 'word' : rule === 'STRING' ? 'text' : 'number';
}
