/**
 * The map's lanes by name (map-lane-names.ts), each built from the grid; a lane with nothing
 * to show is left out, except the emotion lane, which always shows.
 */
import type { ImageFile, Journey, Kpi } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import { shiftMarks } from '../marks.js';
import type { Mark } from '../scene.js';
import { blueprintLanes } from './blueprint-lane.js';
import { customLane } from './custom-lane.js';
import { doingCell } from './doing-cell.js';
import { EMOTION_LANE_HEIGHT, emotionLane } from './emotion-lane.js';
import type { EmotionSeries } from './emotion-series.js';
import { routeFlows } from './flow-routes.js';
import { kpiCard } from './kpi-card.js';
import { columnCells, emptyStagePlaceholder, stageCells, type Lane } from './lane-cells.js';
import { cardLeft, MAP, type MapColumn, type StageSpan } from './map-geometry.js';
import { painsCell } from './pains-cell.js';
import { stageStakeholders, stakeholderEntry } from './stage-stakeholders.js';
import { frameCard, touchpointCard } from './touchpoint-card.js';

export interface MapGrid {
    journey: Journey;
    stages: StageSpan[];
    columns: MapColumn[];
    gridLeft: number;
    gridRight: number;
    index: JourneyIndex;
    ids: ElementIds;
    kpisByStage: Map<string, Kpi[]>;
    series: EmotionSeries[];
    baseline: EmotionSeries[];
    baselineTitle?: string;
    /** See `LayoutOptions.imageHref`. */
    imageHref?: (image: ImageFile) => string | undefined;
}

function touchpointLane(grid: MapGrid, notes: string[]): Lane {
    const { journey, columns, index, ids } = grid;
    const routes = routeFlows(journey, columns, index, ids);
    if (routes.crowded) {
        notes.push('The flow is very dense: some steps share a routing track.');
    }
    const cards = columns
        .filter(column => column.touchpoint)
        .map(column => ({ column, ...touchpointCard(column.touchpoint!, cardLeft(column), index, ids, grid.imageHref) }));
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

function emotionLaneOf(grid: MapGrid): Lane {
    const marks = emotionLane(
        {
            series: grid.series,
            baseline: grid.baseline,
            baselineTitle: grid.baselineTitle,
            columns: grid.columns,
            labelRight: grid.gridLeft - 8,
            gridLeft: grid.gridLeft,
            gridRight: grid.gridRight
        },
        grid.ids
    );
    return { key: 'emotion', title: 'Emotion', marks, height: EMOTION_LANE_HEIGHT - 2 * MAP.lanePad };
}

export function competitorTitles(journey: Journey): Map<string, string> {
    return new Map(journey.competitors.map(competitor => [competitor.id, competitor.title]));
}

const BUILT_IN: Readonly<Record<string, (grid: MapGrid, notes: string[]) => Lane[]>> = {
    touchpoints: (grid, notes) => [touchpointLane(grid, notes)],
    doing: ({ columns, ids }) => {
        const doing = columnCells(columns, column => {
            const cell = column.touchpoint && doingCell(column.touchpoint, cardLeft(column), ids);
            return cell && { marks: [cell.group], height: cell.height };
        });
        return doing ? [{ key: 'doing', title: 'Doing & thinking', subtitle: 'trigger, goal, actions, thoughts', ...doing }] : [];
    },
    emotion: grid => [emotionLaneOf(grid)],
    pains: ({ columns, ids, index }) => {
        const pains = columnCells(columns, column => {
            const cell = column.touchpoint && painsCell(column.touchpoint, cardLeft(column), index, ids);
            return cell && { marks: cell.groups, height: cell.height };
        });
        const subtitle = 'each opportunity under the pain it answers';
        return pains ? [{ key: 'pains', title: 'Pain points & opportunities', subtitle, ...pains }] : [];
    },
    blueprint: ({ columns, index, ids }) => blueprintLanes(columns, index, ids),
    stakeholders: ({ stages, index, ids }) => {
        const cells = stageCells(
            stages,
            span => stageStakeholders(span.stage, index),
            (entry, x, span) => stakeholderEntry(entry, span.stage, x, MAP.cardWidth, index, ids)
        );
        return cells ? [{ key: 'stakeholders', title: 'Stakeholders', subtitle: 'involved, their needs and risks', ...cells }] : [];
    },
    kpis: ({ stages, kpisByStage, ids, index }) => {
        const competitors = competitorTitles(index.journey);
        const cells = stageCells(
            stages,
            span => kpisByStage.get(span.stage.id) ?? [],
            (kpi, x) => kpiCard(kpi, x, MAP.cardWidth, ids, competitors)
        );
        return cells ? [{ key: 'kpis', title: 'KPIs', subtitle: 'status, trend, current against target and benchmarks', ...cells }] : [];
    }
};

/** The lanes named, in that order (built-in names first, then custom lane ids). */
export function mapLanes(grid: MapGrid, names: readonly string[], notes: string[]): Lane[] {
    return names.flatMap(name => {
        const builtIn = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
        if (builtIn) return builtIn(grid, notes);
        const declared = grid.journey.lanes.find(lane => lane.id === name);
        return declared ? [customLane(declared, grid.columns, grid.ids)] : [];
    });
}
