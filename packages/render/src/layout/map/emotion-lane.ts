/**
 * The emotion curves on the five-step scale: gridlines with the scale's words, then each
 * series (see emotion-series.ts) as a line through its points. Several personas' curves
 * differ in line style and point shape, each named at both ends; their points are nudged
 * sideways per persona, so no line runs exactly through another persona's point. A future
 * journey's baseline curves are drawn first, faded, under its own.
 */
import { EMOTION_SCORE, EMOTIONS } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { Builds } from '../layout-memo.js';
import type { GroupMark, Mark, PathSegment, Point, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
import type { EmotionPoint } from '../emotion-points.js';
import type { EmotionSeries } from './emotion-series.js';
import { cardLeft, MAP, type MapColumn } from './map-geometry.js';
import { pointShape } from './point-shapes.js';

const TOP = 26;
const STEP = 28;
const BOTTOM = 28;
export const EMOTION_LANE_HEIGHT = TOP + 4 * STEP + BOTTOM;
/** How far apart two personas' points at one step are drawn. */
const NUDGE = 8;
const NAME_WIDTH = 104;
const BASELINE_SHIFT = 16;

export function emotionY(score: number): number {
    return TOP + (5 - score) * STEP;
}

/** The scale's words in the label column, right-aligned next to their gridlines. */
function scaleLabels(labelRight: number): Mark[] {
    return EMOTIONS.flatMap(emotion => {
        const y = emotionY(EMOTION_SCORE[emotion]);
        return [
            {
                type: 'text',
                x: labelRight - 14,
                y: y + 4,
                lines: [emotion],
                size: 11,
                lineHeight: 11,
                weight: 'normal',
                anchor: 'end',
                role: 'emotion-label'
            },
            { type: 'circle', cx: labelRight - 5, cy: y, r: 3.5, role: `emotion-${emotion}` as Role, strokeWidth: 0 }
        ] satisfies Mark[];
    });
}

function gridLines(gridLeft: number, gridRight: number): Mark[] {
    return EMOTIONS.map(emotion => {
        const y = emotionY(EMOTION_SCORE[emotion]);
        return {
            type: 'path',
            role: 'emotion-grid',
            strokeWidth: 1,
            dash: emotion === 'neutral' ? undefined : [3, 4],
            segments: [
                { op: 'M', to: { x: gridLeft, y } },
                { op: 'L', to: { x: gridRight, y } }
            ]
        } satisfies Mark;
    });
}

export interface EmotionLaneInput {
    series: readonly EmotionSeries[];
    /** The baseline's curves, their points moved to the matching steps of this journey. */
    baseline: readonly EmotionSeries[];
    baselineTitle?: string;
    columns: readonly MapColumn[];
    labelRight: number;
    gridLeft: number;
    gridRight: number;
}

type Placed = { x: number; y: number }[];

/** The persona's name at both ends of its curve, moved down when another name already sits there. */
function endLabels(series: EmotionSeries, placed: Placed, taken: Placed, prefix = ''): Mark[] {
    const ends = placed.length > 1 ? [placed[0], placed[placed.length - 1]] : placed;
    return ends.map((point, i) => {
        const left = i === 0 && placed.length > 1;
        const x = left ? point.x - 10 - NAME_WIDTH : point.x + 10;
        let y = point.y - 16;
        while (taken.some(other => Math.abs(other.x - x) < NAME_WIDTH && Math.abs(other.y - y) < 13)) y += 13;
        taken.push({ x, y });
        const block = textBlock(`${prefix}${series.title}`, x, y, NAME_WIDTH, {
            size: 10,
            weight: 'bold',
            role: 'emotion-label',
            maxLines: 1
        });
        return { ...block.mark, x: left ? point.x - 10 : x, anchor: left ? 'end' : 'start', halo: true };
    });
}

function lineOf(series: EmotionSeries, placed: Placed, role: Role, strokeWidth: number): Mark {
    const segments: PathSegment[] = placed.map((point, i) => ({ op: i === 0 ? 'M' : 'L', to: point }));
    return { type: 'path', role, strokeWidth, dash: series.dash, segments };
}

/** Where each series' points go: its step's column centre, nudged per series, shifted left for the baseline. */
class Placement {
    readonly columnX: Map<string, number>;
    readonly taken: Placed = [];
    readonly words = new Set<string>();

    constructor(columns: readonly MapColumn[]) {
        this.columnX = new Map(
            columns.filter(column => column.touchpoint).map(column => [column.touchpoint!.id, cardLeft(column) + MAP.cardWidth / 2])
        );
    }

    visible(series: EmotionSeries): EmotionPoint[] {
        return series.points.filter(point => this.columnX.has(point.touchpoint.id));
    }

    place(series: EmotionSeries, slot: number, count: number, shift = 0): Placed {
        return this.visible(series).map(point => ({
            x: this.columnX.get(point.touchpoint.id)! + shift + (count > 1 ? (slot - (count - 1) / 2) * NUDGE : 0),
            y: emotionY(point.score)
        }));
    }
}

function baselineGroup(series: EmotionSeries, slot: number, input: EmotionLaneInput, at: Placement, ids: ElementIds): GroupMark {
    // Before sits to the left of now, so the faded points never hide under this journey's own.
    const placed = at.place(series, slot, input.baseline.length, -BASELINE_SHIFT);
    const children: Mark[] = [];
    if (placed.length > 1) children.push(lineOf(series, placed, 'baseline-line', 2));
    placed.forEach(point => children.push(pointShape(series.shape, point.x, point.y, 4.5, 'baseline-point')));
    children.push(...endLabels(series, placed.slice(-1), at.taken, series.personaId ? 'before: ' : ''));
    const steps = series.points.map(point => `${point.touchpoint.title} ${point.emotion}`).join(', ');
    return {
        type: 'group',
        id: ids.make('baseline-line', series.personaId ?? String(slot)),
        kind: 'emotion-line',
        tooltip: `${input.baselineTitle ?? 'Baseline'} — ${series.title}: ${steps}`,
        children
    };
}

/**
 * A point of a curve, reused while its step, emotion, place and series are the same; its
 * emotion's word is written once per step and score (two personas feeling the same share it).
 */
function rememberedPoint(
    series: EmotionSeries,
    slot: number,
    point: EmotionPoint,
    where: Point,
    several: boolean,
    at: Placement,
    builds: Builds
) {
    const key = `${point.touchpoint.id}:${point.score}`;
    const word = !at.words.has(key);
    at.words.add(key);
    const wordX = at.columnX.get(point.touchpoint.id)!;
    const inputs = [point.touchpoint, point.emotion, point.score, where.x, where.y, several, word, wordX];
    const { title, shape, pointRole, personaId } = series;
    const build = () => pointGroup(series, point, where, several, word ? wordX : undefined, builds.ids);
    const slotName = `emotion:${point.touchpoint.id}:${personaId ?? slot}`;
    return builds.memo.reuse(slotName, [...inputs, title, shape, pointRole, personaId], builds.ids, build, group => [group]);
}

function pointGroup(
    series: EmotionSeries,
    point: EmotionPoint,
    where: Point,
    several: boolean,
    wordX: number | undefined,
    ids: ElementIds
): GroupMark {
    const role = series.pointRole ?? (`emotion-${point.emotion}` as Role);
    const children: Mark[] = [pointShape(series.shape, where.x, where.y, 6.5, role)];
    if (wordX !== undefined) {
        children.push({
            type: 'text',
            x: wordX,
            y: where.y + 20,
            lines: [point.emotion],
            size: 10.5,
            lineHeight: 10.5,
            weight: 'normal',
            anchor: 'middle',
            role: 'emotion-label',
            halo: true
        });
    }
    return {
        type: 'group',
        id: ids.make('emotion', point.touchpoint.id, ...(series.personaId ? [series.personaId] : [])),
        kind: 'emotion',
        modelId: point.touchpoint.id,
        tooltip: `${point.touchpoint.title}: ${point.emotion} (${EMOTION_SCORE[point.emotion]} of 5)${several ? ` · ${series.title}` : ''}`,
        children
    };
}

/** The lane with its top at y = 0. */
export function emotionLane(input: EmotionLaneInput, builds: Builds): Mark[] {
    const { ids } = builds;
    const marks: Mark[] = [...scaleLabels(input.labelRight), ...gridLines(input.gridLeft, input.gridRight)];
    const at = new Placement(input.columns);
    const several = input.series.length > 1 || input.series.some(series => series.personaId !== undefined);
    input.baseline.forEach((series, slot) => marks.push(baselineGroup(series, slot, input, at, ids)));
    const points: GroupMark[] = [];
    input.series.forEach((series, slot) => {
        const placed = at.place(series, slot, input.series.length);
        if (placed.length > 1) {
            marks.push({
                type: 'group',
                id: ids.make('emotion-line', series.personaId ?? String(slot)),
                kind: series.personaId ? 'persona' : 'emotion-line',
                modelId: series.personaId,
                tooltip: series.title,
                children: [lineOf(series, placed, series.role, 2.5)]
            });
        }
        if (several && placed.length > 0) marks.push(...endLabels(series, placed, at.taken));
        at.visible(series).forEach((point, i) => points.push(rememberedPoint(series, slot, point, placed[i], several, at, builds)));
    });
    marks.push(...points);
    return marks;
}
