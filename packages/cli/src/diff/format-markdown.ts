/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown): a summary line, then per
 * journey a table per changed stage and collapsible sections for KPIs, stakeholders,
 * personas, channels and flow steps. All user text is escaped (format/markdown.ts).
 */
import { describeChanges, type ElementDiff, type JourneyChange, type JourneyDiff, plural, type Style } from '@cjourney/model';
import { emotionWithFace } from '../format/emotion-faces.js';
import { code, details, escapeHtmlText, escapeMarkdown, table, titled } from '../format/markdown.js';

const markdown: Style = {
    text: value => `“${escapeMarkdown(value)}”`,
    word: value => code(value),
    strong: value => `**${value}**`,
    emotion: value => emotionWithFace(value),
    added: '➕',
    removed: '➖'
};

const STATUS_MARK = { added: '➕', removed: '➖', changed: '✏️' } as const;
const MOVED_MARK = '🔀';
const STATUS_WORD = { added: 'added', removed: 'removed', changed: 'changed' } as const;

export const DIFF_HEADING = '### 🗺️ Journey changes';

export function formatDiffMarkdown(diff: JourneyDiff): string {
    const parts = [`${DIFF_HEADING}\n`];
    if (diff.summary.identical) {
        parts.push('No changes to journeys.\n');
        return parts.join('\n');
    }
    parts.push(summaryLine(diff) + '\n');
    diff.journeys.forEach(journey => parts.push(journeySection(journey)));
    if (diff.shared.length > 0) {
        parts.push(
            `#### Shared definitions\n\n${elementTable('Definition', diff.shared, element => `${element.kind} ${name(element)} · ${code(element.file ?? '')}`)}`
        );
    }
    return parts.join('\n');
}

function summaryLine(diff: JourneyDiff): string {
    const counts = { added: 0, removed: 0, changed: 0 };
    diff.journeys.forEach(journey => counts[journey.status]++);
    const journeys = (Object.keys(counts) as (keyof typeof counts)[])
        .filter(status => counts[status] > 0)
        .map(status => `${counts[status]} ${counts[status] === 1 ? 'journey' : 'journeys'} ${STATUS_WORD[status]}`);
    const headline = journeys.length > 0 ? `**${journeys.join(', ')}**` : '**Shared definitions changed**';
    const details = diff.summary.items.filter(item => !item.key.startsWith('journey-added') && !item.key.startsWith('journey-removed'));
    return details.length > 0 ? `${headline}: ${details.map(item => item.text).join(' · ')}` : headline;
}

function journeySection(journey: JourneyChange): string {
    const where = journey.fileBefore ? `${code(journey.fileBefore)} → ${code(journey.file)}` : code(journey.file);
    const heading = `#### ${STATUS_MARK[journey.status]} ${escapeMarkdown(journey.title)} (${code(journey.id)}) · ${where}\n`;
    if (journey.size) {
        const what = journey.status === 'added' ? 'New journey' : 'Journey removed';
        return `${heading}\n${what}: ${plural(journey.size.stages, 'stage')}, ${plural(journey.size.touchpoints, 'touchpoint')}.\n`;
    }
    const parts = [heading];
    const journeyChanges = describeChanges(journey, markdown);
    if (journeyChanges.length > 0) {
        parts.push(journeyChanges.map(change => `- ${change}`).join('\n') + '\n');
    }
    parts.push(...stageSections(journey));
    parts.push(...collapsibleSections(journey));
    return parts.join('\n');
}

