/**
 * The summary view: one page for an executive — the emotion curves large (one per persona;
 * a future journey's baseline faded beneath), then the top pains by evidence, the KPIs by
 * status and the quick wins, side by side.
 */
import { plural, type Journey } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { calmNotice } from '../framed-card.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import type { LayoutOptions } from '../layout-options.js';
import type { Mark, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { emotionChart } from './emotion-chart.js';
import { emotionSeries } from './persona-series.js';
import { kpisColumn, painsColumn, quickWinsColumn } from './summary-lists.js';

const MARGIN = 32;
const PAGE_WIDTH = 1240;
const COLUMN_GAP = 24;

function facts(journey: Journey, baseline: Journey | undefined): string {
    const state = journey.state === 'future' ? `to-be journey${baseline ? `, compared with ${baseline.title}` : ''}` : 'as-is journey';
    return ['Executive summary', state, plural(journey.stages.length, 'stage'), plural(journey.touchpoints.length, 'step')].join(' · ');
}

export function layoutSummary(journey: Journey, baseline: Journey | undefined, options: LayoutOptions): Scene {
    const ids = new ElementIds();
    const index = new JourneyIndex(journey);
    const width = PAGE_WIDTH - 2 * MARGIN;
    const header = journeyHeader(
        { title: journey.title, facts: facts(journey, baseline), objectives: journey.objectives, notices: options.notices },
        MARGIN,
        MARGIN,
        width
    );
    const marks: Mark[] = [...header.marks];
    let y = MARGIN + header.height + 20;
    const title = textBlock('How it feels, step by step', MARGIN, y, width, { size: 15, weight: 'bold', role: 'title', maxLines: 1 });
    marks.push(title.mark);
    y += title.height + 10;
    if (emotionSeries(journey).length === 0 && (!baseline || emotionSeries(baseline).length === 0)) {
        const notice = calmNotice(
            'No emotions yet. Write emotion pleased (or delighted, neutral, frustrated, angry) in a touchpoint to draw the curve.',
            MARGIN,
            y,
            width
        );
        marks.push(...notice.marks);
        y += notice.height + 28;
    } else {
        const chart = emotionChart(journey, baseline, MARGIN, y, width, ids);
        marks.push(...chart.marks);
        y += chart.height + 12;
    }
    const columnWidth = (width - 2 * COLUMN_GAP) / 3;
    const columns = [
        painsColumn(journey, MARGIN, y, columnWidth, ids),
        kpisColumn(journey, MARGIN + columnWidth + COLUMN_GAP, y, columnWidth, ids),
        quickWinsColumn(journey, MARGIN + 2 * (columnWidth + COLUMN_GAP), y, columnWidth, index, ids)
    ];
    for (const column of columns) marks.push(...column.marks);
    const bottom = Math.max(...columns.map(column => column.bottom));
    return { view: 'summary', width: PAGE_WIDTH, height: bottom + MARGIN, title: `${journey.title} — executive summary`, notes: [], marks };
}
