/**
 * The stakeholder register across all journeys: each stakeholder once (a shared one is the
 * same person in every journey), its grid place, attitude and risks, and everything it owns,
 * is involved in or needs, journey by journey.
 */
import type { Journey, Stakeholder } from '@cjourney/model';
import { anchorOf, attr, list, text } from './html.js';
import { page } from './page-shell.js';
import { compareText, type SiteJourney } from './site-journeys.js';
import { engagementOf, stakeholderFacts } from './stakeholder-details.js';

interface RegisterEntry {
    key: string;
    stakeholder: Stakeholder;
    uses: Array<{ entry: SiteJourney; rows: string[] }>;
}

/** A shared stakeholder is keyed by where it is defined; a journey's own by its journey too. */
function keyOf(entry: SiteJourney, stakeholder: Stakeholder): string {
    const file = stakeholder.loc.file ?? entry.file;
    return stakeholder.scope === 'journey' ? `${file}#${entry.journey.id}#${stakeholder.id}` : `${file}#${stakeholder.id}`;
}

/**
 * `serve` writes the register again after every edit; a journey that did not change keeps its
 * model objects, so what its stakeholders do in it is worked out once, not on every edit.
 */
const engagements = new WeakMap<Journey, Map<Stakeholder, string[]>>();

function engagementIn(journey: Journey, stakeholder: Stakeholder): string[] {
    const known = engagements.get(journey) ?? new Map<Stakeholder, string[]>();
    engagements.set(journey, known);
    const rows = known.get(stakeholder) ?? engagementOf(journey, stakeholder);
    known.set(stakeholder, rows);
    return rows;
}

export function registerEntries(journeys: readonly SiteJourney[]): RegisterEntry[] {
    const entries = new Map<string, RegisterEntry>();
    for (const entry of journeys) {
        for (const stakeholder of entry.journey.stakeholders) {
            const key = keyOf(entry, stakeholder);
            const found = entries.get(key) ?? { key, stakeholder, uses: [] };
            found.uses.push({ entry, rows: engagementIn(entry.journey, stakeholder) });
            entries.set(key, found);
        }
    }
    return [...entries.values()].sort(
        (a, b) => compareText(a.stakeholder.title.toLowerCase(), b.stakeholder.title.toLowerCase()) || compareText(a.key, b.key)
    );
}

function section(item: RegisterEntry, index: number): string {
    const { stakeholder } = item;
    const uses = item.uses.map(
        ({ entry, rows }) =>
            `<a href="journeys/${attr(entry.slug)}.html#${attr(encodeURIComponent(stakeholder.id))}">${text(entry.journey.title)}</a>${list(rows.map(row => text(row))) || ' <span class="muted">(named, not engaged)</span>'}`
    );
    return `<section class="register-entry" id="${attr(anchorOf('stakeholder', `${index}-${stakeholder.id}`))}" aria-labelledby="sh-${index}">
<h2 id="sh-${index}">${text(stakeholder.title)}</h2>
${stakeholder.description ? `<p>${text(stakeholder.description)}</p>` : ''}
${stakeholderFacts(stakeholder)}
${stakeholder.risks.length ? `<h3>Risks</h3>${list(stakeholder.risks.map(risk => text(risk)))}` : ''}
<h3>Journeys</h3>${list(uses)}
</section>`;
}

export function registerPage(journeys: readonly SiteJourney[], live: boolean): string {
    const entries = registerEntries(journeys);
    const body = `<h1>Stakeholder register</h1>
<p>Every stakeholder of every journey: where they sit on the power/interest grid, their attitude and risks, and each step, stage, KPI and opportunity they own, are involved in or need something at.</p>
${entries.map(section).join('\n') || '<p>No stakeholder is written in these journeys.</p>'}`;
    return page({ title: 'Stakeholder register', prefix: '', current: 'stakeholders.html', body, live });
}
