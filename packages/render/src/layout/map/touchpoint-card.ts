/** A touchpoint's card: channel (icon and name), title, persona and owner. */
import type { Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark, IconName, Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import { MAP } from './map-geometry.js';

const PAD = 10;

function tooltip(touchpoint: Touchpoint, index: JourneyIndex): string {
    const facts: Array<[string, string | undefined]> = [
        ['Channel', index.channelTitle(touchpoint.channelId)],
        ['Persona', index.personaTitle(touchpoint.personaId)],
        ['Owner', touchpoint.ownerId && index.stakeholderTitle(touchpoint.ownerId)],
        ['Involves', touchpoint.involvedIds.map(id => index.stakeholderTitle(id)).join(', ') || undefined],
        ['Emotion', touchpoint.emotion]
    ];
    return [touchpoint.title, touchpoint.description, ...facts.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`)]
        .filter(Boolean)
        .join('\n');
}

/**
 * The card's content with its top-left corner at (x, 0); the caller adds the frame once it
 * knows the tallest card of the row (cards of a row share one height).
 */
export function touchpointCard(
    touchpoint: Touchpoint,
    x: number,
    index: JourneyIndex,
    ids: ElementIds
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
    const persona = index.personaTitle(touchpoint.personaId);
    if (persona) {
        metaLine('persona', persona, 'muted');
    }
    if (touchpoint.ownerId) {
        metaLine('owner', `Owner: ${index.stakeholderTitle(touchpoint.ownerId)}`, 'muted');
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

/** Puts the frame and the accent bar under a card's content, now that its height is known. */
export function frameCard(group: GroupMark, x: number, height: number): void {
    group.children.unshift(
        { type: 'rect', x, y: 0, width: MAP.cardWidth, height, radius: 7, role: 'card' },
        { type: 'rect', x: x + 7, y: 0, width: MAP.cardWidth - 14, height: 3, radius: 1.5, role: 'card-accent' }
    );
}
