import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind,
    type CodeAction,
    type CodeActionParams,
    type Command,
    type Diagnostic,
    type Range,
    type TextEdit
} from 'vscode-languageserver';
import { DiagnosticCode, type DiagnosticData } from '../diagnostic-codes.js';
import * as ast from '../generated/ast.js';
import type { CJourneyServices } from '../cjourney-module.js';
import { addOwnerChoices } from './add-owner-fix.js';
import { nestOpportunityEdits } from './nest-opportunity-fix.js';
import { displayName } from '../validation/report.js';

/** What each quick fix needs to know about the document. */
interface FixContext {
    services: CJourneyServices;
    document: LangiumDocument;
    diagnostic: Diagnostic;
    data: DiagnosticData;
}

type Fix = (context: FixContext) => CodeAction[];

/**
 * Quick fixes keyed on the contract's diagnostic codes: correct a misspelt name or word,
 * declare a missing stakeholder/persona/channel/source/competitor/lane, note an opportunity for
 * a pain, give a planned opportunity an owner, remove an unused declaration, a duplicate or
 * self-looping flow step, or an overridden property.
 */
export class CJourneyCodeActionProvider implements CodeActionProvider {
    private readonly services: CJourneyServices;

    constructor(services: CJourneyServices) {
        this.services = services;
    }

    private readonly fixes: Partial<Record<DiagnosticCode, Fix>> = {
        [DiagnosticCode.UnresolvedReference]: context => [...useSuggestion(context), ...declareMissing(context)],
        [DiagnosticCode.InvalidValue]: context => useSuggestion(context),
        [DiagnosticCode.PainWithoutOpportunity]: context => addOpportunity(context),
        [DiagnosticCode.UnusedPersona]: context => removeDeclaration(context, 'persona'),
        [DiagnosticCode.UnusedChannel]: context => removeDeclaration(context, 'channel'),
        [DiagnosticCode.DuplicateFlow]: context => removeFlowStep(context, 'Remove the repeated flow step'),
        [DiagnosticCode.SelfLoop]: context => removeFlowStep(context, 'Remove the step to itself'),
        [DiagnosticCode.DuplicateProperty]: context => removeRange(context, context.diagnostic.range, 'Remove the ignored value'),
        [DiagnosticCode.UnlinkedOpportunity]: context => nestOpportunity(context),
        [DiagnosticCode.OpportunityWithoutOwner]: context => addOwner(context)
    };

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => {
            const data = diagnostic.data as DiagnosticData | undefined;
            const fix = data?.code ? this.fixes[data.code] : undefined;
            return fix ? fix({ services: this.services, document, diagnostic, data: data! }) : [];
        });
    }
}

function action(title: string, context: FixContext, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred: preferred,
        edit: { changes: { [context.document.uri.toString()]: edits } }
    };
}

/** Version 1's reading: the opportunity answers the pain written before it, so nest it there. */
function nestOpportunity(context: FixContext): CodeAction[] {
    const nested = nestOpportunityEdits(context.document, context.diagnostic.range);
    return nested ? [action(`Nest it in the pain ${displayName({ title: nested.pain })} it follows`, context, nested.edits, true)] : [];
}

function addOwner(context: FixContext): CodeAction[] {
    return addOwnerChoices(context.services, context.document, context.diagnostic.range).map(choice =>
        action(`Set the owner to '${choice.name}'`, context, choice.edits, choice.preferred)
    );
}

function useSuggestion(context: FixContext): CodeAction[] {
    const suggestion = context.data.suggestion;
    return suggestion
        ? [action(`Change to '${suggestion}'`, context, [{ range: context.diagnostic.range, newText: suggestion }], true)]
        : [];
}

function nodeAt(document: LangiumDocument, range: Range): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    return root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start))?.astNode : undefined;
}

function indentationOf(document: LangiumDocument, line: number): string {
    return /^\s*/.exec(lineText(document, line))?.[0] ?? '';
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Inserts `text` as new lines after `line`, at the given indentation. */
function insertLinesAfter(line: number, indentation: string, text: string): TextEdit {
    return {
        range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } },
        newText: `${indentation}${text}\n`
    };
}

