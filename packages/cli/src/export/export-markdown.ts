/**
 * `cjourney export --format markdown`: a journey as a page for wikis and PR descriptions —
 * a lane table per stage (touchpoints, channel, persona, emotion, pains, opportunities), the
 * stakeholder grid, KPIs with their gaps, and the path. All user text is escaped.
 */
import {
    QUADRANT_INFO,
    benchmarkSource,
    emotionForScore,
    gapWithUnit,
    withUnit,
    type CjourneyModel,
    type Journey,
    type Kpi,
    type Quadrant,
    type Stage,
    type Stakeholder,
    type Touchpoint
} from '@cjourney/model';
import { emotionWithFace } from '../format/emotion-faces.js';
import { escapeMarkdown, table, titled as name } from '../format/markdown.js';
import { kpiDetails, personaDetails, stakeholderDetails, touchpointDetails } from './markdown-details.js';
import { competitorsSection, journeyStateLine, opportunityCell, painCell, sourcesSection } from './markdown-v2.js';

export function exportMarkdown(model: CjourneyModel): string {
    const parts = model.journeys.map(journey => journeySection(journey));
    const shared = sharedSection(model);
    if (shared) {
        parts.push(shared);
    }
    if (parts.length === 0) {
        parts.push(`# ${escapeMarkdown(model.file)}\n\nNo journeys or shared definitions.\n`);
    }
    return parts.join('\n');
}

function journeySection(journey: Journey): string {
    const parts = [`# ${escapeMarkdown(journey.title)}\n`];
    const facts = [
        journey.description === undefined ? '' : `${escapeMarkdown(journey.description)}\n`,
        journey.objectives.length > 0
            ? `**Objectives**\n\n${journey.objectives.map(objective => `- ${escapeMarkdown(objective)}`).join('\n')}\n`
            : '',
        emotionLine(journey),
        journeyStateLine(journey)
    ].filter(Boolean);
    parts.push(...facts);
    if (journey.personas.length > 0) {
        parts.push(`**Personas**: ${journey.personas.map(persona => name(persona.title, persona.id)).join(' · ')}\n`);
        parts.push(personaDetails(journey.personas));
    }
    parts.push(...journey.stages.map(stage => stageSection(stage, journey)));
    if (journey.stakeholders.length > 0) {
        parts.push(stakeholderSection(journey.stakeholders, '## Stakeholders'));
    }
    if (journey.kpis.length > 0) {
        parts.push(kpiSection(journey));
    }
    parts.push(
        ...[sourcesSection(journey.sources, '## Research sources'), competitorsSection(journey.competitors, '## Competitors')].filter(
            Boolean
        )
    );
    if (journey.touchpoints.length > 1) {
        parts.push(pathSection(journey));
    }
    return parts.join('\n');
}

function emotionLine(journey: Journey): string {
    const { average, count } = journey.emotion;
    if (average === undefined) {
        return '';
    }
    return `**Average emotion**: ${emotionWithFace(emotionForScore(average))} (${average} on 1–5, over ${count} touchpoint${count === 1 ? '' : 's'})\n`;
}

function stageSection(stage: Stage, journey: Journey): string {
    const parts = [`## ${stage.index + 1}. ${escapeMarkdown(stage.title)}\n`];
    if (stage.description !== undefined) {
        parts.push(`${escapeMarkdown(stage.description)}\n`);
    }
    if (stage.needs.length > 0) {
        const needs = stage.needs.map(need => `- ${stakeholderName(need.stakeholderId, journey)} needs ${escapeMarkdown(need.text)}`);
        parts.push(`**Stakeholder needs**\n\n${needs.join('\n')}\n`);
    }
    const touchpoints = stage.touchpointIds.map(id => journey.touchpoints.find(touchpoint => touchpoint.id === id)!);
    parts.push(
        touchpoints.length === 0
            ? '_No touchpoints yet._\n'
            : table(
                  ['Touchpoint', 'Channel', 'Persona', 'Emotion', 'Pains', 'Opportunities', 'Owner'],
                  touchpoints.map(touchpoint => laneRow(touchpoint, journey))
              )
    );
    parts.push(touchpointDetails(touchpoints, journey));
    return parts.filter(Boolean).join('\n');
}

function laneRow(touchpoint: Touchpoint, journey: Journey): string[] {
    const channel = journey.channels.find(candidate => candidate.id === touchpoint.channelId);
    const personas = touchpoint.personaIds
        .map(id => journey.personas.find(candidate => candidate.id === id))
        .filter(persona => persona !== undefined);
    const pains = touchpoint.pains.map((_, index) => painCell(touchpoint, index, journey));
    const owner = touchpoint.ownerId ? stakeholderName(touchpoint.ownerId, journey) : '';
    const involved = touchpoint.involvedIds.map(id => stakeholderName(id, journey));
    return [
        name(touchpoint.title, touchpoint.id),
        channel ? escapeMarkdown(channel.title) : '',
        personas.map(persona => escapeMarkdown(persona.title)).join(', '),
        touchpoint.emotion ? `${emotionWithFace(touchpoint.emotion)} (${touchpoint.emotionScore})` : '',
        pains.join('<br>'),
        touchpoint.opportunities.map(opportunity => opportunityCell(opportunity, journey)).join('<br>'),
        [owner, ...involved.map(stakeholder => `with ${stakeholder}`)].filter(Boolean).join('<br>')
    ];
}

