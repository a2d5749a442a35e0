/**
 * Moving CST nodes to new text positions, for a spliced block (touchpoint-splice.ts).
 * Langium's leaves keep their offset and line/column as fields and composites cache their
 * range, so a splice must move every leaf after the edit and forget the caches above it.
 * The fields are Langium's (cst-node-builder.ts); nothing else about them is assumed.
 */
import { CompositeCstNodeImpl, type CstNode } from 'langium';

/** How text moved: offsets by `offset`, lines by `lines`, and on line `fromLine` (before moving) columns by `columns`. */
export interface TextShift {
    readonly offset: number;
    readonly lines: number;
    readonly fromLine: number;
    readonly columns: number;
}

interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface CompositeFields {
    _rangeCache: unknown;
}

function moveLeaf(leaf: LeafFields, shift: TextShift): void {
    leaf._offset += shift.offset;
    if (leaf._startLine === shift.fromLine) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.fromLine) leaf._endColumn += shift.columns;
    leaf._startLine += shift.lines;
    leaf._endLine += shift.lines;
}

/** Moves every leaf under `node` (a block parsed on its own, placed into the document). */
export function shiftAll(node: CstNode, shift: TextShift): void {
    if (node instanceof CompositeCstNodeImpl) {
        (node as unknown as CompositeFields)._rangeCache = undefined;
        for (const child of node.content) shiftAll(child, shift);
    } else {
        moveLeaf(node as unknown as LeafFields, shift);
    }
}

/** The end of the last node under `node`, hidden ones (comments) included. */
function lastEnd(node: CstNode): number {
    let last = node;
    while (last instanceof CompositeCstNodeImpl && last.content.length > 0) last = last.content[last.content.length - 1];
    return last.end;
}

/**
 * Moves every leaf that starts at or after `from`, and forgets the cached ranges of the
 * composites holding them. Children are visited from the last one back, stopping at the
 * first that ends before `from`, so the text before the edit is not walked.
 */
export function shiftFrom(node: CstNode, from: number, shift: TextShift): void {
    if (!(node instanceof CompositeCstNodeImpl)) {
        if (node.offset >= from) moveLeaf(node as unknown as LeafFields, shift);
        return;
    }
    (node as unknown as CompositeFields)._rangeCache = undefined;
    for (let i = node.content.length - 1; i >= 0; i--) {
        const child = node.content[i];
        if (lastEnd(child) <= from) return;
        shiftFrom(child, from, shift);
    }
}
