import { CstUtils, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { assignedFeature } from '../cst-features.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Kpi, Quantity, Stakeholder, Touchpoint } from '../generated/ast.js';
import { SYNONYMS, VOCABULARIES, VOCABULARY_LABELS, type VocabularyProperty } from '@cjourney/model';
import { closestMatch, listWords, withArticle } from '../suggestions.js';
import { displayName, reporter } from './report.js';

/** Single-valued properties per element type; writing one twice is `duplicate-property`. */
const SINGLE_VALUED: Readonly<Record<string, readonly string[]>> = {
    Journey: ['description'],
    Stakeholder: ['type', 'power', 'interest', 'attitude', 'role', 'description'],
    Persona: ['description'],
    Stage: ['description'],
    Touchpoint: ['channel', 'persona', 'goal', 'emotion', 'owner', 'trigger', 'description'],
    Kpi: ['stage', 'better', 'current', 'target', 'unit', 'description']
};

/** The closed word lists (`invalid-value`), numbers, and properties written twice. */
export class ValueValidator {

    checkStakeholderWords(stakeholder: Stakeholder, accept: ValidationAcceptor): void {
        checkWord(stakeholder, 'type', stakeholder.type, accept);
        checkWord(stakeholder, 'power', stakeholder.power, accept);
        checkWord(stakeholder, 'interest', stakeholder.interest, accept);
        checkWord(stakeholder, 'attitude', stakeholder.attitude, accept);
    }

    checkTouchpointWords(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        checkWord(touchpoint, 'emotion', touchpoint.emotion, accept);
    }

    checkKpiWords(kpi: Kpi, accept: ValidationAcceptor): void {
        checkWord(kpi, 'better', kpi.better, accept);
    }

    checkNumber(quantity: Quantity, accept: ValidationAcceptor): void {
        if (!Number.isFinite(quantity.value)) {
            reporter(accept)(DiagnosticCode.InvalidValue, 'This number is too large to use. Write it with fewer digits.', { node: quantity, property: 'value' });
        }
    }

    checkPropertiesWrittenOnce(node: AstNode, accept: ValidationAcceptor): void {
        const singleValued = SINGLE_VALUED[node.$type];
        if (!singleValued || !isCompositeCstNode(node.$cstNode)) {
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
                written.set(feature, [...written.get(feature) ?? [], child]);
            }
        }
        const report = reporter(accept);
        for (const [property, values] of written) {
            for (const overridden of values.slice(0, -1)) {
                const keyword = CstUtils.getPreviousNode(overridden, false);
                const start = keyword?.range.start ?? overridden.range.start;
                report(DiagnosticCode.DuplicateProperty,
                    `${displayName(node as { name?: string; title?: string })} sets '${property}' more than once; only the last one counts, so this one is ignored.`,
                    { node, range: { start, end: overridden.range.end } });
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

function checkWord(node: AstNode, property: VocabularyProperty, word: string | undefined, accept: ValidationAcceptor): void {
    if (word === undefined) {
        return;
    }
    const allowed = VOCABULARIES[property].map(entry => entry.word);
    if ((allowed as readonly string[]).includes(word)) {
        return;
    }
    const suggestion = SYNONYMS[property][word.toLowerCase()] ?? closestMatch(word, allowed);
    const label = VOCABULARY_LABELS[property];
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    reporter(accept)(DiagnosticCode.InvalidValue,
        `'${word}' is not ${withArticle(label)}.${hint} Use ${listWords(allowed)}.`,
        { node, property },
        { suggestion, actual: word });
}
