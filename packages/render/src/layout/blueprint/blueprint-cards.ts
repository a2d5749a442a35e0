/**
 * The blueprint's cards: a touchpoint (channel, title, emotion) in the customer's row, and
 * each blueprint entry (what is done, and by whom) in its lane. Entries click through to
 * their touchpoint, where they are written (kind `touchpoint-details`, index = the entry's
 * position in the touchpoint's blueprint).
 */
import type { BlueprintEntry, Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { framedCard, type CardText } from '../framed-card.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark } from '../scene.js';
import { COLUMN_WIDTH } from './blueprint-columns.js';

/** "feels pleased", or each persona's own when they differ ("Jana: pleased · Tobias: frustrated"). */
function feelings(touchpoint: Touchpoint, index: JourneyIndex): string | undefined {
    const own = touchpoint.personaEmotions;
    if (new Set(own.map(entry => entry.emotion)).size > 1) {
        return own.map(entry => `${index.personaTitle(entry.personaId)}: ${entry.emotion}`).join(' · ');
    }
    const emotion = own[0]?.emotion ?? touchpoint.emotion;
    return emotion ? `feels ${emotion}` : undefined;
}

export function stepCard(
    touchpoint: Touchpoint,
    x: number,
    y: number,
    minHeight: number,
    index: JourneyIndex,
    ids: ElementIds
): { group: GroupMark; height: number } {
    const channel = index.channelTitle(touchpoint.channelId) ?? 'No channel';
    const texts: CardText[] = [
        { text: channel, size: 11, role: 'tag-text', maxLines: 1, icon: index.channelIcon(touchpoint.channelId) },
        { text: touchpoint.title, size: 13, weight: 'bold', role: 'card-title', maxLines: 3, gap: 6 }
    ];
    const feeling = feelings(touchpoint, index);
    if (feeling) texts.push({ text: feeling, size: 11, role: 'muted', maxLines: 2 });
    const tooltip = [
        touchpoint.title,
        touchpoint.description,
        `Channel: ${channel}`,
        feeling && `${feeling.charAt(0).toUpperCase()}${feeling.slice(1)}`
    ]
        .filter(Boolean)
        .join('\n');
    return framedCard({
        x,
        y,
        width: COLUMN_WIDTH,
        frame: 'card',
        id: ids.make('touchpoint', touchpoint.id),
        kind: 'touchpoint',
        modelId: touchpoint.id,
        tooltip,
        texts,
        minHeight
    });
}

export function entryCard(
    touchpoint: Touchpoint,
    entry: BlueprintEntry,
    entryIndex: number,
    x: number,
    y: number,
    index: JourneyIndex,
    ids: ElementIds
): { group: GroupMark; height: number } {
    const by = entry.byId ? index.stakeholderTitle(entry.byId) : undefined;
    const texts: CardText[] = [{ text: entry.text, size: 12, role: 'text', maxLines: 4 }];
    if (by) texts.push({ text: `by ${by}`, size: 11, role: 'muted', maxLines: 1, icon: 'owner', gap: 6 });
    return framedCard({
        x,
        y,
        width: COLUMN_WIDTH,
        frame: 'card',
        id: ids.make('blueprint', touchpoint.id, entry.lane, entryIndex),
        kind: 'touchpoint-details',
        modelId: touchpoint.id,
        index: entryIndex,
        tooltip: [`${entry.lane} of ${touchpoint.title}: ${entry.text}`, by && `By ${by}`].filter(Boolean).join('\n'),
        texts
    });
}
