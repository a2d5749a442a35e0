/**
 * A touchpoint's pain points, each followed by the opportunities that answer it (indented
 * and linked to it), then the opportunities that answer no pain. Each card is labelled in
 * words, so the pairing never rests on colour.
 */
import type { Opportunity, Pain, Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import { arrowHead } from '../marks.js';
import type { GroupMark, Mark, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
import { evidenceLines } from './evidence-text.js';
import { MAP } from './map-geometry.js';

const PAD = 8;
const BAR = 3;
const INDENT = 18;

export function hasPains(touchpoint: Touchpoint): boolean {
    return touchpoint.pains.length > 0 || touchpoint.opportunities.length > 0;
}

interface Note {
    label: string;
    labelRole: Role;
    text: string;
    textRole: Role;
    frameRole: Role;
    markRole: Role;
    evidence?: string;
    /** A fact line under the text: the opportunity's owner, impact and effort. */
    facts?: string;
    /** How many pieces of evidence support it, said in the label row. */
    evidenceCount?: number;
}

/** A labelled card at (x, y), `width` wide: coloured bar, small caps label, text, evidence. */
function noteCard(note: Note, x: number, y: number, width: number): { marks: Mark[]; height: number } {
    const left = x + BAR + PAD;
    const inner = width - BAR - 2 * PAD;
    const count = note.evidenceCount ? `${note.evidenceCount} evidence` : '';
    const countWidth = count ? 64 : 0;
    const label = textBlock(note.label, left, y + PAD - 1, inner - countWidth, {
        size: 9.5,
        weight: 'bold',
        role: note.labelRole,
        maxLines: 1
    });
    let bottom = y + PAD - 1 + label.height + 1;
    const text = textBlock(note.text, left, bottom, inner, { size: 12, role: note.textRole, maxLines: 5 });
    bottom += text.height;
    const marks: Mark[] = [label.mark, text.mark];
    if (count) {
        const counted = textBlock(count, left + inner, y + PAD - 1, countWidth, { size: 10, role: 'muted', maxLines: 1, anchor: 'end' });
        marks.push(counted.mark);
    }
    if (note.facts) {
        const facts = textBlock(note.facts, left, bottom + 3, inner, { size: 11, role: 'muted', maxLines: 2 });
        marks.push(facts.mark);
        bottom += facts.height + 3;
    }
    if (note.evidence) {
        const evidence = textBlock(`Evidence: ${note.evidence}`, left, bottom + 3, inner, {
            size: 11,
            italic: true,
            role: 'muted',
            maxLines: 3
        });
        marks.push(evidence.mark);
        bottom += evidence.height + 3;
    }
    const height = bottom + PAD - y;
    marks.unshift(
        { type: 'rect', x, y, width, height, radius: 6, role: note.frameRole },
        { type: 'rect', x, y, width: BAR + 2, height, radius: 2, role: note.markRole }
    );
    return { marks, height };
}

function painNote(pain: Pain): Note {
    return {
        evidenceCount: pain.findings.length,
        label: 'PAIN POINT',
        labelRole: 'pain-mark',
        text: pain.text,
        textRole: 'pain-text',
        frameRole: 'pain',
        markRole: 'pain-mark',
        evidence: pain.evidence
    };
}

function opportunityFacts(opportunity: Opportunity, index: JourneyIndex): string {
    return [
        opportunity.ownerId && `Owner: ${index.stakeholderTitle(opportunity.ownerId)}`,
        opportunity.impact && `impact ${opportunity.impact}`,
        opportunity.effort && `effort ${opportunity.effort}`
    ]
        .filter(Boolean)
        .join(' · ');
}

function opportunityNote(opportunity: Opportunity, index: JourneyIndex): Note {
    return {
        label: `OPPORTUNITY · ${opportunity.status.toUpperCase()}`,
        labelRole: 'opportunity-mark',
        text: opportunity.text,
        facts: opportunityFacts(opportunity, index) || undefined,
        evidenceCount: opportunity.evidence.length,
        textRole: 'opportunity-text',
        frameRole: 'opportunity',
        markRole: 'opportunity-mark'
    };
}

/** What every card of one touchpoint's cell needs: the touchpoint, the cell's left edge, the journey and the ids. */
interface PainsCellScope {
    touchpoint: Touchpoint;
    x: number;
    index: JourneyIndex;
    ids: ElementIds;
}

/** A card group of the cell and the height its card takes. */
interface PlacedGroup {
    group: GroupMark;
    height: number;
}

/** The elbow and arrowhead from a pain card's bottom (`fromY`) into the opportunity card indented by `indent` at `y`. */
function pairLink(x: number, indent: number, fromY: number, y: number): Mark[] {
    // An elbow from the pain down and into the opportunity: the pair reads as one unit.
    const linkX = x + INDENT / 2;
    const endY = y + 16;
    return [
        {
            type: 'path',
            role: 'pair-link',
            strokeWidth: 1.5,
            segments: [
                { op: 'M', to: { x: linkX, y: fromY } },
                { op: 'L', to: { x: linkX, y: endY } },
                { op: 'L', to: { x: x + indent - 1, y: endY } }
            ]
        },
        arrowHead({ x: linkX, y: endY }, { x: x + indent, y: endY }, 'opportunity-mark', 6, 6)
    ];
}

/** An opportunity's tooltip: its text, status and facts, the pain it answers when linked, its evidence. */
function opportunityTooltip(context: PainsCellScope, opportunity: Opportunity, linked: boolean): string {
    const { touchpoint, index } = context;
    return [
        `Opportunity: ${opportunity.text}`,
        `Status: ${opportunity.status}`,
        opportunityFacts(opportunity, index),
        linked ? `Answers: ${touchpoint.pains[opportunity.answersPain ?? 0]?.text ?? ''}` : '',
        ...evidenceLines(opportunity.evidence, index.journey)
    ]
        .filter(Boolean)
        .join('\n');
}

/** The touchpoint's opportunity `at` as a card at `y`, indented and linked to its pain when `link` is given. */
function opportunityGroup(context: PainsCellScope, at: number, y: number, indent: number, link?: { fromY: number }): PlacedGroup {
    const { touchpoint, x, index, ids } = context;
    const opportunity = touchpoint.opportunities[at];
    const card = noteCard(opportunityNote(opportunity, index), x + indent, y, MAP.cardWidth - indent);
    const marks = link ? [...pairLink(x, indent, link.fromY, y), ...card.marks] : card.marks;
    return {
        group: {
            type: 'group',
            id: ids.make('opportunity', touchpoint.id, at),
            kind: 'opportunity',
            modelId: touchpoint.id,
            index: at,
            tooltip: opportunityTooltip(context, opportunity, link !== undefined),
            children: marks
        },
        height: card.height
    };
}

/** The touchpoint's pain `painIndex` as a full-width card at `y`. */
function painGroup(context: PainsCellScope, painIndex: number, y: number): PlacedGroup {
    const { touchpoint, x, index, ids } = context;
    const pain = touchpoint.pains[painIndex];
    const card = noteCard(painNote(pain), x, y, MAP.cardWidth);
    const tooltip = [`Pain point: ${pain.text}`, ...evidenceLines(pain.findings, index.journey)].join('\n');
    return {
        group: {
            type: 'group',
            id: ids.make('pain', touchpoint.id, painIndex),
            kind: 'pain',
            modelId: touchpoint.id,
            index: painIndex,
            tooltip,
            children: card.marks
        },
        height: card.height
    };
}

/** The cell with its top-left corner at (x, 0), or undefined when the touchpoint has neither. */
export function painsCell(
    touchpoint: Touchpoint,
    x: number,
    index: JourneyIndex,
    ids: ElementIds
): { groups: GroupMark[]; height: number } | undefined {
    if (!hasPains(touchpoint)) {
        return undefined;
    }
    const context: PainsCellScope = { touchpoint, x, index, ids };
    const groups: GroupMark[] = [];
    let y = 0;
    const answered = new Set<number>();
    const addOpportunity = (at: number, indent: number, link?: { fromY: number }) => {
        const placed = opportunityGroup(context, at, y, indent, link);
        groups.push(placed.group);
        y += placed.height + MAP.itemGap;
    };
    touchpoint.pains.forEach((_, painIndex) => {
        const placed = painGroup(context, painIndex, y);
        groups.push(placed.group);
        y += placed.height + 4;
        const painBottom = y - 4;
        touchpoint.opportunities.forEach((opportunity, at) => {
            if (opportunity.answersPain === painIndex) {
                answered.add(at);
                addOpportunity(at, INDENT, { fromY: painBottom });
            }
        });
        y += MAP.itemGap - 4;
    });
    touchpoint.opportunities.forEach((_, at) => {
        if (!answered.has(at)) {
            addOpportunity(at, 0);
        }
    });
    return { groups, height: Math.max(0, y - MAP.itemGap) };
}
