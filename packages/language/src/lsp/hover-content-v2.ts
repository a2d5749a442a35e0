/**
 * Hover texts for what version 2 added: who lives a step and how each persona feels there,
 * evidence with its sources, the blueprint, custom lanes, opportunities with their quadrant of
 * the portfolio, KPI history, status and trend, and the hovers of sources and competitors.
 * Pure, like hover-content.ts; every user text is escaped.
 */
import type { Competitor, Evidence, Journey, Kpi, Opportunity, Persona, Source, Touchpoint } from '@cjourney/model';
import { plural, withUnit } from '@cjourney/model';
import { md } from './hover-content.js';

const PORTFOLIO_LABEL = { 'quick-win': 'quick win', 'big-bet': 'big bet', 'fill-in': 'fill-in', 'money-pit': 'money pit' } as const;

function title(items: readonly { id: string; title: string }[], id: string): string {
    return md(items.find(item => item.id === id)?.title ?? id);
}

/** `Exit survey: “44% …”`: the source by its title, then the finding (a finding alone reads as version 1's evidence). */
export function evidenceLine(evidence: Evidence, journey: Journey): string {
    const source = evidence.sourceId === undefined ? undefined : title(journey.sources, evidence.sourceId);
    const finding = evidence.finding === undefined ? undefined : source ? `“${md(evidence.finding)}”` : md(evidence.finding);
    return [source, finding].filter(Boolean).join(': ');
}

function bulletList(label: string, items: readonly string[]): string | undefined {
    return items.length === 0 ? undefined : [`**${label}**`, ...items.map(item => `- ${item}`)].join('\n');
}

/** The lines a touchpoint's hover gains in version 2. */
export function touchpointV2Lines(touchpoint: Touchpoint, journey: Journey): (string | undefined)[] {
    const personas = (ids: readonly string[]) => ids.map(id => title(journey.personas, id)).join(', ');
    return [
        touchpoint.moment && `**Moment of truth**: ${md(touchpoint.moment)}`,
        touchpoint.livedBy.length > 0
            ? `Lived by ${personas(touchpoint.livedBy)}${touchpoint.personaIds.length === 0 ? ' (every persona: the common path)' : ''}.`
            : undefined,
        bulletList(
            'Emotion per persona',
            touchpoint.personaEmotions.map(
                entry =>
                    `${title(journey.personas, entry.personaId)}: ${entry.emotion} (${entry.score}/5)${entry.own ? '' : ", the step's emotion"}${entry.evidence ? ` *(evidence: ${evidenceLine(entry.evidence, journey)})*` : ''}`
            )
        ),
        bulletList(
            'Thoughts per persona',
            touchpoint.thoughtNotes
                .filter(note => note.personaIds.length > 0)
                .map(note => `${personas(note.personaIds)}: “${md(note.text)}”`)
        ),
        bulletList(
            'Evidence',
            touchpoint.evidence.map(item => evidenceLine(item, journey))
        ),
        bulletList(
            'Service blueprint',
            touchpoint.blueprint.map(
                entry => `${entry.lane}: ${md(entry.text)}${entry.byId ? ` (by ${title(journey.stakeholders, entry.byId)})` : ''}`
            )
        ),
        bulletList(
            'Lanes',
            touchpoint.laneCells.map(cell => `${title(journey.lanes, cell.laneId)}: ${md(cell.text)}`)
        ),
        touchpoint.image && `Image: ${md(touchpoint.image)}`
    ];
}

/** An opportunity with what it answers, its status, owner and place on the portfolio. */
export function opportunityLine(opportunity: Opportunity, touchpoint: Touchpoint, journey: Journey): string {
    const facts = [
        opportunity.answersPain !== undefined && `answers: ${md(touchpoint.pains[opportunity.answersPain]?.text ?? '')}`,
        opportunity.status !== 'idea' && `status ${opportunity.status}`,
        opportunity.ownerId && `owner ${title(journey.stakeholders, opportunity.ownerId)}`,
        opportunity.impact && `impact ${opportunity.impact}`,
        opportunity.effort && `effort ${opportunity.effort}`,
        opportunity.portfolio && PORTFOLIO_LABEL[opportunity.portfolio],
        ...opportunity.evidence.map(item => `evidence: ${evidenceLine(item, journey)}`)
    ].filter(Boolean);
    const description = opportunity.description ? ` — ${md(opportunity.description)}` : '';
    return `${md(opportunity.text)}${facts.length > 0 ? ` *(${facts.join(', ')})*` : ''}${description}`;
}

