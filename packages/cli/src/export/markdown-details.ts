/**
 * The facts of each element that do not fit a table cell — what a touchpoint's customer does
 * and thinks, a persona's goals and needs, a stakeholder's risks, a KPI's unit — as one list
 * item per element, so the Markdown export carries every property a journey can say.
 */
import type { Journey, Kpi, Persona, Stakeholder, Touchpoint } from '@cjourney/model';
import { escapeMarkdown, titled as name } from '../format/markdown.js';
import { kpiV2Facts, opportunityFacts, touchpointV2Facts } from './markdown-v2.js';

type Fact = string | undefined | false;

/** `- **Title**: fact. fact.`, or nothing when the element has no such facts. */
function item(title: string, id: string, facts: readonly Fact[]): string[] {
    const written = facts.filter((fact): fact is string => Boolean(fact));
    return written.length === 0 ? [] : [`- ${name(title, id)}: ${written.join(' ')}`];
}

function sentence(label: string, values: readonly string[], quote = false): Fact {
    const shown = values.map(value => (quote ? `“${escapeMarkdown(value)}”` : escapeMarkdown(value)));
    return values.length > 0 && `${label}: ${shown.join('; ')}.`;
}

function text(value: string | undefined): Fact {
    return value !== undefined && `${escapeMarkdown(value)}${/[.!?]$/.test(value) ? '' : '.'}`;
}

/** A list under a bold label, or nothing. */
export function detailList(label: string, items: readonly string[]): string {
    return items.length === 0 ? '' : `**${label}**\n\n${items.join('\n')}\n`;
}

/** One list item per element that has such facts, under a bold label. */
function elementDetails<E extends { title: string; id: string }>(
    label: string,
    elements: readonly E[],
    factsOf: (element: E) => readonly Fact[]
): string {
    return detailList(
        label,
        elements.flatMap(element => item(element.title, element.id, factsOf(element)))
    );
}

export function touchpointDetails(touchpoints: readonly Touchpoint[], journey: Journey): string {
    return elementDetails('Touchpoint details', touchpoints, touchpoint => [
        text(touchpoint.description),
        touchpoint.goal !== undefined && `Goal: ${text(touchpoint.goal)}`,
        touchpoint.trigger !== undefined && `Trigger: ${text(touchpoint.trigger)}`,
        sentence('Does', touchpoint.actions),
        sentence(
            'Thinks',
            touchpoint.thoughtNotes.filter(note => note.personaIds.length === 0).map(note => note.text),
            true
        ),
        ...touchpointV2Facts(touchpoint, journey),
        ...opportunityFacts(touchpoint, journey)
    ]);
}

export function personaDetails(personas: readonly Persona[]): string {
    return elementDetails('Persona details', personas, persona => [
        text(persona.description),
        sentence('Segments', persona.segments),
        sentence('Goals', persona.goals),
        sentence('Needs', persona.needs),
        sentence('Expectations', persona.expectations),
        persona.image !== undefined && `Image: ${escapeMarkdown(persona.image)}.`
    ]);
}

export function stakeholderDetails(stakeholders: readonly Stakeholder[]): string {
    return elementDetails('Stakeholder details', stakeholders, stakeholder => [
        text(stakeholder.description),
        sentence('Risks', stakeholder.risks)
    ]);
}

export function kpiDetails(kpis: readonly Kpi[], journey: Journey): string {
    return elementDetails('KPI details', kpis, kpi => [
        text(kpi.description),
        kpi.unit !== undefined && `Measured in ${escapeMarkdown(kpi.unit)}.`,
        ...kpiV2Facts(kpi, journey)
    ]);
}
