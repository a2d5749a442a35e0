/**
 * Hover texts in domain words, written from the journey model (so hover and map agree).
 * Pure: model in, Markdown out. Every user text is escaped for Markdown.
 */
import { findBuiltinChannel } from '../builtins.js';
import {
    type Channel,
    benchmarkSource,
    emotionForScore,
    explainWord,
    type Journey,
    type Kpi,
    type Persona,
    plural,
    QUADRANT_INFO,
    roundNumber,
    type Stage,
    type Stakeholder,
    type Touchpoint,
    gapWithUnit,
    withUnit
} from '@cjourney/model';
import { kpiV2Lines, opportunityLine, painLine, personaCurve, touchpointV2Lines } from './hover-content-v2.js';

/** Escapes Markdown (and HTML) so a title like `*<b>x</b>*` shows as written. */
export function md(text: string): string {
    return text.replace(/[\\`*_[\]<>|~#&]/g, character => `\\${character}`).replace(/\r?\n/g, ' ');
}

function titleOf(items: readonly { id: string; title: string }[], id: string | undefined): string | undefined {
    return id === undefined ? undefined : md(items.find(item => item.id === id)?.title ?? id);
}

function list(label: string, items: readonly string[]): string[] {
    if (items.length === 0) return [];
    return [`**${label}**`, ...items.map(item => `- ${item}`)];
}

function paragraphs(lines: readonly (string | undefined | false)[]): string {
    return lines.filter((line): line is string => Boolean(line)).join('\n\n');
}

export function stakeholderHover(stakeholder: Stakeholder, journey: Journey | undefined): string {
    const quadrant = stakeholder.quadrant ? QUADRANT_INFO[stakeholder.quadrant] : undefined;
    const touchpointTitle = (id: string) => titleOf(journey?.touchpoints ?? [], id) ?? id;
    const stageTitle = (id: string) => titleOf(journey?.stages ?? [], id) ?? id;
    const engagement = journey
        ? [
              stakeholder.owns.length > 0 && `Owns ${stakeholder.owns.map(touchpointTitle).join(', ')}`,
              stakeholder.involvedIn.length > 0 && `Involved in ${stakeholder.involvedIn.map(touchpointTitle).join(', ')}`,
              ...stakeholder.needs.map(need => `Needs at ${stageTitle(need.stageId)}: ${md(need.text)}`)
          ].filter((line): line is string => Boolean(line))
        : [];
    return paragraphs([
        `**${md(stakeholder.title)}** · stakeholder${stakeholder.type ? ` (${stakeholder.type})` : ''}${stakeholder.scope === 'shared' ? ', shared' : ''}`,
        quadrant ? `*${quadrant.label}* — ${quadrant.advice}` : 'Not on the power/interest grid yet: give it a power and an interest.',
        [
            stakeholder.power && `power ${stakeholder.power}`,
            stakeholder.interest && `interest ${stakeholder.interest}`,
            `attitude ${stakeholder.attitude}: ${explainWord('attitude', stakeholder.attitude) ?? ''}`
        ]
            .filter(Boolean)
            .join(' · '),
        stakeholder.description && md(stakeholder.description),
        stakeholder.role && `Role: ${md(stakeholder.role)}`,
        list('Risks', stakeholder.risks.map(md)).join('\n'),
        journey && (engagement.length > 0 ? list('Engaged in this journey', engagement).join('\n') : 'Not engaged in this journey.'),
        stakeholder.influences.length > 0 && `Influences ${stakeholder.influences.map(stakeholderTitle(journey)).join(', ')}`,
        stakeholder.influencedBy.length > 0 && `Influenced by ${stakeholder.influencedBy.map(stakeholderTitle(journey)).join(', ')}`
    ]);
}

/** A stakeholder's title as written in the journey (ids of stakeholders outside it stay ids). */
function stakeholderTitle(journey: Journey | undefined): (id: string) => string {
    return id => titleOf(journey?.stakeholders ?? [], id) ?? id;
}

export function touchpointHover(touchpoint: Touchpoint, journey: Journey): string {
    const channel = journey.channels.find(candidate => candidate.id === touchpoint.channelId);
    const facts = [
        channel && `Channel: ${md(channel.title)}`,
        touchpoint.personaIds.length > 0 &&
            `${touchpoint.personaIds.length > 1 ? 'Personas' : 'Persona'}: ${touchpoint.personaIds.map(id => titleOf(journey.personas, id)).join(', ')}`,
        touchpoint.ownerId && `Owner: ${titleOf(journey.stakeholders, touchpoint.ownerId)}`,
        touchpoint.involvedIds.length > 0 && `With: ${touchpoint.involvedIds.map(stakeholderTitle(journey)).join(', ')}`
    ]
        .filter(Boolean)
        .join(' · ');
    return paragraphs([
        `**${md(touchpoint.title)}** · touchpoint in *${titleOf(journey.stages, touchpoint.stageId)}*`,
        touchpoint.description && md(touchpoint.description),
        facts,
        emotionLine(touchpoint, journey),
        touchpoint.goal && `Goal: ${md(touchpoint.goal)}`,
        touchpoint.trigger && `Triggered by: ${md(touchpoint.trigger)}`,
        list('Actions', touchpoint.actions.map(md)).join('\n'),
        list(
            'Thoughts',
            touchpoint.thoughts.map(thought => `“${md(thought)}”`)
        ).join('\n'),
        list(
            'Pain points',
            touchpoint.pains.map((_, index) => painLine(touchpoint, index, journey))
        ).join('\n'),
        list(
            'Opportunities',
            touchpoint.opportunities.map(opportunity => opportunityLine(opportunity, touchpoint, journey))
        ).join('\n'),
        ...touchpointV2Lines(touchpoint, journey)
    ]);
}

function emotionLine(touchpoint: Touchpoint, journey: Journey): string {
    if (touchpoint.emotion === undefined || touchpoint.emotionScore === undefined) {
        return 'No emotion noted yet.';
    }
    const average = journey.emotion.average;
    if (average === undefined) {
        return `Feels ${touchpoint.emotion} (${touchpoint.emotionScore}/5).`;
    }
    const difference = roundNumber(touchpoint.emotionScore - average, 2);
    const comparison =
        difference === 0
            ? 'exactly the journey average'
            : `${Math.abs(difference)} ${difference > 0 ? 'above' : 'below'} the journey average`;
    return `Feels ${touchpoint.emotion} (${touchpoint.emotionScore}/5): ${comparison} of ${average} (about ${emotionForScore(average)}).`;
}

export function kpiHover(kpi: Kpi, journey: Journey): string {
    const unit = kpi.unit;
    const stage = kpi.stageId ? ` for *${titleOf(journey.stages, kpi.stageId)}*` : '';
    const gap = kpi.gapToTarget;
    const targetLine =
        kpi.current && kpi.target
            ? `Current ${withUnit(kpi.current.text, unit)}, target ${withUnit(kpi.target.text, unit)}: ${gap ? (gap.meets ? 'target met' : `${gapWithUnit(gap.text, unit)} short of target`) : 'current and target mix % and plain numbers'}.`
            : kpi.current
              ? `Current ${withUnit(kpi.current.text, unit)}; no target yet.`
              : kpi.target
                ? `Target ${withUnit(kpi.target.text, unit)}; no current value yet.`
                : undefined;
    return paragraphs([
        `**${md(kpi.title)}** · KPI${stage} (${kpi.better} is better)${unit ? `, in ${md(unit)}` : ''}`,
        kpi.description && md(kpi.description),
        targetLine,
        ...kpiV2Lines(kpi, journey),
        list(
            'Benchmarks',
            kpi.benchmarks.map(benchmark => {
                const source = benchmarkSource(benchmark, journey, md);
                const verdict = benchmark.gap
                    ? benchmark.gap.meets
                        ? ': matched or beaten'
                        : `: ${gapWithUnit(benchmark.gap.text, unit)} behind`
                    : '';
                return `${withUnit(benchmark.value.text, unit)}${source}${verdict}`;
            })
        ).join('\n')
    ]);
}

export function stageHover(stage: Stage, journey: Journey): string {
    const touchpoints = journey.touchpoints.filter(touchpoint => touchpoint.stageId === stage.id);
    const scores = touchpoints.flatMap(touchpoint => (touchpoint.emotionScore === undefined ? [] : [touchpoint.emotionScore]));
    const average = scores.length > 0 ? roundNumber(scores.reduce((a, b) => a + b, 0) / scores.length, 2) : undefined;
    return paragraphs([
        `**${md(stage.title)}** · stage ${stage.index + 1} of ${journey.stages.length}`,
        stage.description && md(stage.description),
        `${plural(touchpoints.length, 'touchpoint')}${average !== undefined ? `, average emotion ${average} (about ${emotionForScore(average)})` : ''}.`,
        list(
            'Stakeholder needs',
            stage.needs.map(need => `${titleOf(journey.stakeholders, need.stakeholderId)}: ${md(need.text)}`)
        ).join('\n'),
        stage.kpiIds.length > 0 && `KPIs: ${stage.kpiIds.map(id => titleOf(journey.kpis, id)).join(', ')}`
    ]);
}

export function personaHover(persona: Persona, journey: Journey | undefined): string {
    const average = journey?.emotion.byPersona.find(entry => entry.personaId === persona.id);
    return paragraphs([
        `**${md(persona.title)}** · persona${persona.scope === 'shared' ? ', shared' : ''}`,
        persona.description && md(persona.description),
        list('Segments', persona.segments.map(md)).join('\n'),
        list('Goals', persona.goals.map(md)).join('\n'),
        list('Needs', persona.needs.map(md)).join('\n'),
        list('Expectations', persona.expectations.map(md)).join('\n'),
        persona.image && `Image: ${md(persona.image)}`,
        journey && personaCurve(persona, journey),
        journey &&
            `Lives ${plural(persona.touchpointIds.length, 'touchpoint')} of this journey${average ? `, average emotion ${average.average} (about ${emotionForScore(average.average)})` : ''}.`
    ]);
}

export function channelHover(channel: Channel, journey: Journey | undefined): string {
    const builtin = channel.scope === 'builtin' ? findBuiltinChannel(channel.id) : undefined;
    return paragraphs([
        `**${md(channel.title)}** · ${builtin ? 'built-in ' : ''}channel${channel.mode ? ` (${channel.mode})` : ''}`,
        builtin?.explanation,
        journey && `Used by ${plural(channel.touchpointIds.length, 'touchpoint')} of this journey.`
    ]);
}

export function journeyHover(journey: Journey): string {
    return paragraphs([
        `**${md(journey.title)}** · journey`,
        journey.description && md(journey.description),
        list('Objectives', journey.objectives.map(md)).join('\n'),
        `State: ${journey.state === 'current' ? 'current (as-is)' : 'future (to-be)'}${journey.baselineId ? `; baseline ${md(journey.baselineId)}` : ''}.`,
        journey.lanes.length > 0 && `Lanes: ${journey.lanes.map(lane => md(lane.title)).join(', ')}`,
        `${plural(journey.stages.length, 'stage')}, ${plural(journey.touchpoints.length, 'touchpoint')}, ${plural(journey.stakeholders.length, 'stakeholder')}, ${plural(journey.kpis.length, 'KPI')}` +
            (journey.emotion.average !== undefined
                ? `; average emotion ${journey.emotion.average} (about ${emotionForScore(journey.emotion.average)}).`
                : '.')
    ]);
}
