/**
 * The Markdown export of what version 2 added: each persona's emotion per step, evidence
 * with its sources, moments of truth, the service blueprint, custom lanes, opportunities with
 * their status, owner and place on the portfolio, KPI history, status and competitors, the
 * journey's state and baseline, and its research sources and competitors. All user text is
 * escaped.
 */
import type { Competitor, Evidence, Journey, Kpi, Opportunity, Source, Touchpoint } from '@cjourney/model';
import { withUnit } from '@cjourney/model';
import { escapeMarkdown, table, titled as name } from '../format/markdown.js';

const PORTFOLIO_LABEL = { 'quick-win': 'quick win', 'big-bet': 'big bet', 'fill-in': 'fill-in', 'money-pit': 'money pit' } as const;

function titleIn(items: readonly { id: string; title: string }[], id: string): string {
    return escapeMarkdown(items.find(item => item.id === id)?.title ?? id);
}

export function evidenceText(evidence: Evidence, journey: Journey): string {
    const source = evidence.sourceId === undefined ? undefined : titleIn(journey.sources, evidence.sourceId);
    // A finding alone reads as version 1's `evidence "…"`.
    const finding =
        evidence.finding === undefined ? undefined : source ? `“${escapeMarkdown(evidence.finding)}”` : escapeMarkdown(evidence.finding);
    return [source, finding].filter(Boolean).join(': ');
}

/** The journey's state, baseline and custom lanes, as one line, or nothing for a plain as-is journey. */
export function journeyStateLine(journey: Journey): string {
    const facts = [
        journey.state === 'future'
            ? '**State**: future (to-be)'
            : journey.baselineId || journey.lanes.length > 0
              ? '**State**: current (as-is)'
              : '',
        journey.baselineId ? `**Baseline**: ${escapeMarkdown(journey.baselineId)}` : '',
        journey.lanes.length > 0 ? `**Lanes**: ${journey.lanes.map(lane => name(lane.title, lane.id)).join(' · ')}` : ''
    ].filter(Boolean);
    return facts.length === 0 ? '' : `${facts.join(' · ')}\n`;
}

/** The facts a touchpoint's details gain in version 2, as sentences. */
export function touchpointV2Facts(touchpoint: Touchpoint, journey: Journey): string[] {
    const personas = (ids: readonly string[]) => ids.map(id => titleIn(journey.personas, id)).join(', ');
    const own = touchpoint.personaEmotions.filter(entry => entry.own || touchpoint.personaIds.length > 1);
    return [
        touchpoint.moment !== undefined ? `Moment of truth: ${escapeMarkdown(touchpoint.moment)}.` : '',
        touchpoint.personaIds.length > 1 ? `Personas: ${personas(touchpoint.personaIds)}.` : '',
        own.length > 0
            ? `Feels: ${own.map(entry => `${titleIn(journey.personas, entry.personaId)} ${entry.emotion}${entry.evidence ? ` (${evidenceText(entry.evidence, journey)})` : ''}`).join('; ')}.`
            : '',
        touchpoint.emotionEvidence ? `Emotion evidence: ${evidenceText(touchpoint.emotionEvidence, journey)}.` : '',
        ...touchpoint.thoughtNotes
            .filter(note => note.personaIds.length > 0)
            .map(note => `${personas(note.personaIds)} thinks “${escapeMarkdown(note.text)}”.`),
        touchpoint.evidence.length > 0 ? `Evidence: ${touchpoint.evidence.map(item => evidenceText(item, journey)).join('; ')}.` : '',
        ...touchpoint.blueprint.map(
            entry =>
                `${entry.lane[0].toUpperCase()}${entry.lane.slice(1)}: ${escapeMarkdown(entry.text)}${entry.byId ? ` (by ${titleIn(journey.stakeholders, entry.byId)})` : ''}.`
        ),
        ...touchpoint.laneCells.map(cell => `${titleIn(journey.lanes, cell.laneId)}: ${escapeMarkdown(cell.text)}.`),
        touchpoint.image !== undefined ? `Image: ${escapeMarkdown(touchpoint.image)}.` : ''
    ].filter(Boolean);
}

