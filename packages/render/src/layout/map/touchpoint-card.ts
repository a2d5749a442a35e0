/**
 * A touchpoint's card: channel (icon and name), title, personas and owner, a star for a
 * moment of truth and the count of its evidence (the findings in the tooltip).
 */
import type { Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark, IconName, Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import { evidenceLines, stepEvidence } from './evidence-text.js';
import { MAP } from './map-geometry.js';

const PAD = 10;
const IMAGE_HEIGHT = 96;

function tooltip(touchpoint: Touchpoint, index: JourneyIndex): string {
    const facts: Array<[string, string | undefined]> = [
        ['Channel', index.channelTitle(touchpoint.channelId)],
        ['Persona', personaNames(touchpoint, index)],
        ['Owner', touchpoint.ownerId && index.stakeholderTitle(touchpoint.ownerId)],
        ['Involves', touchpoint.involvedIds.map(id => index.stakeholderTitle(id)).join(', ') || undefined],
        ['Emotion', touchpoint.emotion],
        ['Moment of truth', touchpoint.moment]
    ];
    return [
        touchpoint.title,
        touchpoint.description,
        ...facts.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
        ...evidenceLines(stepEvidence(touchpoint), index.journey)
    ]
        .filter(Boolean)
        .join('\n');
}

function personaNames(touchpoint: Touchpoint, index: JourneyIndex): string | undefined {
    return touchpoint.personaIds.map(id => index.personaTitle(id)).join(', ') || undefined;
}

/** A five-pointed star centred on (cx, cy). */
function star(cx: number, cy: number, r: number): Mark {
    const segments = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        const to = {
            x: Math.round((cx + radius * Math.cos(angle)) * 100) / 100,
            y: Math.round((cy + radius * Math.sin(angle)) * 100) / 100
        };
        return { op: i === 0 ? ('M' as const) : ('L' as const), to };
    });
    return { type: 'path', role: 'moment', filled: true, strokeWidth: 1, segments: [...segments, { op: 'Z' }] };
}

/** The moment-of-truth marker: a star and its name, the moment's text in its tooltip. */
function momentMark(moment: string, x: number, y: number, width: number): GroupMark {
    const label = textBlock('Moment of truth', x + 18, y, width - 18, { size: 11, weight: 'bold', role: 'notice', maxLines: 1 });
    return { type: 'group', tooltip: `Moment of truth: ${moment}`, children: [star(x + 6.5, y + 6.5, 7), label.mark] };
}

/**
 * The card's content with its top-left corner at (x, 0); the caller adds the frame once it
 * knows the tallest card of the row (cards of a row share one height). `picture` is where
 * the step's image is drawn from, when the host has it.
 */
export function touchpointCard(
    touchpoint: Touchpoint,
    x: number,
    index: JourneyIndex,
    ids: ElementIds,
    picture?: string
): { group: GroupMark; height: number } {
    const inner = MAP.cardWidth - 2 * PAD;
    const children: Mark[] = [];
    let y = PAD + 3;
    const metaLine = (icon: IconName, text: string, role: 'tag-text' | 'muted') => {
        children.push({ type: 'icon', name: icon, x: x + PAD, y: y + 0.5, size: 13, role: 'icon' });
        const block = textBlock(text, x + PAD + 18, y, inner - 18, { size: 11, role, maxLines: 1 });
        children.push(block.mark);
        y += 18;
    };
    metaLine(index.channelIcon(touchpoint.channelId), index.channelTitle(touchpoint.channelId) ?? 'No channel', 'tag-text');
    y += 2;
    const title = textBlock(touchpoint.title, x + PAD, y, inner, { size: 13, weight: 'bold', role: 'card-title', maxLines: 3 });
    children.push(title.mark);
    y += title.height + 6;
    const persona = personaNames(touchpoint, index);
    if (persona) {
        metaLine('persona', persona, 'muted');
    }
    if (touchpoint.ownerId) {
        metaLine('owner', `Owner: ${index.stakeholderTitle(touchpoint.ownerId)}`, 'muted');
    }
    const evidence = stepEvidence(touchpoint);
    if (evidence.length > 0) {
        const count = textBlock(`${evidence.length} evidence`, x + PAD, y, inner, { size: 11, role: 'muted', maxLines: 1 });
        children.push({ type: 'group', tooltip: evidenceLines(evidence, index.journey).join('\n'), children: [count.mark] });
        y += 18;
    }
    if (touchpoint.moment) {
        children.push(momentMark(touchpoint.moment, x + PAD, y, inner));
        y += 18;
    }
    if (picture) {
        // The screenshot or photo of the step, across the card under its facts.
        children.push({ type: 'image', x: x + PAD, y: y + 2, width: inner, height: IMAGE_HEIGHT, href: picture });
        y += IMAGE_HEIGHT + 8;
    }
    const group: GroupMark = {
        type: 'group',
        id: ids.make('touchpoint', touchpoint.id),
        kind: 'touchpoint',
        modelId: touchpoint.id,
        tooltip: tooltip(touchpoint, index),
        children
    };
    return { group, height: y + PAD - 4 };
}

/** The card with its frame and accent bar under its content, now that its height is known. */
export function framedCard(group: GroupMark, x: number, height: number): GroupMark {
    const frame: Mark[] = [
        { type: 'rect', x, y: 0, width: MAP.cardWidth, height, radius: 7, role: 'card' },
        { type: 'rect', x: x + 7, y: 0, width: MAP.cardWidth - 14, height: 3, radius: 1.5, role: 'card-accent' }
    ];
    return { ...group, children: [...frame, ...group.children] };
}
