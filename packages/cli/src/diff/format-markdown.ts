/**
 * The diff as a pull-request comment: a summary line, a table of touchpoint changes per
 * stage, and the other changes (stages, stakeholders, KPIs, flows…) in collapsible details.
 * Every user text is escaped, so no title can break a table or inject HTML.
 */
import type { ElementChange, ModelDiff } from '@cjourney/language';
import { markdownText, table } from '../format/markdown-text.js';
import { describeChange, elementWord } from './describe-change.js';
import { summaryLine } from './summary-line.js';

const MARK: Readonly<Record<ElementChange['kind'], string>> = { added: '➕ added', removed: '➖ removed', changed: '✏️ changed', renamed: '🏷️ renamed', moved: '↔️ moved' };

export const COMMENT_MARKER = '<!-- cjourney-diff -->';

export function formatDiffMarkdown(diffs: readonly ModelDiff[]): string {
    const lines = [COMMENT_MARKER, '## 🗺️ Journey changes', '', `**${markdownText(summaryLine(diffs))}**`, ''];
    for (const diff of diffs.filter(candidate => candidate.status !== 'unchanged')) {
        for (const journey of diff.journeys.filter(candidate => candidate.status !== 'unchanged')) {
            lines.push(`### ${markdownText(journey.title)}${journey.status === 'changed' ? '' : ` (journey ${journey.status})`}`, '', `\`${diff.file.replace(/`/g, "'")}\``, '');
            lines.push(...journeySections(journey.changes));
        }
        if (diff.shared.length > 0) {
            lines.push(`### Shared definitions in \`${diff.file.replace(/`/g, "'")}\``, '', ...changeTable(diff.shared, true), '');
        }
    }
    return lines.join('\n').trimEnd() + '\n';
}

function journeySections(changes: readonly ElementChange[]): string[] {
    const lines: string[] = [];
    const touchpoints = changes.filter(change => change.element === 'touchpoint');
    const stages = [...new Set(touchpoints.map(stageOf))];
    for (const stage of stages) {
        const inStage = touchpoints.filter(change => stageOf(change) === stage);
        lines.push(`#### ${markdownText(stage)}`, '', ...changeTable(inStage, false), '');
    }
    const others = changes.filter(change => change.element !== 'touchpoint');
    if (others.length > 0) {
        const kinds = [...new Set(others.map(elementWord))].map(word => `${word}s`).join(', ');
        lines.push(`<details><summary>${markdownText(`${kinds} (${others.length} ${others.length === 1 ? 'change' : 'changes'})`)}</summary>`, '', ...changeTable(others, true), '', '</details>', '');
    }
    return lines;
}

function stageOf(change: ElementChange): string {
    return change.path.split(' › ')[0];
}

function changeTable(changes: readonly ElementChange[], withKind: boolean): string[] {
    return table(['', withKind ? 'Element' : 'Touchpoint', 'What changed'], changes.map(change => [
        MARK[change.kind],
        withKind ? `${elementWord(change)} ${markdownText(change.title)}` : markdownText(change.title),
        describeChange(change).map(markdownText).join('<br>')
    ]));
}
