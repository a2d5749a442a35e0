/**
 * Validation after a touchpoint splice (issue 17, part 1) or a string value changed in place
 * (string-edit.ts: see valueEditPlan): each node's diagnostics of the last validation are
 * kept apart, so that after a splice only the nodes the edit can affect are checked again:
 * the new touchpoint and everything in it, its stage, the nodes whose references the linker
 * resolved again (a flow into the touchpoint, a KPI), and the journey and its file unless
 * what their checks read of the touchpoint is unchanged (touchpoint-facts.ts). Every other node's diagnostics are kept, moved with the text after
 * the edit. A full validation runs whenever that bound is not known: no change or more than
 * one since the last validation, a full link, other check categories, or a kept diagnostic
 * whose range reaches into the edited text.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { TextShift } from './cst-shift.js';
import { inPlaceSerialOf, onlyInPlaceChangeSince } from './build-memory.js';
import type { ValueEdit } from './string-edit.js';
import type { Splice } from './touchpoint-splice.js';
import { displayName } from '../validation/report.js';
import { journeyFactsOf, sameFacts } from './touchpoint-facts.js';

interface ValidationMemo {
    readonly root: AstNode;
    /** The document's count of in-place changes when it was validated. */
    readonly serial: number;
    readonly categories: string;
    /** The diagnostics of each node that had any. */
    readonly byNode: Map<AstNode, Diagnostic[]>;
}

/** What to check again, and the diagnostics kept for the other nodes. */
export interface ValidationPlan {
    readonly recheck: readonly AstNode[];
    readonly kept: Map<AstNode, Diagnostic[]>;
}

const memos = new WeakMap<LangiumDocument, ValidationMemo>();

export function rememberValidation(document: LangiumDocument, categories: string, byNode: Map<AstNode, Diagnostic[]>): void {
    memos.set(document, {
        root: document.parseResult.value,
        serial: inPlaceSerialOf(document),
        categories,
        byNode
    });
}

/** The incremental plan for the document's one change since it was validated; undefined when everything must be checked. */
export function validationPlan(document: LangiumDocument, categories: string): ValidationPlan | undefined {
    const memo = memos.get(document);
    if (!memo || memo.root !== document.parseResult.value || memo.categories !== categories) return undefined;
    const record = onlyInPlaceChangeSince(document, memo.serial);
    if (record?.change.kind === 'splice' && record.relinkedOwners) return splicePlan(memo, record.change.splice, record.relinkedOwners);
    if (record?.change.kind === 'value') return valueEditPlan(memo, record.change.edit);
    return undefined;
}

/** After a splice: the new touchpoint, its stage, the relinked nodes, and the journey unless what it reads is unchanged. */
function splicePlan(memo: ValidationMemo, splice: Splice, relinkedOwners: readonly AstNode[]): ValidationPlan | undefined {
    const { oldNode, newNode, edit, after } = splice;
    const recheck = new Set<AstNode>(AstUtils.streamAst(newNode));
    recheck.add(newNode.$container);
    for (const owner of relinkedOwners) recheck.add(owner);
    const journeyWide: AstNode[] = [];
    for (let node = newNode.$container.$container as AstNode | undefined; node; node = node.$container) journeyWide.push(node);
    if (!journeyFactsKept(memo, splice, journeyWide)) journeyWide.forEach(node => recheck.add(node));
    const skipped = new Set<AstNode>(AstUtils.streamAst(oldNode));
    recheck.forEach(node => skipped.add(node));
    const kept = keptDiagnostics(memo, skipped, edit, after);
    return kept && { recheck: [...recheck], kept };
}

/**
 * After a string's value changed in place (string-edit.ts): its node, the nodes containing it
 * (their checks read what is inside), and its siblings of its kind (checks that compare them:
 * a title used twice). A full validation instead when a diagnostic of any other node shows
 * the old value: its message would show the new one.
 */
function valueEditPlan(memo: ValidationMemo, { owner, oldValue, edit, after }: ValueEdit): ValidationPlan | undefined {
    const recheck = new Set<AstNode>();
    for (let node: AstNode | undefined = owner; node; node = node.$container) recheck.add(node);
    const siblings = owner.$container && (owner.$container as unknown as Record<string, unknown>)[owner.$containerProperty!];
    if (Array.isArray(siblings)) for (const node of siblings as AstNode[]) if (node.$type === owner.$type) recheck.add(node);
    for (const [node, diagnostics] of memo.byNode) {
        const shown = diagnostics.some(({ message }) => typeof message !== 'string' || oldValue === '' || message.includes(oldValue));
        if (shown && !recheck.has(node)) return undefined;
    }
    const kept = keptDiagnostics(memo, recheck, edit, after);
    return kept && { recheck: [...recheck], kept };
}

/** The diagnostics of the nodes not `skipped`, moved with the text after the edit; undefined if one reaches into it. */
function keptDiagnostics(
    memo: ValidationMemo,
    skipped: Set<AstNode>,
    edit: Range,
    after: TextShift
): Map<AstNode, Diagnostic[]> | undefined {
    const kept = new Map<AstNode, Diagnostic[]>();
    for (const [node, diagnostics] of memo.byNode) {
        if (skipped.has(node)) continue;
        const moved: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const range = movedRange(diagnostic.range, edit, after);
            if (!range) return undefined;
            moved.push(range === diagnostic.range ? diagnostic : { ...diagnostic, range });
        }
        kept.set(node, moved);
    }
    return kept;
}

/**
 * Whether the journey's and the file's diagnostics still hold: what their checks read of the
 * touchpoint is the same, none of their messages shows the touchpoint's changed title, and no
 * line moved (a duplicate's message names the line of the first one).
 */
function journeyFactsKept(memo: ValidationMemo, splice: Splice, journeyWide: readonly AstNode[]): boolean {
    const { oldNode, newNode, after } = splice;
    if (after.lines !== 0) return false;
    const shown = displayName(oldNode);
    const titleShown =
        shown !== displayName(newNode) &&
        journeyWide.some(node => memo.byNode.get(node)?.some(({ message }) => typeof message !== 'string' || message.includes(shown)));
    return !titleShown && sameFacts(journeyFactsOf(oldNode), journeyFactsOf(newNode));
}

function atOrBefore(position: Position, mark: Position): boolean {
    return position.line < mark.line || (position.line === mark.line && position.character <= mark.character);
}

/** A range before the edited text stays, one after it moves; undefined for one reaching into it. */
function movedRange(range: Range, edit: Range, after: TextShift): Range | undefined {
    if (atOrBefore(range.end, edit.start)) return range;
    if (!atOrBefore(edit.end, range.start)) return undefined;
    // On other lines of an edit that added or removed none, nothing moved: the diagnostic is kept as it was.
    if (after.lines === 0 && range.start.line !== after.fromLine && range.end.line !== after.fromLine) return range;
    return { start: moved(range.start, after), end: moved(range.end, after) };
}

function moved(position: Position, after: TextShift): Position {
    const character = position.line === after.fromLine ? position.character + after.columns : position.character;
    return { line: position.line + after.lines, character };
}
