/**
 * An opportunity's card on the portfolio: its status marker and text, status and owner in
 * words, impact and effort, and the pain and step it answers. Clicking it opens the
 * opportunity in the source (the map's ids: kind `opportunity`, the touchpoint, the index).
 */
import type { ElementIds } from '../element-ids.js';
import { framedCard, type CardText } from '../framed-card.js';
import type { JourneyIndex } from '../journey-index.js';
import { statusMarker } from '../opportunity-status.js';
import type { GroupMark } from '../scene.js';
import { stepWords, type PortfolioEntry } from './portfolio-entries.js';

export const CARD_WIDTH = 250;

function facts(entry: PortfolioEntry, index: JourneyIndex): { status: string; rating: string; answers: string } {
    const { opportunity } = entry;
    const owner = opportunity.ownerId ? `owner ${index.stakeholderTitle(opportunity.ownerId)}` : 'no owner yet';
    const rating =
        opportunity.impact || opportunity.effort
            ? `impact ${opportunity.impact ?? 'not rated'} · effort ${opportunity.effort ?? 'not rated'}`
            : 'impact and effort not rated';
    const answers = entry.pain ? `Answers “${entry.pain.text}” at ${stepWords(entry)}` : `At ${stepWords(entry)}, answers no pain`;
    return { status: `${opportunity.status} · ${owner}`, rating, answers };
}

export function opportunityCard(
    entry: PortfolioEntry,
    x: number,
    y: number,
    index: JourneyIndex,
    ids: ElementIds,
    width = CARD_WIDTH
): { group: GroupMark; height: number } {
    const { opportunity, touchpoint } = entry;
    const words = facts(entry, index);
    const texts: CardText[] = [
        { text: opportunity.text, size: 13, weight: 'bold', role: 'card-title', maxLines: 3 },
        { text: words.status, size: 11.5, role: 'text', maxLines: 2, icon: 'owner', gap: 6 },
        { text: words.rating, size: 11, role: 'muted', maxLines: 1 },
        { text: words.answers, size: 11, role: 'muted', maxLines: 3, gap: 6 }
    ];
    const tooltip = [`Opportunity: ${opportunity.text}`, opportunity.description, `Status: ${words.status}`, words.rating, words.answers]
        .filter(Boolean)
        .join('\n');
    return framedCard({
        x,
        y,
        width,
        frame: 'card',
        id: ids.make('opportunity', touchpoint.id, entry.index),
        kind: 'opportunity',
        modelId: touchpoint.id,
        index: entry.index,
        tooltip,
        texts,
        marker: (cx, cy) => [statusMarker(opportunity.status, cx, cy)]
    });
}
