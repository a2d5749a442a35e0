/**
 * The journey map: stages as columns (one sub-column per touchpoint), lanes as rows —
 * touchpoints with the flow, doing and thinking, the emotion curve, pain points with their
 * opportunities, stakeholders and their needs, KPIs. Everything is placed here, linearly in
 * the number of touchpoints; no ELK (see flow-routes.ts for why).
 */
import { emotionForScore, type Journey, type Kpi, plural } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import { LayoutMemo } from '../layout-memo.js';
import type { LayoutOptions } from '../layout-options.js';
import { shiftMarks } from '../marks.js';
import type { Mark, Role, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { baselineSeries } from './baseline-series.js';
import { emotionSeries, feelingPersonas } from './emotion-series.js';
import { kpiCard } from './kpi-card.js';
import { laneLabel, type Cell, type Lane } from './lane-cells.js';
import { lanesToDraw } from './map-lane-names.js';
import { competitorTitles, mapLanes, type MapGrid } from './map-lanes.js';
import { MAP, mapColumns, type StageSpan } from './map-geometry.js';
import { personaLegend } from './persona-legend.js';
import { journeyForPersonas } from './persona-filter.js';

function stageHeaders(stages: readonly StageSpan[], kpisByStage: ReadonlyMap<string, Kpi[]>, ids: ElementIds): Cell {
    const built = stages.map(span => {
        const x = span.x + MAP.stageInset + 12;
        const width = span.width - 2 * MAP.stageInset - 24;
        const title = textBlock(span.stage.title, x, 14, width, { size: 15, weight: 'bold', role: 'stage-header-text', maxLines: 2 });
        let bottom = 14 + title.height + 2;
        const touchpoints = span.columns.filter(column => column.touchpoint).length;
        const kpis = kpisByStage.get(span.stage.id)?.length ?? 0;
        const factsText = [`Stage ${span.stage.index + 1}`, plural(touchpoints, 'touchpoint'), kpis > 0 ? plural(kpis, 'KPI') : '']
            .filter(Boolean)
            .join(' · ');
        const facts = textBlock(factsText, x, bottom, width, { size: 11, role: 'muted', maxLines: 1 });
        bottom += facts.height;
        const children: Mark[] = [title.mark, facts.mark];
        if (span.stage.description) {
            const description = textBlock(span.stage.description, x, bottom + 3, width, { size: 11.5, role: 'text', maxLines: 3 });
            children.push(description.mark);
            bottom += description.height + 3;
        }
        return { span, children, height: bottom + 12 };
    });
    const height = Math.max(...built.map(entry => entry.height));
    const marks: Mark[] = built.map(({ span, children }) => ({
        type: 'group',
        id: ids.make('stage', span.stage.id),
        kind: 'stage',
        modelId: span.stage.id,
        tooltip: [span.stage.title, span.stage.description].filter(Boolean).join('\n'),
        children: [
            {
                type: 'rect',
                x: span.x + MAP.stageInset,
                y: 0,
                width: span.width - 2 * MAP.stageInset,
                height,
                radius: 8,
                role: 'stage-header'
            },
            {
                type: 'rect',
                x: span.x + MAP.stageInset,
                y: 0,
                width: span.width - 2 * MAP.stageInset,
                height: 4,
                radius: 2,
                role: 'stage-accent'
            },
            ...children
        ]
    }));
    return { marks, height };
}

function emotionFacts(journey: Journey): string {
    const average = journey.emotion.average;
    return average === undefined ? 'no emotions yet' : `average emotion ${emotionForScore(average)} (${average} of 5)`;
}

function journeyWideKpis(
    kpis: readonly Kpi[],
    x: number,
    width: number,
    ids: ElementIds,
    competitors: ReadonlyMap<string, string>
): Cell | undefined {
    if (kpis.length === 0) {
        return undefined;
    }
    const marks: Mark[] = [];
    const perRow = Math.max(1, Math.floor((width + MAP.columnWidth - MAP.cardWidth) / MAP.columnWidth));
    let top = 0;
    for (let start = 0; start < kpis.length; start += perRow) {
        const row = kpis
            .slice(start, start + perRow)
            .map((kpi, slot) =>
                kpiCard(kpi, x + (MAP.columnWidth - MAP.cardWidth) / 2 + slot * MAP.columnWidth, MAP.cardWidth, ids, competitors)
            );
        row.forEach(card => {
            shiftMarks([card.group], 0, top);
            marks.push(card.group);
        });
        top += Math.max(...row.map(card => card.height)) + MAP.itemGap + 4;
    }
    return { marks, height: top - MAP.itemGap - 4, right: x + Math.min(kpis.length, perRow) * MAP.columnWidth };
}

/** The KPIs of each stage, in written order (KPIs of unknown stages are journey-wide). */
function kpisByStageOf(journey: Journey): Map<string, Kpi[]> {
    const kpisByStage = new Map<string, Kpi[]>();
    const stageIds = new Set(journey.stages.map(stage => stage.id));
    for (const kpi of journey.kpis) {
        if (kpi.stageId && stageIds.has(kpi.stageId)) {
            kpisByStage.set(kpi.stageId, [...(kpisByStage.get(kpi.stageId) ?? []), kpi]);
        }
    }
    return kpisByStage;
}

/** The line between two lanes; above the blueprint's backstage, the dashed, labelled line of visibility. */
function laneDivider(lane: Lane, left: number, right: number, y: number): Mark[] {
    const segments = [
        { op: 'M' as const, to: { x: left, y } },
        { op: 'L' as const, to: { x: right, y } }
    ];
    if (!lane.visibilityLine) return [{ type: 'path', role: 'lane-divider', strokeWidth: 1, segments }];
    return [
        { type: 'path', role: 'visibility-line', strokeWidth: 2, dash: [8, 5], segments },
        { type: 'text', x: left, y: y - 4, lines: ['line of visibility'], size: 10.5, lineHeight: 10.5, weight: 'bold', role: 'muted' }
    ];
}

/** The stage headers, then each lane under its label, on stage bands; returns the marks and the bottom. */
function stackLanes(grid: MapGrid, lanes: readonly Lane[], left: number, top: number): { marks: Mark[]; bottom: number } {
    const headers = stageHeaders(grid.stages, grid.kpisByStage, grid.ids);
    shiftMarks(headers.marks, 0, top);
    let y = top + headers.height + 6;
    const laneMarks: Mark[] = [];
    const dividers: Mark[] = [];
    for (const lane of lanes) {
        const label = laneLabel(lane, left, y);
        const height = Math.max(lane.height + 2 * MAP.lanePad, label.height);
        dividers.push(...laneDivider(lane, left, grid.gridRight, y));
        laneMarks.push(...label.marks);
        laneMarks.push(...grid.memo.place(lane.marks, 0, y + MAP.lanePad));
        y += height;
    }
    const bands: Mark[] = grid.stages.map(span => ({
        type: 'rect',
        x: span.x + MAP.stageInset,
        y: top,
        width: span.width - 2 * MAP.stageInset,
        height: y - top + 8,
        radius: 8,
        role: 'stage-band' as Role
    }));
    return { marks: [...bands, ...dividers, ...headers.marks, ...laneMarks], bottom: y + 8 };
}

/** KPIs not tied to a stage: a row like the lanes above, its label on the left, the cards aligned with the columns. */
function wideKpiRow(grid: MapGrid, left: number, bottom: number): { marks: Mark[]; bottom: number; right: number } | undefined {
    const stageIds = new Set(grid.journey.stages.map(stage => stage.id));
    const { gridLeft, gridRight } = grid;
    const wide = journeyWideKpis(
        grid.journey.kpis.filter(kpi => !kpi.stageId || !stageIds.has(kpi.stageId)),
        gridLeft,
        Math.max(gridRight - gridLeft, MAP.columnWidth * 3),
        grid.ids,
        competitorTitles(grid.journey)
    );
    if (!wide) {
        return undefined;
    }
    const top = bottom + 12;
    const label = laneLabel(
        { key: 'journey-kpis', title: 'Journey-wide KPIs', subtitle: 'not tied to a stage', marks: [], height: 0 },
        left,
        top
    );
    shiftMarks(wide.marks, 0, top + MAP.lanePad);
    const right = wide.right ?? 0;
    const divider: Mark = {
        type: 'path',
        role: 'lane-divider',
        strokeWidth: 1,
        segments: [
            { op: 'M', to: { x: left, y: top } },
            { op: 'L', to: { x: Math.max(gridRight, right), y: top } }
        ]
    };
    return { marks: [divider, ...label.marks, ...wide.marks], bottom: top + Math.max(label.height, wide.height + 2 * MAP.lanePad), right };
}

/** The grid of the journey as the options filter it: columns, emotion curves (and the baseline's), KPIs by stage. */
function mapGrid(journey: Journey, options: LayoutOptions, baseline: Journey | undefined, gridLeft: number): MapGrid {
    const shown = journeyForPersonas(journey, options.personas);
    const index = new JourneyIndex(shown);
    const { stages, columns } = mapColumns(shown, gridLeft);
    const chosen = options.personas && new Set(options.personas);
    return {
        journey: shown,
        stages,
        columns,
        gridLeft,
        gridRight: gridLeft + columns.length * MAP.columnWidth,
        index,
        ids: new ElementIds(),
        memo: options.memo ?? LayoutMemo.off,
        kpisByStage: kpisByStageOf(shown),
        series: emotionSeries(shown, index, feelingPersonas(journey)),
        baseline: baselineSeries(baseline, shown).filter(series => !chosen || !series.personaId || chosen.has(series.personaId)),
        baselineTitle: baseline?.title,
        imageHref: options.imageHref
    };
}

/** The personas' pictures the host can draw, by persona id (for the legend). */
function personaImages(grid: MapGrid): Map<string, string> {
    const images = new Map<string, string>();
    for (const persona of grid.journey.personas) {
        const href = persona.imageFile && grid.imageHref?.(persona.imageFile);
        if (href) images.set(persona.id, href);
    }
    return images;
}

function mapFacts(journey: Journey, shown: Journey, options: LayoutOptions, baseline: Journey | undefined): string {
    const personas = options.personas ? `only ${shown.personas.map(persona => persona.title).join(', ') || 'no persona'}` : '';
    return [
        'Journey map',
        journey.state === 'future' ? 'to-be' : '',
        plural(journey.stages.length, 'stage'),
        plural(shown.touchpoints.length, 'touchpoint'),
        personas,
        emotionFacts(journey),
        baseline ? `baseline: ${baseline.title}` : ''
    ]
        .filter(Boolean)
        .join(' · ');
}

/**
 * @param baseline the journey a future journey changes (its `baseline`), whose curves are
 *   drawn faded under this journey's own.
 */
export function layoutMap(journey: Journey, options: LayoutOptions, baseline?: Journey): Scene {
    const notes: string[] = [];
    const left = MAP.margin;
    const grid = mapGrid(journey, options, baseline, left + MAP.labelWidth);
    grid.memo.nextLayout();
    const { stages } = grid;
    const names = lanesToDraw(journey, options.lanes);
    const lanes = stages.length > 0 ? mapLanes(grid, names, notes) : [];
    const notices = [...(options.notices ?? []), ...notes];
    if (stages.length === 0) {
        notices.push('This journey has no stages yet: add “stage Name { touchpoint … }” to draw its map.');
    }
    const header = journeyHeader(
        {
            title: journey.title,
            facts: mapFacts(journey, grid.journey, options, baseline),
            description: journey.description,
            objectives: journey.objectives,
            notices
        },
        left,
        MAP.margin,
        grid.gridRight - left
    );
    const legend = names.includes('emotion')
        ? personaLegend(grid.series, left, MAP.margin + header.height + 4, personaImages(grid))
        : { marks: [], height: 0 };
    const marks: Mark[] = [...header.marks, ...legend.marks];
    let bottom = MAP.margin + header.height + legend.height + 16;
    if (stages.length > 0) {
        const stacked = stackLanes(grid, lanes, left, bottom);
        marks.push(...stacked.marks);
        bottom = stacked.bottom;
    }
    const wide = names.includes('kpis') ? wideKpiRow(grid, left, bottom) : undefined;
    if (wide) {
        marks.push(...wide.marks);
        bottom = wide.bottom;
    }
    const width = Math.max(grid.gridRight, left + header.width, wide?.right ?? 0) + MAP.margin;
    return { view: 'map', width, height: bottom + MAP.margin, title: `${journey.title} — journey map`, notes, marks };
}
