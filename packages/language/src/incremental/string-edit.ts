/**
 * Typing inside a quoted text outside every touchpoint (a journey's or a stage's title, a
 * persona's goal): the edit changes one STRING token's content and nothing else, so the new
 * text lexes into the same tokens and parses into the same tree with one value changed. That
 * token and that value are changed in place and the leaves after it move; no name changed,
 * so the builder keeps the document's scopes and links (build-memory.ts). Without this, a
 * title edit in a 1,000-touchpoint journey parsed, linked and validated the whole document
 * again before the preview could show it.
 *
 * Only an edit strictly between a one-line string's quotes, whose removed and inserted text
 * hold no quote, backslash or line break, takes this path: then the string token's pattern
 * still ends at the same closing quote. Strings inside a touchpoint are left to the
 * touchpoint splice (the model reuses a touchpoint's model while its node is the same
 * object, touchpoint-models.ts). Validation checks again only what can read the value
 * (validation-memo.ts). Anything else falls back to a full parse; the property test
 * (incremental-build.test.ts) holds the result equal to one.
 */
import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    type AstNode,
    type CstNode,
    type ParseResult,
    type RootCstNodeImpl,
    type ValueConverter
} from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isTouchpoint } from '../generated/ast.js';
import { shiftFrom, type TextShift } from './cst-shift.js';
import { editRegion } from './edit-region.js';

/** Text an edit may remove or insert: no quote, backslash or line break. */
const PLAIN = /^[^"\\\r\n]*$/;

interface EditedLeaf {
    _length: number;
    _endColumn: number;
}

/** A string value changed in place: its node, its value before, and where the text moved. */
export interface ValueEdit {
    readonly owner: AstNode;
    readonly oldValue: string;
    /** The text the edit replaced, in the old text's lines and columns. */
    readonly edit: Range;
    /** How positions at or after the edit's end moved (on its line only). */
    readonly after: TextShift;
}

/** Changes the value an edit typed into; undefined when the edit is not inside one such string (then nothing was changed). */
export function editStringValue(parseResult: ParseResult, newText: string, converter: ValueConverter): ValueEdit | undefined {
    const rootCst = parseResult.value.$cstNode as RootCstNodeImpl | undefined;
    if (!rootCst || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return undefined;
    const oldText = rootCst.fullText;
    const region = editRegion(oldText, newText);
    const leaf = CstUtils.findLeafNodeAtOffset(rootCst, region.start);
    const delta = newText.length - oldText.length;
    const plain = PLAIN.test(oldText.slice(region.start, region.oldEnd)) && PLAIN.test(newText.slice(region.start, region.newEnd));
    if (!leaf || !plain || !insideQuotes(leaf, region.start, region.oldEnd)) return undefined;
    const target = assignedValue(leaf, converter);
    if (!target || AstUtils.getContainerOfType(target.owner, isTouchpoint)) return undefined;
    const oldEnd = leaf.end;
    const { line, character } = leaf.range.start;
    const edit = {
        start: { line, character: character + region.start - leaf.offset },
        end: { line, character: character + region.oldEnd - leaf.offset }
    };
    const after = { offset: delta, lines: 0, fromLine: line, columns: delta };
    (rootCst as unknown as { _text: string })._text = newText;
    const edited = leaf as unknown as EditedLeaf;
    edited._length += delta;
    edited._endColumn += delta;
    // One line: what follows on it moves by the edit's length, nothing else moves but offsets.
    shiftFrom(rootCst, oldEnd, after);
    forgetRanges(leaf);
    target.set(converter.convert(leaf.text, leaf));
    return { owner: target.owner, oldValue: target.oldValue, edit, after };
}

/** A one-line, double-quoted string token whose content (between its quotes) holds `[start, end)`. */
function insideQuotes(leaf: CstNode, start: number, end: number): boolean {
    const text = leaf.text;
    const isString = GrammarAST.isRuleCall(leaf.grammarSource) && leaf.grammarSource.rule.ref?.name === 'STRING';
    return isString && !text.startsWith('"""') && leaf.range.start.line === leaf.range.end.line && start > leaf.offset && end < leaf.end;
}

/**
 * The AST value the string is assigned to (`title=STRING`, `objectives+=STRING`), with a
 * setter; undefined unless the node holds exactly the value of the old text.
 */
function assignedValue(
    leaf: CstNode,
    converter: ValueConverter
): { owner: AstNode; oldValue: string; set: (value: unknown) => void } | undefined {
    const assignment = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isAssignment);
    const owner = leaf.astNode as unknown as Record<string, unknown> & AstNode;
    if (!assignment || inDataTypeRule(leaf)) return undefined;
    const old = converter.convert(leaf.text, leaf);
    const feature = assignment.feature;
    if (typeof old !== 'string') return undefined;
    if (assignment.operator === '=') {
        return owner[feature] === old ? { owner, oldValue: old, set: value => (owner[feature] = value) } : undefined;
    }
    const index = siblingsAssigned(leaf, assignment).indexOf(leaf);
    const list = owner[feature] as unknown[] | undefined;
    if (assignment.operator !== '+=' || !Array.isArray(list) || index < 0 || list[index] !== old) return undefined;
    return { owner, oldValue: old, set: value => (list[index] = value) };
}

/** A token of a datatype rule's text (the node holds the rule's whole text, converted), not a value of the node's own. */
function inDataTypeRule(leaf: CstNode): boolean {
    const source = leaf.container?.grammarSource;
    const rule = GrammarAST.isRuleCall(source) ? source.rule.ref : undefined;
    return GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule);
}

/** The leaves of the node assigned by the same assignment, in text order. */
function siblingsAssigned(leaf: CstNode, assignment: GrammarAST.Assignment): CstNode[] {
    const container = leaf.container!;
    return container.content.filter(
        child => AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === assignment.feature
    );
}

/** Composites cache their range; the edited leaf's ancestors end elsewhere now. */
function forgetRanges(leaf: CstNode): void {
    for (let node = leaf.container; node; node = node.container) (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
}
