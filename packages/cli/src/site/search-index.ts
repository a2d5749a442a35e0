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

export function searchIndexScript(journeys: readonly SiteJourney[]): string {
    const index = {
        journeys: journeys.map(entry => ({ slug: entry.slug, title: entry.journey.title })),
        entries: journeys.flatMap((entry, position) => journeyEntries(entry.journey, position))
    };
    // JSON is valid JavaScript; the file is loaded by <script src>, never inlined in HTML.
    return `window.CJ_SEARCH = ${JSON.stringify(index)};\n`;
}
