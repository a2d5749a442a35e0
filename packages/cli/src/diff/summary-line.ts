/** "2 touchpoints moved, 1 emotion worse, 1 pain point added…" for a set of diffs. */
import { summarize, type ElementChange, type ModelDiff } from '@cjourney/language';
import { plural } from '../format/diagnostics.js';

export function allChanges(diffs: readonly ModelDiff[]): ElementChange[] {
    return diffs.flatMap(diff => [...diff.journeys.flatMap(journey => journey.changes), ...diff.shared]);
}

export function summaryLine(diffs: readonly ModelDiff[]): string {
    const changed = diffs.filter(diff => diff.status !== 'unchanged');
    if (changed.length === 0) {
        return 'No changes to the journeys.';
    }
    const changes = allChanges(diffs);
    const count = (test: (change: ElementChange) => boolean) => changes.filter(test).length;
    const of = (element: ElementChange['element'], kind: ElementChange['kind']) => count(change => change.element === element && change.kind === kind);
    const summary = summarize(changes);
    const journeysAdded = diffs.flatMap(diff => diff.journeys).filter(journey => journey.status === 'added').length;
    const journeysRemoved = diffs.flatMap(diff => diff.journeys).filter(journey => journey.status === 'removed').length;
    const parts = [
        journeysAdded && `${plural(journeysAdded, 'journey')} added`,
        journeysRemoved && `${plural(journeysRemoved, 'journey')} removed`,
        of('stage', 'added') && `${plural(of('stage', 'added'), 'stage')} added`,
        of('stage', 'removed') && `${plural(of('stage', 'removed'), 'stage')} removed`,
        of('touchpoint', 'added') && `${plural(of('touchpoint', 'added'), 'touchpoint')} added`,
        of('touchpoint', 'removed') && `${plural(of('touchpoint', 'removed'), 'touchpoint')} removed`,
        summary.moved && `${plural(summary.moved, 'element')} moved`,
        summary.renamed && `${plural(summary.renamed, 'element')} renamed`,
        summary.emotionsWorse && `${plural(summary.emotionsWorse, 'emotion')} worse`,
        summary.emotionsBetter && `${plural(summary.emotionsBetter, 'emotion')} better`,
        summary.painsAdded && `${plural(summary.painsAdded, 'pain point')} added`,
        summary.painsRemoved && `${plural(summary.painsRemoved, 'pain point')} removed`,
        count(change => change.element === 'kpi') && `${plural(count(change => change.element === 'kpi'), 'KPI')} changed`,
        count(change => change.element === 'stakeholder') && `${plural(count(change => change.element === 'stakeholder'), 'stakeholder')} changed`,
        count(change => change.element === 'flow') && `${plural(count(change => change.element === 'flow'), 'flow step')} changed`
    ].filter((part): part is string => Boolean(part));
    const files = `${plural(changed.length, 'file')} changed`;
    return parts.length > 0 ? `${files}: ${parts.join(', ')}.` : `${files}.`;
}
