/** A KPI told in words (status, trend, values, history, benchmarks) and its history as a small line. */
import { type Journey, type Kpi, withUnit } from '@cjourney/model';
import { attr, evidenceHtml, facts, list, repositoryLink, text, titleIn } from './html.js';
import { detailArticle, type DetailContext } from './element-details.js';

export function statusHtml(kpi: Kpi): string {
    return `<span class="status status-${kpi.status}">${kpi.status}</span>`;
}

export function quantity(kpi: Kpi, value: { text: string } | undefined): string | undefined {
    return value ? text(withUnit(value.text, kpi.unit)) : undefined;
}

/** History then current as a polyline, higher values up; an image with its values as its name. */
export function sparkline(kpi: Kpi): string {
    const points = [
        ...kpi.history.map(entry => ({ when: entry.when, value: entry.value })),
        ...(kpi.current ? [{ when: 'now', value: kpi.current }] : [])
    ];
    if (points.length < 2) return '';
    const values = points.map(point => point.value.value);
    const low = Math.min(...values);
    const span = Math.max(...values) - low || 1;
    const width = 96;
    const height = 24;
    const coords = values.map(
        (value, index) =>
            `${((index / (values.length - 1)) * (width - 4) + 2).toFixed(1)},${(height - 2 - ((value - low) / span) * (height - 4)).toFixed(1)}`
    );
    const label = `History: ${points.map(point => `${point.when} ${point.value.text}`).join(', ')}`;
    return `<svg class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${attr(label)}"><title>${text(label)}</title><polyline points="${coords.join(' ')}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`;
}

export function benchmarksHtml(journey: Journey, kpi: Kpi): string[] {
    return kpi.benchmarks.map(benchmark => {
        const who = titleIn(journey.competitors, benchmark.competitorId) ?? benchmark.source;
        const gap = benchmark.gap ? (benchmark.gap.meets ? ' (met)' : ` (short by ${text(withUnit(benchmark.gap.text, kpi.unit))})`) : '';
        return `${text(withUnit(benchmark.value.text, kpi.unit))}${who ? ` ${text(who)}` : ''}${benchmark.source && benchmark.competitorId ? ` <span class="muted">(${text(benchmark.source)})</span>` : ''}${benchmark.date ? ` at ${text(benchmark.date)}` : ''}${gap}`;
    });
}

export function kpiDetail(context: DetailContext, kpi: Kpi): string {
    const { journey } = context;
    const body = [
        kpi.description ? `<p>${text(kpi.description)}</p>` : '',
        facts([
            ['Status', statusHtml(kpi)],
            ['Trend', kpi.trend],
            ['Current', quantity(kpi, kpi.current)],
            ['Target', kpi.target ? `${quantity(kpi, kpi.target)}${kpi.targetDate ? ` by ${text(kpi.targetDate)}` : ''}` : undefined],
            ['Better', kpi.better],
            ['Stages', kpi.stageIds.map(id => text(titleIn(journey.stages, id) ?? id)).join(', ')],
            ['Owner', kpi.ownerId ? text(titleIn(journey.stakeholders, kpi.ownerId) ?? kpi.ownerId) : undefined]
        ]),
        kpi.history.length
            ? `<h4>History</h4>${sparkline(kpi)}${list(kpi.history.map(entry => `${text(entry.when)}: ${quantity(kpi, entry.value)}`))}`
            : '',
        kpi.benchmarks.length ? `<h4>Benchmarks</h4>${list(benchmarksHtml(journey, kpi))}` : '',
        kpi.evidence.length ? `<h4>Evidence</h4>${list(kpi.evidence.map(entry => evidenceHtml(journey, entry, context.prefix)))}` : '',
        repositoryLink(context.repoUrl, context.file, kpi.loc)
    ].join('');
    return detailArticle('kpi', kpi.id, kpi.title, body);
}
