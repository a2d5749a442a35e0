/** The diff for a terminal: one line per change, coloured when stdout is a terminal. */
import type { ElementChange, ModelDiff } from '@cjourney/language';
import { describeChange, elementWord } from './describe-change.js';
import { summaryLine } from './summary-line.js';

const SYMBOL: Readonly<Record<ElementChange['kind'], string>> = { added: '+', removed: '-', changed: '~', renamed: '~', moved: '→' };
const COLOUR: Readonly<Record<ElementChange['kind'], number>> = { added: 32, removed: 31, changed: 33, renamed: 36, moved: 36 };

export function formatDiffText(diffs: readonly ModelDiff[], colour: boolean): string {
    const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const lines: string[] = [];
    for (const diff of diffs.filter(candidate => candidate.status !== 'unchanged')) {
        lines.push(paint(1, `${diff.file}${diff.status === 'changed' ? '' : ` (${diff.status})`}`));
        for (const journey of diff.journeys.filter(candidate => candidate.status !== 'unchanged')) {
            lines.push(`  ${journey.title}${journey.status === 'changed' ? '' : ` — journey ${journey.status}`}`);
            journey.changes.forEach(change => lines.push(`    ${paint(COLOUR[change.kind], SYMBOL[change.kind])} ${line(change)}`));
        }
        diff.shared.forEach(change => lines.push(`  ${paint(COLOUR[change.kind], SYMBOL[change.kind])} shared ${line(change)}`));
    }
    lines.push(summaryLine(diffs));
    return lines.join('\n') + '\n';
}

function line(change: ElementChange): string {
    const name = change.element === 'touchpoint' ? change.path : `${elementWord(change)} ${change.title}`;
    return `${name}: ${describeChange(change).join('; ')}`;
}