/** An opportunity in the lane table: its text, then status, owner, impact, effort and quadrant. */
export function opportunityCell(opportunity: Opportunity, journey: Journey): string {
    const facts = [
        opportunity.status !== 'idea' && opportunity.status,
        opportunity.ownerId && `owner ${titleIn(journey.stakeholders, opportunity.ownerId)}`,
        opportunity.impact && `impact ${opportunity.impact}`,
        opportunity.effort && `effort ${opportunity.effort}`,
        opportunity.portfolio && PORTFOLIO_LABEL[opportunity.portfolio]
    ].filter(Boolean);
    return `${escapeMarkdown(opportunity.text)}${facts.length > 0 ? ` _(${facts.join(', ')})_` : ''}`;
}

/** An opportunity's evidence and description, for the touchpoint details. */
export function opportunityFacts(touchpoint: Touchpoint, journey: Journey): string[] {
    return touchpoint.opportunities.flatMap(opportunity => {
        const answers =
            opportunity.answersPain === undefined
                ? ''
                : ` answers “${escapeMarkdown(touchpoint.pains[opportunity.answersPain]?.text ?? '')}”`;
        const extra = [
            opportunity.description === undefined ? '' : escapeMarkdown(opportunity.description),
            ...opportunity.evidence.map(item => `evidence: ${evidenceText(item, journey)}`)
        ].filter(Boolean);
        return answers || extra.length > 0
            ? [`Opportunity “${escapeMarkdown(opportunity.text)}”${answers}${extra.length > 0 ? `: ${extra.join('; ')}` : ''}.`]
            : [];
    });
}

export function painCell(touchpoint: Touchpoint, index: number, journey: Journey): string {
    const pain = touchpoint.pains[index];
    const findings = pain.findings.map(item => evidenceText(item, journey));
    return escapeMarkdown(pain.text) + (findings.length > 0 ? ` _(${findings.join('; ')})_` : '');
}

/** The facts a KPI's details gain in version 2. */
export function kpiV2Facts(kpi: Kpi, journey: Journey): string[] {
    const value = (text: string) => escapeMarkdown(withUnit(text, kpi.unit));
    return [
        `Status: ${kpi.status}${kpi.trend ? `, ${kpi.trend}` : ''}.`,
        kpi.stageIds.length > 1 ? `Stages: ${kpi.stageIds.map(id => titleIn(journey.stages, id)).join(', ')}.` : '',
        kpi.ownerId ? `Owner: ${titleIn(journey.stakeholders, kpi.ownerId)}.` : '',
        kpi.targetDate !== undefined ? `Target due ${escapeMarkdown(kpi.targetDate)}.` : '',
        kpi.history.length > 0
            ? `History: ${kpi.history.map(measurement => `${escapeMarkdown(measurement.when)} ${value(measurement.value.text)}`).join(', ')}.`
            : '',
        kpi.evidence.length > 0 ? `Evidence: ${kpi.evidence.map(item => evidenceText(item, journey)).join('; ')}.` : ''
    ].filter(Boolean);
}

/** A heading and its table; nothing at all when there are no rows. */
function tableSection(heading: string, headers: string[], rows: string[][]): string {
    return rows.length === 0 ? '' : `${heading}\n\n${table(headers, rows)}`;
}

export function sourcesSection(sources: readonly Source[], heading: string): string {
    return tableSection(
        heading,
        ['Source', 'Kind', 'Date', 'Sample', 'About'],
        sources.map(source => [
            name(source.title, source.id),
            source.kind ?? '',
            escapeMarkdown(source.date ?? ''),
            escapeMarkdown(source.sample ?? ''),
            escapeMarkdown([source.description, source.link].filter(Boolean).join(' — '))
        ])
    );
}

export function competitorsSection(competitors: readonly Competitor[], heading: string): string {
    return tableSection(
        heading,
        ['Competitor', 'Kind', 'About'],
        competitors.map(competitor => [
            name(competitor.title, competitor.id),
            competitor.kind ?? '',
            escapeMarkdown(competitor.description ?? '')
        ])
    );
}
