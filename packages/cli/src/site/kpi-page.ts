/** The KPI dashboard: every KPI of every journey with status, trend, history line, target and benchmarks. */
import { list, table, text, attr } from './html.js';
import { benchmarksHtml, quantity, sparkline, statusHtml } from './kpi-details.js';
import { page } from './page-shell.js';
import type { SiteJourney } from './site-journeys.js';

export function kpiPage(journeys: readonly SiteJourney[], live: boolean): string {
    const rows = journeys.flatMap(entry =>
        entry.journey.kpis.map(kpi => [
            `<a href="journeys/${attr(entry.slug)}.html#${attr(encodeURIComponent(kpi.id))}">${text(kpi.title)}</a>`,
            text(entry.journey.title),
            statusHtml(kpi),
            kpi.trend ?? '—',
            quantity(kpi, kpi.current) ?? '—',
            kpi.target ? `${quantity(kpi, kpi.target)}${kpi.targetDate ? ` by ${text(kpi.targetDate)}` : ''}` : '—',
            sparkline(kpi) || '—',
            list(benchmarksHtml(entry.journey, kpi)) || '—'
        ])
    );
    const body = `<h1>KPI dashboard</h1>
<p>Every KPI of every journey: met, close (within 10 % of the target) or off, its trend over the last two measurements, its history and how it compares with competitors.</p>
${rows.length ? table('KPIs of every journey', ['KPI', 'Journey', 'Status', 'Trend', 'Current', 'Target', 'History', 'Benchmarks'], rows, ' class="data"') : '<p>No KPI is written in these journeys.</p>'}`;
    return page({ title: 'KPI dashboard', prefix: '', current: 'kpis.html', body, live });
}
