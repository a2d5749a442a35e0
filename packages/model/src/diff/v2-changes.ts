/**
 * Comparisons for the facts version 2 added: evidence, per-persona emotions, the blueprint,
 * custom lanes, the links between pains and opportunities and each opportunity's own facts,
 * and the journey's research sources and competitors (each with its field table).
 */
import type { Evidence, Opportunity, Source, Competitor, Touchpoint } from '../journey-model.js';
import { LEVELS, OPPORTUNITY_STATUSES } from '../vocabulary.js';
import { compareList, compareOnScale, compareValue, valueField } from './compare-facts.js';
import {
    compareFields,
    DERIVED,
    EMOTION_SCALE,
    ID,
    LOCATION,
    NO_RENAMES,
    renamed,
    SCOPE,
    type FieldDiff,
    type Renames
} from './field-diff.js';
import type { ListChange, PropertyChange } from './journey-diff.js';

/** `Source: "finding"`, `Source` or `"finding"`, as a reviewer reads an evidence line. */
export function evidenceText(evidence: Evidence, sources: ReadonlyMap<string, string> = new Map()): string {
    const source = renamed(sources, evidence.sourceId);
    const finding = evidence.finding === undefined ? undefined : `“${evidence.finding}”`;
    return [source, finding].filter(part => part !== undefined).join(': ');
}

/** A diff table's entry for the `evidence` lines of an element, compared as texts. */
export function evidenceField(
    before: { readonly evidence: readonly Evidence[] },
    after: { readonly evidence: readonly Evidence[] }
): ListChange[] {
    return compareList(
        'evidence',
        before.evidence.map(item => evidenceText(item)),
        after.evidence.map(item => evidenceText(item))
    );
}

/** The thoughts as read: `text` for everyone, `text (for A, B)` for some personas. */
export function thoughtTexts(touchpoint: Touchpoint, personas: ReadonlyMap<string, string>): string[] {
    return touchpoint.thoughtNotes.map(note =>
        note.personaIds.length === 0 ? note.text : `${note.text} (for ${note.personaIds.map(id => renamed(personas, id)).join(', ')})`
    );
}

/** Each persona's own emotion (`emotion … for P`) that changed, with the persona as subject. */
export function personaEmotionChanges(before: Touchpoint, after: Touchpoint, renames: Renames): PropertyChange[] {
    const own = (touchpoint: Touchpoint, map: ReadonlyMap<string, string>) =>
        new Map(touchpoint.personaEmotions.filter(entry => entry.own).map(entry => [renamed(map, entry.personaId), entry.emotion]));
    const old = own(before, renames.persona);
    const now = own(after, new Map());
    const personas = [...new Set([...old.keys(), ...now.keys()])];
    return personas.flatMap(persona =>
        compareOnScale('emotion', EMOTION_SCALE, old.get(persona), now.get(persona), true).map(change => ({ ...change, subject: persona }))
    );
}

export function blueprintTexts(touchpoint: Touchpoint, stakeholders: ReadonlyMap<string, string>): string[] {
    return touchpoint.blueprint.map(
        entry => `${entry.lane}: ${entry.text}${entry.byId ? ` (by ${renamed(stakeholders, entry.byId)})` : ''}`
    );
}

const OPPORTUNITY_LEVELS = LEVELS;

/** An opportunity's own facts; its text and id are the key it is matched by. */
export const OPPORTUNITY_FIELDS = {
    id: { ignored: 'opportunities are matched by id, else by text' },
    text: { ignored: "compared as the touchpoint's list of opportunities" },
    answersPain: { ignored: "compared as the pain it answers, by the pain's text (opportunityLinkChanges)" },
    ownerId: (before, after, renames) => compareValue('owner', renamed(renames.stakeholder, before.ownerId), after.ownerId),
    impact: (before, after) => compareOnScale('impact', OPPORTUNITY_LEVELS, before.impact, after.impact),
    effort: (before, after) => compareOnScale('effort', OPPORTUNITY_LEVELS, before.effort, after.effort),
    status: (before, after) => compareOnScale('status', OPPORTUNITY_STATUSES, before.status, after.status),
    portfolio: DERIVED,
    evidence: evidenceField,
    description: valueField('description'),
    loc: LOCATION
} satisfies Record<keyof Opportunity, FieldDiff<Opportunity>>;

/**
 * Opportunities kept (same id, else same text): what they answer — a re-paired opportunity is
 * a change — and their owner, impact, effort, status; each change names the opportunity.
 */
export function opportunityChanges(before: Touchpoint, after: Touchpoint, renames: Renames): PropertyChange[] {
    const keyOf = (opportunity: Opportunity) => opportunity.id ?? opportunity.text;
    const old = new Map(before.opportunities.map(opportunity => [keyOf(opportunity), opportunity]));
    const answered = (touchpoint: Touchpoint, opportunity: Opportunity) =>
        opportunity.answersPain === undefined ? undefined : touchpoint.pains[opportunity.answersPain]?.text;
    return after.opportunities.flatMap(opportunity => {
        const previous = old.get(keyOf(opportunity));
        if (!previous) {
            return [];
        }
        const changes = [
            ...compareValue('answers', answered(before, previous), answered(after, opportunity)),
            ...compareFields(OPPORTUNITY_FIELDS, previous, opportunity, renames)
        ];
        return changes.map(change => (change.type === 'value' ? { ...change, subject: opportunity.text } : change));
    });
}

export const SOURCE_FIELDS = {
    id: ID,
    title: valueField('title'),
    kind: valueField('kind'),
    date: valueField('date'),
    sample: valueField('sample'),
    link: valueField('link'),
    description: valueField('description'),
    citations: { ignored: 'evidence lines are compared where they are written' },
    scope: SCOPE,
    loc: LOCATION
} satisfies Record<keyof Source, FieldDiff<Source>>;

export const COMPETITOR_FIELDS = {
    id: ID,
    title: valueField('title'),
    kind: valueField('kind'),
    description: valueField('description'),
    scope: SCOPE,
    loc: LOCATION
} satisfies Record<keyof Competitor, FieldDiff<Competitor>>;

/**
 * Sources or competitors of a journey: added and removed ones by id, then the facts of each
 * kept one, with its id as subject.
 */
export function definitionChanges<T extends { id: string }>(
    property: string,
    fields: Readonly<Record<keyof T, FieldDiff<T>>>,
    before: readonly T[],
    after: readonly T[]
): PropertyChange[] {
    const old = new Map(before.map(item => [item.id, item]));
    const kept = after.filter(item => old.has(item.id));
    return [
        ...compareList(
            property,
            before.map(item => item.id),
            after.map(item => item.id)
        ),
        ...kept.flatMap(item =>
            compareFields(fields, old.get(item.id)!, item, NO_RENAMES).map(change =>
                change.type === 'value' ? { ...change, subject: item.id } : change
            )
        )
    ];
}
