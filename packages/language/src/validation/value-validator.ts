import { CstUtils, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { assignedFeature } from '../cst-features.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { singleValuedProperties, wordProperties } from '../grammar-tables.js';
import type { Quantity } from '../generated/ast.js';
import { isVocabularyProperty, SYNONYMS, VOCABULARIES, VOCABULARY_LABELS, type VocabularyProperty } from '@cjourney/model';
import { closestMatch, listWords, withArticle } from '../suggestions.js';
import { displayName, reporter } from './report.js';

/** The closed word lists (`invalid-value`), numbers, and properties written twice. */
export class ValueValidator {
    /** Every word property the grammar gives this element (`emotion`, `power`…) against its word list. */
    checkWords(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of wordProperties(node.$type)) {
            const word = (node as unknown as Record<string, unknown>)[property];
            if (typeof word === 'string' && isVocabularyProperty(property)) {
                checkWord(node, property, word, accept);
            }
        }
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

function writesAnyTwice(content: readonly CstNode[], singleValued: readonly string[]): boolean {
    const seen = new Set<string>();
    for (const child of content) {
        const feature = assignedFeature(child);
        if (feature && singleValued.includes(feature)) {
            if (seen.has(feature)) return true;
            seen.add(feature);
        }
    }
    return false;
}

function checkWord(node: AstNode, property: VocabularyProperty, word: string, accept: ValidationAcceptor): void {
    const allowed = VOCABULARIES[property].map(entry => entry.word);
    if ((allowed as readonly string[]).includes(word)) {
        return;
    }
    const suggestion = SYNONYMS[property][word.toLowerCase()] ?? closestMatch(word, allowed);
    const label = VOCABULARY_LABELS[property];
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    reporter(accept)(
        DiagnosticCode.InvalidValue,
        `'${word}' is not ${withArticle(label)}.${hint} Use ${listWords(allowed)}.`,
        { node, property },
        { suggestion, actual: word }
    );
}
