/**
 * Re-parsing only the touchpoint an edit fell into (issue 17, part 1). Langium 4.4 parses a
 * whole document again on every change, so a keystroke in a 5,000-touchpoint journey cost a
 * quarter of a second of parsing alone. When an edit falls inside one braced touchpoint (after
 * its name, before its closing brace), that touchpoint's new text is parsed on its own with
 * the grammar's `Touchpoint` rule, and the result replaces the old touchpoint in the AST and
 * the CST; the leaves after it move by the edit's length.
 *
 * The splice gives the tree a full parse would give, because: the text before the block is
 * unchanged and the lexer had a token start at the block, so it lexes alike; the block is cut
 * at its keyword and its closing `}`, so no token crosses its ends; the parser chose the
 * `Touchpoint` rule at the block's first token, which did not change; and after the `}` the
 * parser is where it was before. Anything else (the old or new text has a syntax error, the
 * name changed, the block lost its braces) falls back to Langium's full parse. A property test
 * (incremental-build.test.ts) holds the two equal after random edits.
 */
import type { Range } from 'vscode-languageserver-types';
import {
    GrammarUtils,
    type AstNode,
    type CompositeCstNodeImpl,
    type CstNode,
    type LangiumParser,
    type ParseResult,
    type RootCstNodeImpl
} from 'langium';
import { isJourney, isJourneyFile, type Journey, type Touchpoint } from '../generated/ast.js';
import { shiftAll, shiftFrom, type TextShift } from './cst-shift.js';
import { advance, editRegion, type EditRegion } from './edit-region.js';

/** A touchpoint the parser replaced in place, and how the text after it moved. */
export interface Splice {
    readonly oldNode: Touchpoint;
    readonly newNode: Touchpoint;
    /** The text the edit replaced, in the old text's lines and columns. */
    readonly edit: Range;
    /** How positions at or after the edit's end moved. */
    readonly after: TextShift;
}

interface LeafPosition {
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/** Replaces the touchpoint an edit fell into with its re-parsed text; undefined when a full parse is needed. */
export function spliceTouchpoint(parseResult: ParseResult, newText: string, parser: LangiumParser): Splice | undefined {
    const root = parseResult.value;
    const rootCst = root.$cstNode as RootCstNodeImpl | undefined;
    if (!rootCst || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return undefined;
    const oldText = rootCst.fullText;
    const region = editRegion(oldText, newText);
    const oldNode = touchpointAround(root, region);
    if (!oldNode) return undefined;
    const blockCst = oldNode.$cstNode as CompositeCstNodeImpl;
    const start = blockCst.offset;
    const oldEnd = blockCst.end;
    const delta = newText.length - oldText.length;
    const reparsed = parser.parse<Touchpoint>(newText.slice(start, oldEnd + delta), { rule: 'Touchpoint' });
    const newNode = reparsed.value;
    if (reparsed.lexerErrors.length > 0 || reparsed.parserErrors.length > 0 || newNode.name !== oldNode.name || !endsWithBrace(newNode)) {
        return undefined;
    }
    const first = firstToken(blockCst) as unknown as LeafPosition;
    const blockStart = { line: first._startLine, character: first._startColumn };
    const editStart = advance(oldText, start, region.start, blockStart);
    const edit = { start: editStart, end: advance(oldText, region.start, region.oldEnd, editStart) };
    const newEditEnd = advance(newText, region.start, region.newEnd, editStart);
    const after = {
        offset: delta,
        lines: newEditEnd.line - edit.end.line,
        fromLine: edit.end.line,
        columns: newEditEnd.character - edit.end.character
    };
    shiftFrom(rootCst, oldEnd, after);
    shiftAll(newNode.$cstNode!, { offset: start, lines: blockStart.line, fromLine: 0, columns: blockStart.character });
    graft(oldNode, newNode, blockCst);
    (rootCst as unknown as { _text: string })._text = newText;
    return { oldNode, newNode, edit, after };
}

/** The braced touchpoint whose inside (after its name, before its `}`) holds the whole edit. */
function touchpointAround(root: AstNode, region: EditRegion): Touchpoint | undefined {
    if (!isJourneyFile(root)) return undefined;
    const journey = root.elements.find(element => isJourney(element) && inside(element, region)) as Journey | undefined;
    const stage = journey && findInside(journey.stages, region);
    const touchpoint = stage && findInside(stage.touchpoints, region);
    if (!touchpoint || !endsWithBrace(touchpoint)) return undefined;
    const nameNode = GrammarUtils.findNodeForProperty(touchpoint.$cstNode, 'name');
    const closing = lastToken(touchpoint.$cstNode as CompositeCstNodeImpl);
    return nameNode && closing && region.start > nameNode.end && region.oldEnd <= closing.offset ? touchpoint : undefined;
}

function inside(node: AstNode, region: EditRegion): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset < region.start && region.oldEnd < cst.end;
}

/** The element of a list in text order holding the region (binary search: a journey can have thousands). */
function findInside<T extends AstNode>(nodes: readonly T[], region: EditRegion): T | undefined {
    let low = 0;
    let high = nodes.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = nodes[middle].$cstNode;
        if (!cst) return undefined;
        if (cst.end <= region.start) low = middle + 1;
        else if (cst.offset >= region.oldEnd) high = middle - 1;
        else return inside(nodes[middle], region) ? nodes[middle] : undefined;
    }
    return undefined;
}

function endsWithBrace(touchpoint: Touchpoint): boolean {
    const cst = touchpoint.$cstNode as CompositeCstNodeImpl | undefined;
    return cst !== undefined && lastToken(cst)?.text === '}';
}

/** The first and last tokens of a block (not comments): its keyword and its closing brace. */
function firstToken(cst: CompositeCstNodeImpl): CstNode | undefined {
    return cst.content.find(child => !child.hidden);
}

function lastToken(cst: CompositeCstNodeImpl): CstNode | undefined {
    return cst.content.findLast(child => !child.hidden);
}

/** Puts the new touchpoint where the old one was, in its container's list and in the CST. */
function graft(oldNode: Touchpoint, newNode: Touchpoint, blockCst: CompositeCstNodeImpl): void {
    const parsedRoot = newNode.$cstNode as CompositeCstNodeImpl;
    for (const child of parsedRoot.content) (child as { container?: CstNode }).container = blockCst;
    blockCst.content = parsedRoot.content;
    blockCst.astNode = newNode;
    (blockCst as unknown as { _rangeCache: unknown })._rangeCache = undefined;
    (newNode as { $cstNode?: CstNode }).$cstNode = blockCst;
    const stage = oldNode.$container;
    stage.touchpoints[oldNode.$containerIndex!] = newNode;
    Object.assign(newNode, { $container: stage, $containerProperty: 'touchpoints', $containerIndex: oldNode.$containerIndex });
}
