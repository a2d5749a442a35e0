/**
 * The search index of the home page, as a script that assigns a global: a page opened from
 * `file://` cannot fetch() a JSON file in Chromium, but it can load a <script src>. Entries
 * are [journey, element anchor, kind, text]; the anchor is a deep link into the journey page.
 */
import type { Journey } from '@cjourney/model';
import type { SiteJourney } from './site-journeys.js';

type Entry = [number, string, string, string];

function journeyEntries(journey: Journey, index: number): Entry[] {
    const entries: Entry[] = [[index, '', 'journey', [journey.title, journey.description ?? '', ...journey.objectives].join(' ')]];
    for (const stage of journey.stages) entries.push([index, stage.id, 'stage', stage.title]);
    for (const touchpoint of journey.touchpoints) {
        const add = (kind: string, value: string | undefined) => {
            if (value) entries.push([index, touchpoint.id, kind, value]);
        };
        add('step', [touchpoint.title, touchpoint.description ?? '', ...touchpoint.actions].join(' ').trim());
        touchpoint.thoughts.forEach(thought => add('thought', thought));
        touchpoint.evidence.forEach(evidence => add('evidence', evidence.finding));
        for (const pain of touchpoint.pains) {
            add('pain', pain.text);
            pain.findings.forEach(finding => add('evidence', finding.finding));
        }
        touchpoint.opportunities.forEach(opportunity =>
            add('opportunity', [opportunity.text, opportunity.description ?? ''].join(' ').trim())
        );
    }
    for (const kpi of journey.kpis) entries.push([index, kpi.id, 'KPI', kpi.title]);
    return entries;
}

/** A journey's entries as JSON, by model object: `serve` writes the index again after every edit, and unchanged journeys keep theirs. */
const entriesJson = new WeakMap<Journey, { position: number; json: string }>();

function entriesOf(journey: Journey, position: number): string {
    const known = entriesJson.get(journey);
    if (known?.position === position) return known.json;
    const json = JSON.stringify(journeyEntries(journey, position)).slice(1, -1);
    entriesJson.set(journey, { position, json });
    return json;
}

export function searchIndexScript(journeys: readonly SiteJourney[]): string {
    const titles = JSON.stringify(journeys.map(entry => ({ slug: entry.slug, title: entry.journey.title })));
    // The same text as JSON.stringify of the whole index, put together from each journey's part.
    const entries = journeys
        .map((entry, position) => entriesOf(entry.journey, position))
        .filter(json => json !== '')
        .join(',');
    // JSON is valid JavaScript; the file is loaded by <script src>, never inlined in HTML.
    return `window.CJ_SEARCH = {"journeys":${titles},"entries":[${entries}]};\n`;
}