const DECLARABLE = new Set(['stakeholder', 'persona', 'channel', 'source', 'competitor', 'lane']);

/** `stakeholder Name "Name"` at the top of the journey (or file) where the name is used. */
function declareMissing(context: FixContext): CodeAction[] {
    const { document, data } = context;
    const name = data.actual;
    const kind = data.expectedKind;
    if (!name || !kind || !DECLARABLE.has(kind)) {
        return [];
    }
    const journey = AstUtils.getContainerOfType(nodeAt(document, context.diagnostic.range), ast.isJourney);
    const declaration = `${kind} ${name} "${name}"`;
    if (journey?.$cstNode) {
        const openLine = journey.$cstNode.range.start.line;
        const indentation = indentationOf(document, openLine) + '  ';
        return [action(`Declare ${kind} '${name}' in this journey`, context, [insertLinesAfter(openLine, indentation, declaration)])];
    }
    return [
        action(`Declare ${kind} '${name}'`, context, [
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${declaration}\n` }
        ])
    ];
}

/** A placeholder opportunity right after the pain (or the emotion) that has none. */
function addOpportunity(context: FixContext): CodeAction[] {
    const { document, diagnostic } = context;
    const touchpoint = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range), ast.isTouchpoint);
    const cst = touchpoint?.$cstNode;
    if (!cst) {
        return [];
    }
    const line = diagnostic.range.end.line;
    const opportunity = 'opportunity "What would make this moment better?"';
    if (cst.range.end.line === line) {
        // The touchpoint closes on this line: add the opportunity inside its braces.
        const end = cst.range.end;
        const before = { line: end.line, character: end.character - 1 };
        return [action('Add an opportunity', context, [{ range: { start: before, end: before }, newText: `${opportunity} ` }], true)];
    }
    return [
        action(
            'Add an opportunity',
            context,
            [insertLinesAfter(line, indentationOf(document, diagnostic.range.start.line), opportunity)],
            true
        )
    ];
}

/** Deletes a declaration and, when it fills its lines, the lines too. */
function removeDeclaration(context: FixContext, kind: string): CodeAction[] {
    const node = nodeAt(context.document, context.diagnostic.range);
    const declaration = node && (ast.isPersona(node) || ast.isChannel(node)) ? node : undefined;
    return declaration?.$cstNode ? removeRange(context, declaration.$cstNode.range, `Remove the unused ${kind} '${declaration.name}'`) : [];
}

function removeRange(context: FixContext, range: Range, title: string): CodeAction[] {
    const { document } = context;
    const before = lineText(document, range.start.line).slice(0, range.start.character);
    const after = lineText(document, range.end.line).slice(range.end.character);
    const wholeLines = before.trim() === '' && after.trim() === '';
    const deleted: Range = wholeLines
        ? { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }
        : { start: range.start, end: { line: range.end.line, character: range.end.character + (/^\s*/.exec(after)?.[0].length ?? 0) } };
    return [action(title, context, [{ range: deleted, newText: '' }], true)];
}

/**
 * Removes one step of a chain without losing the others: `flow X -> A -> B -> C` without
 * the step A -> B becomes `flow X -> A` and `flow B -> C`; parts of one touchpoint vanish.
 */
function removeFlowStep(context: FixContext, title: string): CodeAction[] {
    const { document, diagnostic } = context;
    const flow = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range), ast.isFlow);
    if (!flow?.$cstNode) {
        return [];
    }
    const offset = document.textDocument.offsetAt(diagnostic.range.end);
    const index = flow.steps.findIndex(step => step.$refNode && step.$refNode.end === offset);
    if (index <= 0) {
        return [];
    }
    const names = flow.steps.map(step => step.$refText);
    const parts = [names.slice(0, index), names.slice(index)].filter(part => part.length >= 2);
    const indentation = indentationOf(document, flow.$cstNode.range.start.line);
    const text = parts.map(part => `flow ${part.join(' -> ')}`).join(`\n${indentation}`);
    if (parts.length === 0) {
        return removeRange(context, flow.$cstNode.range, title);
    }
    return [action(title, context, [{ range: flow.$cstNode.range, newText: text }], true)];
}
