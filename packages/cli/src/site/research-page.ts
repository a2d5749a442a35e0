/** Research: every source behind the maps (kind, date, sample, link) and every finding that cites it. */
import type { Evidence, Journey, Source } from '@cjourney/model';
import { anchorOf, attr, facts, list, text } from './html.js';
import { page } from './page-shell.js';
import { compareText, type SiteJourney } from './site-journeys.js';

interface Citation {
    evidence: Evidence;
    /** What the finding supports, in words: "pain at Checks out". */
    what: string;
    /** The element's id, a deep link into the journey page. */
    anchor: string;
}

/** Citations by model object: `serve` rewrites this page after every edit, and unchanged journeys keep theirs. */
const citations = new WeakMap<Journey, Citation[]>();

/** Every evidence of a journey, with what it supports. */
export function citationsOf(journey: Journey): Citation[] {
    const known = citations.get(journey);
    if (known) return known;
    const result: Citation[] = [];
    citations.set(journey, result);
    for (const touchpoint of journey.touchpoints) {
        const at = (what: string, evidence: Evidence | undefined) =>
            evidence && result.push({ evidence, what: `${what} at ${touchpoint.title}`, anchor: touchpoint.id });
        touchpoint.evidence.forEach(evidence => at('step', evidence));
        at('emotion', touchpoint.emotionEvidence);
        touchpoint.personaEmotions.filter(entry => entry.own).forEach(entry => at(`emotion of ${entry.personaId}`, entry.evidence));
        touchpoint.thoughtNotes.forEach(note => at(`thought “${note.text}”`, note.evidence));
        touchpoint.pains.forEach(pain => pain.findings.forEach(evidence => at(`pain “${pain.text}”`, evidence)));
        touchpoint.opportunities.forEach(opportunity =>
            opportunity.evidence.forEach(evidence => at(`opportunity “${opportunity.text}”`, evidence))
        );
    }
    for (const kpi of journey.kpis) kpi.evidence.forEach(evidence => result.push({ evidence, what: `KPI ${kpi.title}`, anchor: kpi.id }));
    return result;
}

interface SourceEntry {
    source: Source;
    cited: Array<{ entry: SiteJourney; citation: Citation }>;
}

function collect(journeys: readonly SiteJourney[]): {
    sources: SourceEntry[];
    unsourced: Array<{ entry: SiteJourney; citation: Citation }>;
} {
    const sources = new Map<string, SourceEntry>();
    const unsourced: Array<{ entry: SiteJourney; citation: Citation }> = [];
    for (const entry of journeys) {
        for (const source of entry.journey.sources) {
            if (!sources.has(source.id)) sources.set(source.id, { source, cited: [] });
        }
        for (const citation of citationsOf(entry.journey)) {
            const found = citation.evidence.sourceId !== undefined ? sources.get(citation.evidence.sourceId) : undefined;
            (found ? found.cited : unsourced).push({ entry, citation });
        }
    }
    const sorted = [...sources.values()].sort(
        (a, b) => compareText(a.source.title.toLowerCase(), b.source.title.toLowerCase()) || compareText(a.source.id, b.source.id)
    );
    return { sources: sorted, unsourced };
}

function citationItem({ entry, citation }: { entry: SiteJourney; citation: Citation }): string {
    const finding =
        citation.evidence.finding !== undefined
            ? `“${text(citation.evidence.finding)}”`
            : '<span class="muted">(cited without a finding)</span>';
    return `${finding} — ${text(citation.what)}, <a href="journeys/${attr(entry.slug)}.html#${attr(encodeURIComponent(citation.anchor))}">${text(entry.journey.title)}</a>`;
}

function sourceSection({ source, cited }: SourceEntry, index: number): string {
    const link =
        source.link && /^https?:\/\//i.test(source.link)
            ? `<a href="${attr(source.link)}">${text(source.link)}</a>`
            : source.link
              ? text(source.link)
              : undefined;
    return `<section id="${attr(anchorOf('source', source.id))}" aria-labelledby="src-${index}">
<h2 id="src-${index}">${text(source.title)}</h2>
${facts([
    ['Kind', source.kind],
    ['Date', source.date ? text(source.date) : undefined],
    ['Sample', source.sample ? text(source.sample) : undefined],
    ['Link', link],
    ['Description', source.description ? text(source.description) : undefined]
])}
<h3>Findings that cite it (${cited.length})</h3>
${list(cited.map(citationItem)) || '<p>No finding cites this source yet.</p>'}
</section>`;
}

export function researchPage(journeys: readonly SiteJourney[], live: boolean): string {
    const { sources, unsourced } = collect(journeys);
    const body = `<h1>Research</h1>
<p>Every source behind the maps and every finding that cites it: the evidence of steps, emotions, thoughts, pains, opportunities and KPIs.</p>
${sources.map(sourceSection).join('\n') || '<p>No source is written in these journeys.</p>'}
${unsourced.length ? `<section aria-labelledby="unsourced"><h2 id="unsourced">Findings without a source</h2>${list(unsourced.map(citationItem))}</section>` : ''}`;
    return page({ title: 'Research', prefix: '', current: 'research.html', body, live });
}
