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
import type { LayoutOptions } from '../layout-options.js';
import { shiftMarks } from '../marks.js';
import type { Mark, Role, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { doingCell } from './doing-cell.js';
import { EMOTION_LANE_HEIGHT, emotionLane, emotionSeries, type EmotionSeries } from './emotion-lane.js';
import { routeFlows } from './flow-routes.js';
import { kpiCard } from './kpi-card.js';
import { columnCells, emptyStagePlaceholder, laneLabel, stageCells, type Cell, type Lane } from './lane-cells.js';
import { cardLeft, MAP, mapColumns, type MapColumn, type StageSpan } from './map-geometry.js';
import { painsCell } from './pains-cell.js';
import { stageStakeholders, stakeholderEntry } from './stage-stakeholders.js';
import { frameCard, touchpointCard } from './touchpoint-card.js';

function touchpointLane(journey: Journey, columns: readonly MapColumn[], index: JourneyIndex, ids: ElementIds, notes: string[]): Lane {
    const routes = routeFlows(journey, columns, index, ids);
    if (routes.crowded) {
        notes.push('The flow is very dense: some steps share a routing track.');
    }
    const cards = columns
        .filter(column => column.touchpoint)
        .map(column => ({ column, ...touchpointCard(column.touchpoint!, cardLeft(column), index, ids) }));
    const cardHeight = Math.max(96, ...cards.map(card => card.height));
    const top = routes.overHeight;
    const marks: Mark[] = [];
    for (const card of cards) {
        frameCard(card.group, cardLeft(card.column), cardHeight);
        shiftMarks([card.group], 0, top);
        marks.push(card.group);
    }
    for (const column of columns.filter(column => !column.touchpoint)) {
        const placeholder = emptyStagePlaceholder(column, cardHeight);
        shiftMarks(placeholder, 0, top);
        marks.push(...placeholder);
    }
    marks.push(...routes.draw(top, cardHeight));
    const subtitle = journey.flows.length > 0 ? 'arrows: the flow; dashed: loops back' : 'channel · persona · owner';
    return { key: 'touchpoints', title: 'Touchpoints', subtitle, marks, height: top + cardHeight + routes.underHeight };
}

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

function personaLegend(series: readonly EmotionSeries[], x: number, y: number): { marks: Mark[]; height: number } {
    if (series.length < 2) {
        return { marks: [], height: 0 };
    }
    const marks: Mark[] = [
        { type: 'text', x, y: y + 11, lines: ['Emotion by persona:'], size: 12, lineHeight: 12, weight: 'bold', role: 'muted' }
    ];
    let cursor = x + 132;
    for (const line of series) {
        marks.push({
            type: 'path',
            role: line.role,
            strokeWidth: 2.5,
            dash: line.dash,
            segments: [
                { op: 'M', to: { x: cursor, y: y + 7 } },
                { op: 'L', to: { x: cursor + 28, y: y + 7 } }
            ]
        });
        const label = textBlock(line.title, cursor + 34, y, 220, { size: 12, role: 'text', maxLines: 1 });
        marks.push(label.mark);
        cursor += 34 + Math.min(220, Math.max(...label.mark.lines.map(text => text.length * 6.5))) + 22;
    }
    return { marks, height: 22 };
}

function journeyWideKpis(kpis: readonly Kpi[], x: number, width: number, ids: ElementIds): Cell | undefined {
    if (kpis.length === 0) {
        return undefined;
    }
    const marks: Mark[] = [];
    const perRow = Math.max(1, Math.floor((width + MAP.columnWidth - MAP.cardWidth) / MAP.columnWidth));
    let top = 0;
    for (let start = 0; start < kpis.length; start += perRow) {
        const row = kpis
            .slice(start, start + perRow)
            .map((kpi, slot) => kpiCard(kpi, x + (MAP.columnWidth - MAP.cardWidth) / 2 + slot * MAP.columnWidth, MAP.cardWidth, ids));
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

interface MapGrid {
    journey: Journey;
    stages: ReturnType<typeof mapColumns>['stages'];
    columns: ReturnType<typeof mapColumns>['columns'];
    gridLeft: number;
    gridRight: number;
    index: JourneyIndex;
    ids: ElementIds;
    kpisByStage: Map<string, Kpi[]>;
}

/** The lanes, top to bottom; a lane with nothing to show is left out (the emotion lane always shows). */
function mapLanes(grid: MapGrid, series: ReturnType<typeof emotionSeries>, notes: string[]): Lane[] {
    const { journey, stages, columns, gridLeft, gridRight, index, ids } = grid;
    const lanes: Lane[] = [touchpointLane(journey, columns, index, ids, notes)];
    const doing = columnCells(columns, column => {
        const cell = column.touchpoint && doingCell(column.touchpoint, cardLeft(column), ids);
        return cell && { marks: [cell.group], height: cell.height };
    });
    if (doing) lanes.push({ key: 'doing', title: 'Doing & thinking', subtitle: 'trigger, goal, actions, thoughts', ...doing });
    lanes.push({
        key: 'emotion',
        title: 'Emotion',
        marks: emotionLane(series, columns, gridLeft - 8, gridLeft, gridRight, index, ids),
        height: EMOTION_LANE_HEIGHT - 2 * MAP.lanePad
    });
    const pains = columnCells(columns, column => {
        const cell = column.touchpoint && painsCell(column.touchpoint, cardLeft(column), ids);
        return cell && { marks: cell.groups, height: cell.height };
    });
    if (pains)
        lanes.push({
            key: 'pains',
            title: 'Pain points & opportunities',
            subtitle: 'each opportunity under the pain it answers',
            ...pains
        });
    const stakeholders = stageCells(
        stages,
        span => stageStakeholders(span.stage, index),
        (entry, x, span) => stakeholderEntry(entry, span.stage, x, MAP.cardWidth, index, ids)
    );
    if (stakeholders) lanes.push({ key: 'stakeholders', title: 'Stakeholders', subtitle: 'involved and their needs', ...stakeholders });
    const kpis = stageCells(
        stages,
        span => grid.kpisByStage.get(span.stage.id) ?? [],
        (kpi, x) => kpiCard(kpi, x, MAP.cardWidth, ids)
    );
    if (kpis) lanes.push({ key: 'kpis', title: 'KPIs', subtitle: 'current, target, ♦ benchmarks', ...kpis });
    return lanes;
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
        dividers.push({
            type: 'path',
            role: 'lane-divider',
            strokeWidth: 1,
            segments: [
                { op: 'M', to: { x: left, y } },
                { op: 'L', to: { x: grid.gridRight, y } }
            ]
        });
        laneMarks.push(...label.marks);
        shiftMarks(lane.marks, 0, y + MAP.lanePad);
        laneMarks.push(...lane.marks);
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
        grid.ids
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

export function layoutMap(journey: Journey, options: LayoutOptions): Scene {
    const index = new JourneyIndex(journey);
    const notes: string[] = [];
    const left = MAP.margin;
    const gridLeft = left + MAP.labelWidth;
    const { stages, columns } = mapColumns(journey, gridLeft);
    const grid: MapGrid = {
        journey,
        stages,
        columns,
        gridLeft,
        gridRight: gridLeft + columns.length * MAP.columnWidth,
        index,
        ids: new ElementIds(),
        kpisByStage: kpisByStageOf(journey)
    };
    const series = emotionSeries(journey, index);
    const lanes = stages.length > 0 ? mapLanes(grid, series, notes) : [];
    const facts = [
        'Journey map',
        plural(journey.stages.length, 'stage'),
        plural(journey.touchpoints.length, 'touchpoint'),
        emotionFacts(journey)
    ].join(' · ');
    const notices = [...(options.notices ?? []), ...notes];
    if (stages.length === 0) {
        notices.push('This journey has no stages yet: add “stage Name { touchpoint … }” to draw its map.');
    }
    const header = journeyHeader(
        { title: journey.title, facts, description: journey.description, objectives: journey.objectives, notices },
        left,
        MAP.margin,
        grid.gridRight - left
    );
    const legend = personaLegend(series, left, MAP.margin + header.height + 4);
    const marks: Mark[] = [...header.marks, ...legend.marks];
    let bottom = MAP.margin + header.height + legend.height + 16;
    if (stages.length > 0) {
        const stacked = stackLanes(grid, lanes, left, bottom);
        marks.push(...stacked.marks);
        bottom = stacked.bottom;
    }
    const wide = wideKpiRow(grid, left, bottom);
    if (wide) {
        marks.push(...wide.marks);
        bottom = wide.bottom;
    }
    const width = Math.max(grid.gridRight, left + header.width, wide?.right ?? 0) + MAP.margin;
    return { view: 'map', width, height: bottom + MAP.margin, title: `${journey.title} — journey map`, notes, marks };
}
