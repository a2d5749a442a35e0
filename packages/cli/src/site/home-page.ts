/**
 * The home page: every journey as a card (thumbnail of its map, title, state and baseline,
 * personas, counts, lowest emotion, KPI statuses), filters by persona, stakeholder, channel
 * and state, and a search over the index written beside it (assets/search-index.js).
 */
import { plural } from '@cjourney/model';
import { attr, text } from './html.js';
import { filterValues, journeyFacts } from './journey-facts.js';
import { page } from './page-shell.js';
import { compareText, type JourneyRef, type SiteJourney } from './site-journeys.js';

export function baselineOf(entry: SiteJourney, journeys: readonly JourneyRef[]): JourneyRef | undefined {
    const id = entry.journey.baselineId;
    if (id === undefined) return undefined;
    return journeys.find(other => other.journey.id === id && other.file === entry.file) ?? journeys.find(other => other.journey.id === id);
}

export function stateHtml(entry: SiteJourney, journeys: readonly JourneyRef[], prefix: string): string {
    if (entry.journey.state !== 'future') return 'Current state (as-is)';
    const baseline = baselineOf(entry, journeys);
    if (!baseline) return 'Future state (to-be)';
    return `Future state (to-be), changing <a href="${prefix}journeys/${attr(baseline.slug)}.html">${text(baseline.journey.title)}</a>`;
}

function card(entry: SiteJourney, journeys: readonly SiteJourney[]): string {
    const { journey, slug } = entry;
    const facts = journeyFacts(journey);
    const values = filterValues(journey);
    const href = `journeys/${attr(slug)}.html`;
    const personas = journey.personas.map(persona => text(persona.title)).join(', ') || 'none written';
    const kpis = facts.kpiStatuses
        .map(({ status, count }) => `<span class="status status-${status}">${count} ${text(status)}</span>`)
        .join(' ');
    const lowest = facts.lowest
        ? `<span class="emotion emotion-${facts.lowest.emotion}">${text(facts.lowest.emotion)}</span> at ${text(facts.lowest.step)}`
        : 'no emotion written';
    return `<li class="card" data-journey="${attr(slug)}" data-state="${journey.state}" data-personas=" ${attr(values.personas.join(' '))} " data-stakeholders=" ${attr(values.stakeholders.join(' '))} " data-channels=" ${attr(values.channels.join(' '))} ">
<article aria-labelledby="title-${attr(slug)}">
<a class="thumb" href="${href}" tabindex="-1" aria-hidden="true"><img src="journeys/${attr(slug)}.map.svg" alt="" loading="lazy"></a>
<h2 id="title-${attr(slug)}"><a href="${href}">${text(journey.title)}</a></h2>
<p class="state">${stateHtml(entry, journeys, '')}</p>
<dl class="facts">
<dt>Personas</dt><dd>${personas}</dd>
<dt>Size</dt><dd>${text(facts.counts)}</dd>
<dt>Lowest emotion</dt><dd>${lowest}</dd>
<dt>KPIs</dt><dd>${kpis || 'none'}</dd>
<dt>File</dt><dd><code>${text(entry.file)}</code>${entry.errors ? ` <strong class="status status-off">${plural(entry.errors, 'error')}</strong>` : ''}</dd>
</dl>
</article>
</li>`;
}

/** Every id → title of one kind over all journeys, sorted by title, as <option>s. */
function options(journeys: readonly SiteJourney[], pick: (entry: SiteJourney) => ReadonlyArray<{ id: string; title: string }>): string {
    const titles = new Map<string, string>();
    for (const entry of journeys) for (const item of pick(entry)) if (!titles.has(item.id)) titles.set(item.id, item.title);
    return [...titles]
        .sort(([idA, a], [idB, b]) => compareText(a.toLowerCase(), b.toLowerCase()) || compareText(idA, idB))
        .map(([id, title]) => `<option value="${attr(id)}">${text(title)}</option>`)
        .join('');
}

function filters(journeys: readonly SiteJourney[]): string {
    const select = (name: string, label: string, all: string, choices: string) =>
        `<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" data-filter="${name}"><option value="">${all}</option>${choices}</select></div>`;
    return `<form class="filters" role="search" aria-label="Search and filter journeys">
<div class="field search"><label for="search">Search titles, steps, thoughts, pains, opportunities and evidence</label><input id="search" type="search" autocomplete="off"></div>
${select(
    'personas',
    'Persona',
    'Every persona',
    options(journeys, entry => entry.journey.personas)
)}
${select(
    'stakeholders',
    'Stakeholder',
    'Every stakeholder',
    options(journeys, entry => entry.journey.stakeholders)
)}
${select(
    'channels',
    'Channel',
    'Every channel',
    options(journeys, entry => entry.journey.channels.filter(channel => channel.touchpointIds.length > 0))
)}
${select('state', 'State', 'Current and future', '<option value="current">Current (as-is)</option><option value="future">Future (to-be)</option>')}
</form>`;
}

export function homePage(journeys: readonly SiteJourney[], live: boolean): string {
    const body = `<h1>Customer journeys</h1>
<p>${plural(journeys.length, 'journey')}. Open one for its interactive map, views and every fact behind each step.</p>
${filters(journeys)}
<section aria-labelledby="results-title" class="results" hidden>
<h2 id="results-title">Search results</h2>
<p id="result-count" aria-live="polite"></p>
<ol id="results"></ol>
</section>
<h2 class="visually-hidden">Journeys</h2>
<p id="shown-count" aria-live="polite"></p>
<ul class="cards">
${journeys.map(entry => card(entry, journeys)).join('\n')}
</ul>`;
    return page({
        title: 'Customer journeys',
        prefix: '',
        current: 'index.html',
        body,
        scripts: ['assets/search-index.js', 'assets/home.js'],
        live
    });
}
