/**
 * The opportunity backlog: every opportunity with its impact × effort place, status, owner and
 * the pain and step it answers; filtered and sorted in the page (assets/table.js) by the
 * data attributes of each row.
 */
import { OPPORTUNITY_STATUSES, PORTFOLIO_PLACES, type Journey, type Level } from '@cjourney/model';
import { attr, text, titleIn } from './html.js';
import { page } from './page-shell.js';
import type { SiteJourney } from './site-journeys.js';

const LEVEL_RANK: Readonly<Record<Level, number>> = { low: 1, medium: 2, high: 3 };

/** A journey's rows by its model object: `serve` rewrites the backlog after every edit, and unchanged journeys keep theirs. */
const rowsOfJourney = new WeakMap<Journey, { slug: string; rows: string[] }>();

function rows(journeys: readonly SiteJourney[]): string[] {
    return journeys.flatMap(entry => {
        const known = rowsOfJourney.get(entry.journey);
        if (known?.slug === entry.slug) return known.rows;
        const fresh = { slug: entry.slug, rows: journeyRows(entry) };
        rowsOfJourney.set(entry.journey, fresh);
        return fresh.rows;
    });
}

function journeyRows(entry: SiteJourney): string[] {
    const result: string[] = [];
    const { journey } = entry;
    for (const touchpoint of journey.touchpoints) {
        for (const opportunity of touchpoint.opportunities) {
            const pain = opportunity.answersPain !== undefined ? touchpoint.pains[opportunity.answersPain]?.text : undefined;
            const owner = titleIn(journey.stakeholders, opportunity.ownerId) ?? '';
            const place = opportunity.portfolio ?? '';
            const link = `journeys/${attr(entry.slug)}.html#${attr(encodeURIComponent(touchpoint.id))}`;
            result.push(`<tr data-status="${opportunity.status}" data-place="${place}" data-journey="${attr(entry.slug)}">
<th scope="row" data-sort="${attr(opportunity.text.toLowerCase())}">${text(opportunity.text)}</th>
<td data-sort="${place}">${place ? text(place.replace('-', ' ')) : '—'}</td>
<td data-sort="${opportunity.impact ? LEVEL_RANK[opportunity.impact] : 0}">${opportunity.impact ?? '—'}</td>
<td data-sort="${opportunity.effort ? LEVEL_RANK[opportunity.effort] : 0}">${opportunity.effort ?? '—'}</td>
<td data-sort="${OPPORTUNITY_STATUSES.indexOf(opportunity.status)}">${opportunity.status}</td>
<td data-sort="${attr(owner.toLowerCase())}">${owner ? text(owner) : '—'}</td>
<td data-sort="${attr((pain ?? '').toLowerCase())}">${pain ? text(pain) : '—'}</td>
<td data-sort="${attr(touchpoint.title.toLowerCase())}"><a href="${link}">${text(touchpoint.title)}</a></td>
<td data-sort="${attr(journey.title.toLowerCase())}">${text(journey.title)}</td>
</tr>`);
        }
    }
    return result;
}

function select(name: string, label: string, all: string, values: ReadonlyArray<readonly [string, string]>): string {
    const options = values.map(([value, shown]) => `<option value="${attr(value)}">${text(shown)}</option>`).join('');
    return `<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" data-filter="${name}"><option value="">${all}</option>${options}</select></div>`;
}

export function backlogPage(journeys: readonly SiteJourney[], live: boolean): string {
    const headers = ['Opportunity', 'Place (impact × effort)', 'Impact', 'Effort', 'Status', 'Owner', 'Pain it answers', 'Step', 'Journey'];
    const head = headers
        .map(
            (header, index) =>
                `<th scope="col" aria-sort="none"><button type="button" data-sort-column="${index}">${text(header)}</button></th>`
        )
        .join('');
    const body = rows(journeys);
    const filters = `<form class="filters" aria-label="Filter the backlog">
${select(
    'status',
    'Status',
    'Every status',
    OPPORTUNITY_STATUSES.map(status => [status, status] as const)
)}
${select(
    'place',
    'Place',
    'Every place',
    PORTFOLIO_PLACES.map(place => [place, place.replace('-', ' ')] as const)
)}
${select(
    'journey',
    'Journey',
    'Every journey',
    journeys.map(entry => [entry.slug, entry.journey.title] as const)
)}
</form>`;
    const content = `<h1>Opportunity backlog</h1>
<p>Every opportunity of every journey, placed by impact × effort (quick wins, big bets, fill-ins, money pits), with its status, owner and the pain and step it answers. Sort by a column with its header's button.</p>
${filters}
<p id="row-count" aria-live="polite"></p>
${body.length ? `<table class="data sortable"><caption>Opportunities of every journey</caption><thead><tr>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table>` : '<p>No opportunity is written in these journeys.</p>'}`;
    return page({ title: 'Opportunity backlog', prefix: '', current: 'backlog.html', body: content, scripts: ['assets/table.js'], live });
}
