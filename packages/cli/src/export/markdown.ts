/**
 * `cjourney export --format markdown`: a journey as a wiki page or PR description — a lane
 * table per stage, the stakeholder grid, KPIs with their gaps, and the flows.
 */
import { QUADRANT_INFO, QUADRANTS, emotionForScore, type CjourneyModel, type Journey, type Kpi, type Stakeholder } from '@cjourney/language';
import { markdownText, table, tableCell } from '../format/markdown-text.js';

function titleOf(items: readonly { id: string; title: string }[], id: string | undefined): string {
    return items.find(item => item.id === id)?.title ?? id ?? '';
}

export function exportMarkdown(model: CjourneyModel): string {
    const sections = model.journeys.map(journeyMarkdown);
    if (model.journeys.length === 0 && model.shared.stakeholders.length > 0) {
        sections.push([`# Shared stakeholders of ${markdownText(model.file)}`, '', ...stakeholderTable(model.shared.stakeholders)].join('\n'));
    }
    return sections.join('\n\n') + '\n';
}

function journeyMarkdown(journey: Journey): string {
    const lines = [`# ${markdownText(journey.title)}`, ''];
    if (journey.description) lines.push(markdownText(journey.description), '');
    if (journey.objectives.length > 0) lines.push('**Objectives**', '', ...journey.objectives.map(objective => `- ${markdownText(objective)}`), '');
    const average = journey.emotion.average;
    lines.push(`${journey.stages.length} stages · ${journey.touchpoints.length} touchpoints · ${journey.stakeholders.length} stakeholders · ${journey.kpis.length} KPIs` +
        (average !== undefined ? ` · average emotion ${average}/5 (about ${emotionForScore(average)})` : ''), '');
    for (const stage of journey.stages) {
        lines.push(`## ${stage.index + 1}. ${markdownText(stage.title)}`, '');
        if (stage.description) lines.push(markdownText(stage.description), '');
        const touchpoints = journey.touchpoints.filter(touchpoint => touchpoint.stageId === stage.id);
        if (touchpoints.length === 0) {
            lines.push('*No touchpoints yet.*', '');
        } else {
            lines.push(...table(['Touchpoint', 'Channel', 'Persona', 'Emotion', 'Pain points', 'Opportunities'], touchpoints.map(touchpoint => [
                tableCell([touchpoint.title]),
                tableCell(touchpoint.channelId ? [titleOf(journey.channels, touchpoint.channelId)] : []),
                tableCell(touchpoint.personaId ? [titleOf(journey.personas, touchpoint.personaId)] : []),
                touchpoint.emotion ? `${touchpoint.emotion} (${touchpoint.emotionScore})` : '',
                tableCell(touchpoint.pains.map(pain => pain.evidence ? `${pain.text} (evidence: ${pain.evidence})` : pain.text)),
                tableCell(touchpoint.opportunities.map(opportunity => opportunity.text))
            ])), '');
        }
        if (stage.needs.length > 0) {
            lines.push('**Stakeholder needs**', '', ...stage.needs.map(need => `- ${markdownText(titleOf(journey.stakeholders, need.stakeholderId))}: ${markdownText(need.text)}`), '');
        }
    }
    if (journey.stakeholders.length > 0) lines.push('## Stakeholders', '', ...stakeholderTable(journey.stakeholders), '');
    if (journey.kpis.length > 0) lines.push('## KPIs', '', ...kpiTable(journey), '');
    if (journey.flows.length > 0) {
        const step = (id: string) => markdownText(titleOf(journey.touchpoints, id));
        lines.push('## Flows', '', ...journey.flows.map(flow => `- ${step(flow.from)} → ${step(flow.to)}${flow.backward ? ' *(loops back)*' : ''}`), '');
    }
    return lines.join('\n').trimEnd();
}

/** The power/interest grid as a table, quadrant by quadrant (manage closely first). */
function stakeholderTable(stakeholders: readonly Stakeholder[]): string[] {
    const order = (stakeholder: Stakeholder) => (stakeholder.quadrant ? QUADRANTS.indexOf(stakeholder.quadrant) : QUADRANTS.length);
    const sorted = [...stakeholders].sort((a, b) => order(a) - order(b));
    return table(['Quadrant', 'Stakeholder', 'Type', 'Power', 'Interest', 'Attitude', 'Risks'], sorted.map(stakeholder => [
        stakeholder.quadrant ? QUADRANT_INFO[stakeholder.quadrant].label : 'not placed',
        tableCell([stakeholder.title]),
        stakeholder.type ?? '',
        stakeholder.power ?? '',
        stakeholder.interest ?? '',
        stakeholder.attitude,
        tableCell(stakeholder.risks)
    ]));
}

function kpiTable(journey: Journey): string[] {
    const withUnit = (kpi: Kpi, text: string) => (kpi.unit ? `${text} ${markdownText(kpi.unit)}` : text);
    return table(['KPI', 'Stage', 'Current', 'Target', 'Gap to target', 'Benchmarks'], journey.kpis.map(kpi => [
        tableCell([kpi.title]) + (kpi.better === 'lower' ? ' (lower is better)' : ''),
        tableCell(kpi.stageId ? [titleOf(journey.stages, kpi.stageId)] : []),
        kpi.current ? withUnit(kpi, kpi.current.text) : '',
        kpi.target ? withUnit(kpi, kpi.target.text) : '',
        kpi.gapToTarget ? (kpi.gapToTarget.meets ? 'met' : `${withUnit(kpi, kpi.gapToTarget.text)} short`) : '',
        kpi.benchmarks.map(benchmark => `${withUnit(kpi, benchmark.value.text)}${benchmark.source ? ` (${markdownText(benchmark.source)})` : ''}` +
            (benchmark.gap ? (benchmark.gap.meets ? ': beaten' : `: ${withUnit(kpi, benchmark.gap.text)} behind`) : '')).join('<br>')
    ]));
}