/** One table per stage that changed or holds changed touchpoints, left to right; removed stages where they were. */
function stageSections(journey: JourneyChange): string[] {
    const stages = new Map<string, { title: string; index: number; removed: boolean }>();
    for (const touchpoint of journey.touchpoints) {
        const stage = touchpoint.stage ?? { id: '', title: '', index: Number.MAX_SAFE_INTEGER };
        if (!stages.has(stage.id)) {
            stages.set(stage.id, { title: stage.title, index: stage.index ?? 0, removed: touchpoint.status === 'removed' });
        }
    }
    journey.stages.forEach(stage =>
        stages.set(stage.id, { title: stage.title, index: stage.index ?? 0, removed: stage.status === 'removed' })
    );
    const ordered = [...stages].sort(([, a], [, b]) => a.index - b.index || Number(a.removed) - Number(b.removed));
    return ordered.map(([stageId, { title }]) => {
        const stage = journey.stages.find(candidate => candidate.id === stageId);
        const touchpoints = journey.touchpoints.filter(touchpoint => (touchpoint.stage?.id ?? '') === stageId);
        const stageLine = stage
            ? ` — ${stage.status === 'changed' ? describeChanges(stage, markdown).join('; ') : `${STATUS_MARK[stage.status]} stage ${STATUS_WORD[stage.status]}`}`
            : '';
        const body = touchpoints.length > 0 ? '\n\n' + elementTable('Touchpoint', touchpoints, name) : '\n';
        return `**Stage ${escapeMarkdown(title)}**${stageLine}${body}`;
    });
}

function collapsibleSections(journey: JourneyChange): string[] {
    const sections: string[] = [];
    const add = (label: string, elements: ElementDiff[], column: string) => {
        if (elements.length > 0) {
            sections.push(
                details(`<b>${label}</b>: ${countText(elements)} — ${namesText(elements)}`, elementTable(column, elements, name))
            );
        }
    };
    add('KPIs', journey.kpis, 'KPI');
    add('Stakeholders', journey.stakeholders, 'Stakeholder');
    add('Personas', journey.personas, 'Persona');
    add('Channels', journey.channels, 'Channel');
    const { added, removed } = journey.flows;
    if (added.length + removed.length > 0) {
        const rows = [
            ...added.map(edge => [STATUS_MARK.added, `${markdown.text(edge.from.title)} → ${markdown.text(edge.to.title)}`]),
            ...removed.map(edge => [STATUS_MARK.removed, `${markdown.text(edge.from.title)} → ${markdown.text(edge.to.title)}`])
        ];
        const counts = [added.length > 0 ? `${added.length} added` : '', removed.length > 0 ? `${removed.length} removed` : '']
            .filter(Boolean)
            .join(', ');
        sections.push(details(`<b>Flow steps</b>: ${counts}`, table(['', 'Step'], rows, ['center', 'left'])));
    }
    return sections;
}

function countText(elements: readonly ElementDiff[]): string {
    return (['added', 'removed', 'changed'] as const)
        .map(status => [status, elements.filter(element => element.status === status).length] as const)
        .filter(([, count]) => count > 0)
        .map(([status, count]) => `${count} ${STATUS_WORD[status]}`)
        .join(', ');
}

/** The first few names, so a collapsed section still says what it is about. */
function namesText(elements: readonly ElementDiff[]): string {
    const shown = elements
        .slice(0, 3)
        .map(element => escapeHtmlText(element.title))
        .join(' · ');
    return elements.length > 3 ? `${shown} and ${elements.length - 3} more` : shown;
}

function elementTable(column: string, elements: readonly ElementDiff[], label: (element: ElementDiff) => string): string {
    const rows = elements.map(element => [
        markOf(element),
        label(element),
        element.status === 'changed' ? describeChanges(element, markdown).join('<br>') : STATUS_WORD[element.status]
    ]);
    return table(['', column, 'Change'], rows, ['center', 'left', 'left']);
}

/** Moved without other changes reads as a move, not an edit. */
function markOf(element: ElementDiff): string {
    return element.status === 'changed' && element.moved && element.changes.length === 0 && !element.renamedFrom
        ? MOVED_MARK
        : STATUS_MARK[element.status];
}

function name(element: ElementDiff): string {
    return titled(element.title, element.id);
}
