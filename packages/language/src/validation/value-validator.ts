import { CstUtils, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { assignedFeature, findFirstNodeForProperty } from '../cst-features.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { singleValuedProperties, wordProperties } from '../grammar-tables.js';
import type { Emotion, Quantity, Touchpoint } from '../generated/ast.js';
import { SYNONYMS, VOCABULARIES, VOCABULARY_LABELS, isVocabularyWord, vocabularyOf, type VocabularyProperty } from '@cjourney/model';
import { closestMatch, listWords, withArticle } from '../suggestions.js';
import { displayName, reporter } from './report.js';

/** The closed word lists (`invalid-value`), numbers, and properties written twice. */
export class ValueValidator {
    /** Every word property the grammar gives this element (`emotion`, `power`…) against its word list. */
    checkWords(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of wordProperties(node.$type)) {
            const word = (node as unknown as Record<string, unknown>)[property];
            const vocabulary = vocabularyOf(node.$type, property);
            if (typeof word === 'string' && vocabulary) {
                checkWord(node, property, vocabulary, word, accept);
            }
        }
    }

    checkEmotionsWrittenOnce(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        checkEmotionsWrittenOnce(touchpoint, accept);
    }

    checkNumber(quantity: Quantity, accept: ValidationAcceptor): void {
        if (!Number.isFinite(quantity.value)) {
            reporter(accept)(DiagnosticCode.InvalidValue, 'This number is too large to use. Write it with fewer digits.', {
                node: quantity,
                property: 'value'
            });
        }
    }

    checkPropertiesWrittenOnce(node: AstNode, accept: ValidationAcceptor): void {
        const singleValued = singleValuedProperties(node.$type);
        if (singleValued.length === 0 || !isCompositeCstNode(node.$cstNode)) {
            return;
        }
        // Runs for every element on every keystroke: most write each property once, and skip the lists.
        if (!writesAnyTwice(node.$cstNode.content, singleValued)) {
            return;
        }
        const written = new Map<string, CstNode[]>();
        for (const child of node.$cstNode.content) {
            const feature = assignedFeature(child);
            if (feature && singleValued.includes(feature)) {
                written.set(feature, [...(written.get(feature) ?? []), child]);
            }
        }
        const report = reporter(accept);
        for (const [property, values] of written) {
            for (const overridden of values.slice(0, -1)) {
                const keyword = CstUtils.getPreviousNode(overridden, false);
                const start = keyword?.range.start ?? overridden.range.start;
                report(
                    DiagnosticCode.DuplicateProperty,
                    `${displayName(node as { name?: string; title?: string })} sets '${property}' more than once; only the last one counts, so this one is ignored.`,
                    { node, range: { start, end: overridden.range.end } }
                );
            }
        }
    }
}

/**
 * Version 2: a step has one plain `emotion` and one per persona; a second one for the same
 * people is `duplicate-property` (the last one counts), on the overridden line's keyword and word.
 */
export function checkEmotionsWrittenOnce(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.emotions.length < 2) {
        return;
    }
    const last = new Map<string, Emotion>();
    const overridden: { line: Emotion; who: string }[] = [];
    for (const line of [...touchpoint.emotions].reverse()) {
        const keys = line.personas.length === 0 ? [''] : line.personas.map(reference => reference.$refText);
        for (const key of keys) {
            if (last.has(key)) {
                overridden.push({ line, who: key });
            } else {
                last.set(key, line);
            }
        }
    }
    const report = reporter(accept);
    for (const { line, who } of overridden.reverse()) {
        const start = line.$cstNode?.range.start;
        const end = findFirstNodeForProperty(line.$cstNode, 'emotion')?.range.end;
        const what = who === '' ? `'emotion'` : `the emotion for ${who}`;
        report(
            DiagnosticCode.DuplicateProperty,
            `${displayName(touchpoint)} sets ${what} more than once; only the last one counts, so this one is ignored.`,
            start && end ? { node: line, range: { start, end } } : { node: line }
        );
    }
}

/** Whether some single-valued property is assigned twice among `content`; runs for every element, so it allocates only once a property is seen. */
function writesAnyTwice(content: readonly CstNode[], singleValued: readonly string[]): boolean {
    let seen: string[] | undefined;
    for (const child of content) {
        const feature = assignedFeature(child);
        if (feature === undefined || !singleValued.includes(feature)) continue;
        if (seen?.includes(feature)) return true;
        (seen ??= []).push(feature);
    }
    return false;
}

function checkWord(node: AstNode, property: string, vocabulary: VocabularyProperty, word: string, accept: ValidationAcceptor): void {
    if (isVocabularyWord(vocabulary, word)) {
        return;
    }
    const allowed = VOCABULARIES[vocabulary].map(entry => entry.word);
    const suggestion = SYNONYMS[vocabulary][word.toLowerCase()] ?? closestMatch(word, allowed);
    const label = VOCABULARY_LABELS[vocabulary];
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    reporter(accept)(
        DiagnosticCode.InvalidValue,
        `'${word}' is not ${withArticle(label)}.${hint} Use ${listWords(allowed)}.`,
        { node, property },
        { suggestion, actual: word }
    );
}
