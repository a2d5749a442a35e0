/**
 * A touchpoint's pain points, each followed by the opportunities that answer it (indented
 * and linked to it), then the opportunities that answer no pain. Each card is labelled in
 * words, so the pairing never rests on colour.
 */
import type { Opportunity, Pain, Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { arrowHead } from '../marks.js';
import type { GroupMark, Mark, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
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
}

/** A labelled card at (x, y), `width` wide: coloured bar, small caps label, text, evidence. */
function noteCard(note: Note, x: number, y: number, width: number): { marks: Mark[]; height: number } {
    const left = x + BAR + PAD;
    const inner = width - BAR - 2 * PAD;
    const label = textBlock(note.label, left, y + PAD - 1, inner, { size: 9.5, weight: 'bold', role: note.labelRole, maxLines: 1 });
    let bottom = y + PAD - 1 + label.height + 1;
    const text = textBlock(note.text, left, bottom, inner, { size: 12, role: note.textRole, maxLines: 5 });
    bottom += text.height;
    const marks: Mark[] = [label.mark, text.mark];
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
        label: 'PAIN POINT',
        labelRole: 'pain-mark',
        text: pain.text,
        textRole: 'pain-text',
        frameRole: 'pain',
        markRole: 'pain-mark',
        evidence: pain.evidence
    };
}

function opportunityNote(opportunity: Opportunity, answers: boolean): Note {
    return {
        label: answers ? 'OPPORTUNITY · ANSWERS IT' : 'OPPORTUNITY',
        labelRole: 'opportunity-mark',
        text: opportunity.text,
        textRole: 'opportunity-text',
        frameRole: 'opportunity',
        markRole: 'opportunity-mark'
    };
}

/** The cell with its top-left corner at (x, 0), or undefined when the touchpoint has neither. */
export function painsCell(touchpoint: Touchpoint, x: number, ids: ElementIds): { groups: GroupMark[]; height: number } | undefined {
    if (!hasPains(touchpoint)) {
        return undefined;
    }
    const groups: GroupMark[] = [];
    let y = 0;
    const answered = new Set<number>();
    const opportunityGroup = (index: number, indent: number, link?: { fromY: number }) => {
        const opportunity = touchpoint.opportunities[index];
        const card = noteCard(opportunityNote(opportunity, link !== undefined), x + indent, y, MAP.cardWidth - indent);
        const marks = card.marks;
        if (link) {
            // An elbow from the pain down and into the opportunity: the pair reads as one unit.
            const linkX = x + INDENT / 2;
            const endY = y + 16;
            marks.unshift(
                {
                    type: 'path',
                    role: 'pair-link',
                    strokeWidth: 1.5,
                    segments: [
                        { op: 'M', to: { x: linkX, y: link.fromY } },
                        { op: 'L', to: { x: linkX, y: endY } },
                        { op: 'L', to: { x: x + indent - 1, y: endY } }
                    ]
                },
                arrowHead({ x: linkX, y: endY }, { x: x + indent, y: endY }, 'opportunity-mark', 6, 6)
            );
        }
        const tooltip = `Opportunity: ${opportunity.text}${link ? `\nAnswers: ${touchpoint.pains[opportunity.answersPain ?? 0]?.text ?? ''}` : ''}`;
        groups.push({
            type: 'group',
            id: ids.make('opportunity', touchpoint.id, index),
            kind: 'opportunity',
            modelId: touchpoint.id,
            index,
            tooltip,
            children: marks
        });
        y += card.height + MAP.itemGap;
    };
    touchpoint.pains.forEach((pain, painIndex) => {
        const card = noteCard(painNote(pain), x, y, MAP.cardWidth);
        const tooltip = `Pain point: ${pain.text}${pain.evidence ? `\nEvidence: ${pain.evidence}` : ''}`;
        groups.push({
            type: 'group',
            id: ids.make('pain', touchpoint.id, painIndex),
            kind: 'pain',
            modelId: touchpoint.id,
            index: painIndex,
            tooltip,
            children: card.marks
        });
        y += card.height + 4;
        const painBottom = y - 4;
        touchpoint.opportunities.forEach((opportunity, index) => {
            if (opportunity.answersPain === painIndex) {
                answered.add(index);
                opportunityGroup(index, INDENT, { fromY: painBottom });
            }
        });
        y += MAP.itemGap - 4;
    });
    touchpoint.opportunities.forEach((_, index) => {
        if (!answered.has(index)) {
            opportunityGroup(index, 0);
        }
    });
    return { groups, height: Math.max(0, y - MAP.itemGap) };
}
