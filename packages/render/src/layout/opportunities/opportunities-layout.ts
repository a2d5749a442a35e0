/**
 * The opportunities view: every opportunity of the journey on the impact × effort portfolio
 * (quick wins, big bets, fill-ins, money pits), each a card with its status (shape and word),
 * owner, and the pain and step it answers; those without impact or effort are listed apart,
 * "not yet rated". Deterministic placement, no ELK.
 */
import { OPPORTUNITY_STATUSES, plural, type Journey, type PortfolioPlace } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { calmNotice } from '../framed-card.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import type { LayoutOptions } from '../layout-options.js';
import { legendText, shiftMarks } from '../marks.js';
import { statusMarker, statusShapeName } from '../opportunity-status.js';
import type { Mark, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { CARD_WIDTH, opportunityCard } from './opportunity-card.js';
import { portfolioEntries, type PortfolioEntry } from './portfolio-entries.js';
import { GAP, pack, portfolioGrid, type BuiltCard } from './portfolio-grid.js';

const MARGIN = 32;
const AXIS_SPACE = 64;
const SIDE_GAP = 48;

export function layoutOpportunities(journey: Journey, options: LayoutOptions): Scene {
    const ids = new ElementIds();
    const index = new JourneyIndex(journey);
    const entries = portfolioEntries(journey);
    const rated = entries.filter(entry => entry.opportunity.portfolio);
    const unrated = entries.filter(entry => !entry.opportunity.portfolio);
    const facts = [
        'Opportunity portfolio',
        plural(entries.length, 'opportunity', 'opportunities'),
        `${rated.length} rated by impact and effort`
    ];
    const header = journeyHeader({ title: journey.title, facts: facts.join(' · '), notices: options.notices }, MARGIN, MARGIN, 900);
    const cards = new Map<PortfolioPlace, BuiltCard[]>();
    for (const entry of rated) {
        const place = entry.opportunity.portfolio!;
        cards.set(place, [...(cards.get(place) ?? []), opportunityCard(entry, 0, 0, index, ids)]);
    }
    const grid = portfolioGrid(cards, MARGIN + AXIS_SPACE, MARGIN + header.height + 28, ids);
    const marks: Mark[] = [...header.marks, ...grid.marks, ...grid.cards];
    if (entries.length === 0) {
        const notice = calmNotice(
            'No opportunities yet. Under a pain, write opportunity "What we could do" { impact high effort low owner Team } to place it here.',
            grid.left + 40,
            grid.top + 70,
            grid.right - grid.left - 80
        );
        marks.push(...notice.marks);
    }
    const side = grid.right + SIDE_GAP;
    const legend = statusLegend(side, grid.top);
    marks.push(...legend.marks);
    const right = side + CARD_WIDTH + 16;
    const bottom = unratedList(unrated, MARGIN, grid.bottom + 72, right - MARGIN, index, ids, marks);
    const width = Math.max(right, MARGIN + header.width) + MARGIN;
    const height = Math.max(grid.bottom + 56, grid.top + legend.height, bottom) + MARGIN;
    return { view: 'opportunities', width, height, title: `${journey.title} — opportunity portfolio`, notes: [], marks };
}

/** The cards without impact or effort, below the grid, under a heading saying why they are not on it; returns the bottom. */
function unratedList(
    unrated: readonly PortfolioEntry[],
    x: number,
    y: number,
    width: number,
    index: JourneyIndex,
    ids: ElementIds,
    marks: Mark[]
): number {
    if (unrated.length === 0) return y;
    const heading = textBlock(`Not yet rated  ·  ${plural(unrated.length, 'opportunity', 'opportunities')}`, x, y, width, {
        size: 14,
        weight: 'bold',
        role: 'title',
        maxLines: 1
    });
    const hint = textBlock('Add impact and effort to place them on the grid.', x, y + heading.height + 2, width, {
        size: 11,
        role: 'muted',
        maxLines: 2
    });
    marks.push(heading.mark, hint.mark);
    const top = y + heading.height + hint.height + 12;
    const cards = unrated.map(entry => opportunityCard(entry, 0, 0, index, ids));
    const packing = pack(cards, Math.max(1, Math.min(cards.length, Math.floor((width + GAP) / (CARD_WIDTH + GAP)))));
    cards.forEach((card, i) => {
        shiftMarks([card.group], x + packing.offsets[i].x, top + packing.offsets[i].y);
        marks.push(card.group);
    });
    return top + packing.height;
}

/** What the marker shapes mean, each with its word (the cards repeat the word too). */
function statusLegend(x: number, y: number): { marks: Mark[]; height: number } {
    const width = CARD_WIDTH + 16;
    const marks: Mark[] = [legendText(x + 14, y + 22, 'Shape: status', true)];
    let row = y + 34;
    for (const status of OPPORTUNITY_STATUSES) {
        marks.push(statusMarker(status, x + 24, row + 8, 12), legendText(x + 40, row + 12, `${status} (${statusShapeName(status)})`));
        row += 22;
    }
    row += 6;
    marks.unshift({ type: 'rect', x, y, width, height: row - y, radius: 8, role: 'legend-box' });
    return { marks, height: row - y };
}
