/**
 * The quick fix of `unlinked-opportunity`: moves an opportunity into the block of the pain
 * written just before it — version 1's reading, where an opportunity answered the nearest
 * pain before it — so upgrading a file to version 2 keeps every pairing it had.
 */
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The edits that nest the opportunity starting at `range`, and the pain's text; undefined when no pain is written before it. */
export function nestOpportunityEdits(document: LangiumDocument, range: Range): { edits: TextEdit[]; pain: string } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    const opportunity = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isOpportunity);
    const touchpoint = opportunity?.$container;
    if (!opportunity?.$cstNode || !ast.isTouchpoint(touchpoint)) {
        return undefined;
    }
    const start = opportunity.$cstNode.offset;
    const pain = touchpoint.pains.filter(candidate => (candidate.$cstNode?.end ?? Infinity) <= start).at(-1);
    if (!pain?.$cstNode) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const written = text.slice(start, opportunity.$cstNode.end);
    return { edits: [insertIntoPain(document, pain, written), removal(document, opportunity.$cstNode.range)], pain: pain.text ?? '' };
}

/** The opportunity's own lines when it stands alone on them, else just its text. */
function removal(document: LangiumDocument, range: Range): TextEdit {
    const before = lineText(document, range.start.line).slice(0, range.start.character);
    const after = lineText(document, range.end.line).slice(range.end.character);
    if (before.trim() === '' && after.trim() === '') {
        return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range, newText: '' };
}

function insertIntoPain(document: LangiumDocument, pain: ast.Pain, written: string): TextEdit {
    const cst = pain.$cstNode!;
    const indentation = /^\s*/.exec(lineText(document, cst.range.start.line))?.[0] ?? '';
    const inner = `${indentation}    `;
    const closing = cst.text.endsWith('}') ? cst.range.end : undefined;
    if (!closing) {
        // No block yet: open one after the pain's text (and inline evidence).
        const newText = written.includes('\n') ? ` {\n${inner}${written}\n${indentation}}` : ` { ${written} }`;
        return { range: { start: cst.range.end, end: cst.range.end }, newText };
    }
    const brace = { line: closing.line, character: closing.character - 1 };
    const braceLine = lineText(document, brace.line).slice(0, brace.character);
    if (braceLine.trim() === '') {
        const lineStart = { line: brace.line, character: 0 };
        return { range: { start: lineStart, end: lineStart }, newText: `${inner}${written}\n` };
    }
    return { range: { start: brace, end: brace }, newText: `${written} ` };
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