export function painLine(touchpoint: Touchpoint, index: number, journey: Journey): string {
    const pain = touchpoint.pains[index];
    const findings = pain.findings.map(item => evidenceLine(item, journey));
    return md(pain.text) + (findings.length > 0 ? ` *(evidence: ${findings.join('; ')})*` : '');
}

/** The lines a KPI's hover gains in version 2. */
export function kpiV2Lines(kpi: Kpi, journey: Journey): (string | undefined)[] {
    const value = (text: string) => withUnit(text, kpi.unit);
    return [
        `Status: **${kpi.status}**${kpi.trend ? `, ${kpi.trend}` : ''}${kpi.targetDate ? `; target due ${md(kpi.targetDate)}` : ''}.`,
        kpi.stageIds.length > 1 ? `Stages: ${kpi.stageIds.map(id => title(journey.stages, id)).join(', ')}` : undefined,
        kpi.ownerId && `Owner: ${title(journey.stakeholders, kpi.ownerId)}`,
        kpi.history.length > 0
            ? `History: ${kpi.history.map(measurement => `${md(measurement.when)} ${value(measurement.value.text)}`).join(', ')}`
            : undefined,
        bulletList(
            'Evidence',
            kpi.evidence.map(item => evidenceLine(item, journey))
        )
    ];
}

/** A persona's emotion at each step it lives, in path order. */
export function personaCurve(persona: Persona, journey: Journey): string | undefined {
    const steps = journey.path.flatMap(id => {
        const touchpoint = journey.touchpoints.find(candidate => candidate.id === id);
        const entry = touchpoint?.personaEmotions.find(candidate => candidate.personaId === persona.id);
        return touchpoint && entry ? [`${md(touchpoint.title)}: ${entry.emotion}`] : [];
    });
    return bulletList('Emotion per step', steps);
}

/** A source and its findings across the journey. */
export function sourceHover(source: Source, journey: Journey | undefined): string {
    const findings = journey
        ? journey.touchpoints.flatMap(touchpoint =>
              [
                  ...touchpoint.evidence,
                  ...touchpoint.pains.flatMap(pain => pain.findings),
                  ...touchpoint.personaEmotions.flatMap(entry => (entry.evidence ? [entry.evidence] : []))
              ]
                  .filter(item => item.sourceId === source.id && item.finding !== undefined)
                  .map(item => `${md(touchpoint.title)}: “${md(item.finding!)}”`)
          )
        : [];
    return [
        `**${md(source.title)}** · source${source.kind ? ` (${source.kind})` : ''}${source.scope === 'shared' ? ', shared' : ''}`,
        source.description && md(source.description),
        [source.date && `date ${md(source.date)}`, source.sample && `sample ${md(source.sample)}`, source.link && `link ${md(source.link)}`]
            .filter(Boolean)
            .join(' · '),
        journey && `Cited ${plural(source.citations, 'time')} in this journey.`,
        bulletList('Findings', [...new Set(findings)])
    ]
        .filter(Boolean)
        .join('\n\n');
}

export function competitorHover(competitor: Competitor, journey: Journey | undefined): string {
    const benchmarks = journey
        ? journey.kpis.flatMap(kpi =>
              kpi.benchmarks
                  .filter(benchmark => benchmark.competitorId === competitor.id)
                  .map(
                      benchmark =>
                          `${md(kpi.title)}: ${withUnit(benchmark.value.text, kpi.unit)}${benchmark.date ? ` at ${md(benchmark.date)}` : ''}`
                  )
          )
        : [];
    return [
        `**${md(competitor.title)}** · competitor${competitor.kind ? ` (${competitor.kind})` : ''}${competitor.scope === 'shared' ? ', shared' : ''}`,
        competitor.description && md(competitor.description),
        bulletList('Benchmarks', benchmarks)
    ]
        .filter(Boolean)
        .join('\n\n');
}
