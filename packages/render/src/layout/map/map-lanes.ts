/**
 * The map's lanes by name (map-lane-names.ts), each built from the grid; a lane with nothing
 * to show is left out, except the emotion lane, which always shows.
 */
import type { ImageFile, Journey, Kpi } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { LayoutMemo } from '../layout-memo.js';
import { movedMark, shiftMarks } from '../marks.js';
import type { Mark } from '../scene.js';
import { blueprintLanes } from './blueprint-lane.js';
import { customLane } from './custom-lane.js';
import { doingCell } from './doing-cell.js';
import { EMOTION_LANE_HEIGHT, emotionLane } from './emotion-lane.js';
import type { EmotionSeries } from './emotion-series.js';
import { routeFlows } from './flow-routes.js';
import { kpiCard } from './kpi-card.js';
import { cellContext, columnCells, emptyStagePlaceholder, stageCells, type Lane } from './lane-cells.js';
import { cardLeft, MAP, type MapColumn, type StageSpan } from './map-geometry.js';
import { painsCell } from './pains-cell.js';
import { stageStakeholders, stakeholderEntry } from './stage-stakeholders.js';
import { framedCard, touchpointCard } from './touchpoint-card.js';

export interface MapGrid {
    journey: Journey;
    stages: StageSpan[];
    columns: MapColumn[];
    gridLeft: number;
    gridRight: number;
    index: JourneyIndex;
    ids: ElementIds;
    /** See `LayoutOptions.memo`. */
    memo: LayoutMemo;
    kpisByStage: Map<string, Kpi[]>;
    series: EmotionSeries[];
    baseline: EmotionSeries[];
    baselineTitle?: string;
    /** See `LayoutOptions.imageHref`. */
    imageHref?: (image: ImageFile) => string | undefined;
}

/** Each touchpoint's card, framed to the tallest card's height and moved under the flow's arcs. */
function touchpointCards(grid: MapGrid, top: number): { marks: Mark[]; height: number } {
    const { columns, index, ids, memo } = grid;
    const context = cellContext(index);
    const cards = columns.flatMap(column => {
        const touchpoint = column.touchpoint;
        if (!touchpoint) return [];
        const x = cardLeft(column);
        const picture = touchpoint.imageFile && grid.imageHref?.(touchpoint.imageFile);
        const inputs = [touchpoint, x, picture, ...context];
        const build = () => touchpointCard(touchpoint, x, index, ids, picture);
        return [{ x, slot: touchpoint.id, ...memo.reuse(`card:${touchpoint.id}`, inputs, ids, build, card => [card.group]) }];
    });
    const height = Math.max(96, ...cards.map(card => card.height));
    const marks = cards.map(card => {
        const frame = () => movedMark(framedCard(card.group, card.x, height), 0, top);
        return memo.reuse(`framed-card:${card.slot}`, [card.group, height, top], ids, frame, group => [group]);
    });
    return { marks, height };
}

function touchpointLane(grid: MapGrid, notes: string[]): Lane {
    const { journey, columns, index } = grid;
    const routes = routeFlows(journey, columns, index, grid);
    if (routes.crowded) {
        notes.push('The flow is very dense: some steps share a routing track.');
    }
    const top = routes.overHeight;
    const cards = touchpointCards(grid, top);
    const cardHeight = cards.height;
    const marks: Mark[] = cards.marks;
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
        grid
    );
    return { key: 'emotion', title: 'Emotion', marks, height: EMOTION_LANE_HEIGHT - 2 * MAP.lanePad };
}

export function competitorTitles(journey: Journey): Map<string, string> {
    return new Map(journey.competitors.map(competitor => [competitor.id, competitor.title]));
}

const BUILT_IN: Readonly<Record<string, (grid: MapGrid, notes: string[]) => Lane[]>> = {
    touchpoints: (grid, notes) => [touchpointLane(grid, notes)],
    doing: grid => {
        const doing = columnCells(grid, 'doing', [], (touchpoint, x) => {
            const cell = doingCell(touchpoint, x, grid.ids);
            return cell && { marks: [cell.group], height: cell.height };
        });
        return doing ? [{ key: 'doing', title: 'Doing & thinking', subtitle: 'trigger, goal, actions, thoughts', ...doing }] : [];
    },
    emotion: grid => [emotionLaneOf(grid)],
    pains: grid => {
        const pains = columnCells(grid, 'pains', cellContext(grid.index), (touchpoint, x) => {
            const cell = painsCell(touchpoint, x, grid.index, grid.ids);
            return cell && { marks: cell.groups, height: cell.height };
        });
        const subtitle = 'each opportunity under the pain it answers';
        return pains ? [{ key: 'pains', title: 'Pain points & opportunities', subtitle, ...pains }] : [];
    },
    blueprint: grid => blueprintLanes(grid),
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
        return declared ? [customLane(declared, grid)] : [];
    });
}