/** The power/interest grid as a 2 × 2 table, then one row per stakeholder. */
function stakeholderSection(stakeholders: readonly Stakeholder[], heading: string): string {
    const inQuadrant = (quadrant: Quadrant) => {
        const names = stakeholders
            .filter(stakeholder => stakeholder.quadrant === quadrant)
            .map(stakeholder => escapeMarkdown(stakeholder.title));
        return `**${QUADRANT_INFO[quadrant].label}**${names.length > 0 ? ': ' + names.join(', ') : ''}`;
    };
    const grid = table(
        ['', 'Lower interest', 'High interest'],
        [
            ['**High power**', inQuadrant('keep-satisfied'), inQuadrant('manage-closely')],
            ['**Lower power**', inQuadrant('monitor'), inQuadrant('keep-informed')]
        ]
    );
    const unplaced = stakeholders.filter(stakeholder => !stakeholder.quadrant).map(stakeholder => escapeMarkdown(stakeholder.title));
    const rows = stakeholders.map(stakeholder => [
        name(stakeholder.title, stakeholder.id),
        stakeholder.type ?? '',
        stakeholder.power ?? '',
        stakeholder.interest ?? '',
        stakeholder.attitude,
        stakeholder.quadrant ? QUADRANT_INFO[stakeholder.quadrant].label : '',
        stakeholder.role === undefined ? '' : escapeMarkdown(stakeholder.role)
    ]);
    return [
        `${heading}\n`,
        grid,
        unplaced.length > 0 ? `Not on the grid (power or interest unknown): ${unplaced.join(', ')}\n` : '',
        table(['Stakeholder', 'Type', 'Power', 'Interest', 'Attitude', 'Quadrant', 'Role'], rows),
        stakeholderDetails(stakeholders)
    ]
        .filter(Boolean)
        .join('\n');
}

function kpiSection(journey: Journey): string {
    const rows = journey.kpis.map(kpi => {
        const stage = journey.stages.find(candidate => candidate.id === kpi.stageId);
        const value = (text: string | undefined) => (text === undefined ? '' : escapeMarkdown(withUnit(text, kpi.unit)));
        const gapValue = (text: string) => escapeMarkdown(gapWithUnit(text, kpi.unit));
        const gap = kpi.gapToTarget ? (kpi.gapToTarget.meets ? '✅ met' : `${gapValue(kpi.gapToTarget.text)} short`) : '';
        const benchmarks = kpi.benchmarks.map(benchmark => {
            const source = benchmarkSource(benchmark, journey, escapeMarkdown);
            const gapText = benchmark.gap ? (benchmark.gap.meets ? ', met' : `, ${gapValue(benchmark.gap.text)} short`) : '';
            return `${value(benchmark.value.text)}${source}${gapText}`;
        });
        return [
            name(kpi.title, kpi.id),
            stage ? escapeMarkdown(stage.title) : '',
            betterWord(kpi),
            value(kpi.current?.text),
            value(kpi.target?.text),
            gap,
            benchmarks.join('<br>')
        ];
    });
    return [
        `## KPIs\n\n${table(['KPI', 'Stage', 'Better', 'Current', 'Target', 'Gap to target', 'Benchmarks'], rows)}`,
        kpiDetails(journey.kpis, journey)
    ]
        .filter(Boolean)
        .join('\n');
}

function betterWord(kpi: Kpi): string {
    return kpi.better === 'higher' ? '↑ higher' : '↓ lower';
}

function pathSection(journey: Journey): string {
    const titleOf = (id: string) => escapeMarkdown(journey.touchpoints.find(touchpoint => touchpoint.id === id)?.title ?? id);
    const path = journey.path.map(titleOf).join(' → ');
    const loops = journey.flows.filter(step => step.backward || step.selfLoop).map(step => `- ${titleOf(step.from)} → ${titleOf(step.to)}`);
    const source = journey.pathFrom === 'flows' ? 'from the flows' : 'in written order';
    return `## Path\n\n${path} _(${source})_\n${loops.length > 0 ? `\n**Loops back**\n\n${loops.join('\n')}\n` : ''}`;
}

function sharedSection(model: CjourneyModel): string | undefined {
    const { stakeholders, personas, channels, sources, competitors } = model.shared;
    if (stakeholders.length + personas.length + channels.length + sources.length + competitors.length === 0) {
        return undefined;
    }
    const parts = ['# Shared definitions\n'];
    if (stakeholders.length > 0) {
        parts.push(stakeholderSection(stakeholders, '## Stakeholders'));
    }
    if (personas.length > 0) {
        parts.push(
            `## Personas\n\n${personas.map(persona => `- ${name(persona.title, persona.id)}`).join('\n')}\n`,
            personaDetails(personas)
        );
    }
    if (channels.length > 0) {
        parts.push(
            `## Channels\n\n${table(
                ['Channel', 'Mode'],
                channels.map(channel => [name(channel.title, channel.id), channel.mode ?? ''])
            )}`
        );
    }
    parts.push(...[sourcesSection(sources, '## Research sources'), competitorsSection(competitors, '## Competitors')].filter(Boolean));
    return parts.join('\n');
}

function stakeholderName(id: string, journey: Journey): string {
    return escapeMarkdown(journey.stakeholders.find(stakeholder => stakeholder.id === id)?.title ?? id);
}
