/**
 * The summary's emotion chart: the five-step scale large, one curve per persona (colour,
 * dash pattern and point shape), and for a future journey with a baseline, the baseline's
 * curves faded beneath its own.
 */
import { EMOTION_SCORE, type Emotion, type Journey } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { GroupMark, Mark, PathSegment, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
import { measureText } from '../../text-metrics.js';
import { chartColumns, type ChartColumns } from './chart-columns.js';
import { emotionSeries, type EmotionSeries } from './persona-series.js';
import { personaStyle } from './persona-style.js';

const SCALE_WIDTH = 84;
const PLOT_HEIGHT = 250;
const POINT = 11;

export function emotionChart(
    journey: Journey,
    baseline: Journey | undefined,
    x: number,
    y: number,
    width: number,
    ids: ElementIds
): { marks: Mark[]; height: number } {
    const own = emotionSeries(journey);
    const before = baseline ? emotionSeries(baseline) : [];
    const marks: Mark[] = [];
    const legendHeight = legend(own, before.length > 0 ? baseline : undefined, x, y, width, marks);
    const top = y + legendHeight + 16;
    const columns = chartColumns(journey, baseline, x + SCALE_WIDTH, width - SCALE_WIDTH - 8);
    const yOf = (score: number) => top + ((5 - score) / 4) * PLOT_HEIGHT;
    const bands = stageBands(columns, top, marks);
    marks.push(...bands, ...scale(x, x + width, yOf));
    const styleIndex = new Map(own.map((series, i) => [series.personaId, i]));
    before.forEach((series, i) => {
        const style = personaStyle(styleIndex.get(series.personaId) ?? i);
        for (const run of series.runs)
            marks.push(
                curve(
                    run.map(p => ({ x: columns.xOf.get(`${baseline!.id}/${p.touchpoint.id}`)!, y: yOf(p.score) })),
                    'baseline-line',
                    style.dash,
                    4
                )
            );
    });
    // Personas feeling the same at the same steps get lines a few pixels apart, never one on top of another.
    own.forEach((series, i) =>
        marks.push(seriesGroup(series, i, journey, columns, score => yOf(score) + (i - (own.length - 1) / 2) * 3, ids))
    );
    return { marks, height: top + PLOT_HEIGHT + 40 - y };
}

/** Points shrink on long journeys so neighbours stay apart (down to 5 px, still a readable shape). */
function pointSize(columns: ChartColumns): number {
    return Math.max(5, Math.min(POINT, columns.slotWidth * 0.8));
}

function curve(points: ReadonlyArray<{ x: number; y: number }>, role: Role, dash: number[] | undefined, strokeWidth: number): Mark {
    const segments: PathSegment[] = points.map((to, i) => ({ op: i === 0 ? 'M' : 'L', to }));
    return { type: 'path', role, dash, strokeWidth, segments };
}

function seriesGroup(
    series: EmotionSeries,
    position: number,
    journey: Journey,
    columns: ChartColumns,
    yOf: (score: number) => number,
    ids: ElementIds
): GroupMark {
    const style = personaStyle(position);
    const children: Mark[] = [];
    const points: Mark[] = [];
    for (const run of series.runs) {
        const placed = run.map(point => ({ point, x: columns.xOf.get(`${journey.id}/${point.touchpoint.id}`)!, y: yOf(point.score) }));
        if (placed.length > 1) children.push(curve(placed, style.role, style.dash, 2.5));
        for (const { point, x, y } of placed) {
            points.push({
                type: 'group',
                id: ids.make('emotion', point.touchpoint.id, series.personaId ?? 'everyone'),
                kind: 'emotion',
                modelId: point.touchpoint.id,
                tooltip: `${series.title} at ${point.touchpoint.title}: ${point.emotion}`,
                children: [style.point(x, y, pointSize(columns), `emotion-${point.emotion}` as Role)]
            });
        }
    }
    const lived = series.runs.reduce((count, run) => count + run.length, 0);
    return {
        type: 'group',
        id: ids.make('emotion-line', series.personaId ?? 'everyone'),
        kind: series.personaId ? 'persona' : 'emotion-line',
        modelId: series.personaId ?? journey.id,
        tooltip: `${series.title}: emotions at ${lived} ${lived === 1 ? 'step' : 'steps'}`,
        children: [...children, ...points]
    };
}

/** The five emotion words on the left, each with its gridline. */
function scale(left: number, right: number, yOf: (score: number) => number): Mark[] {
    return (Object.entries(EMOTION_SCORE) as Array<[Emotion, number]>).flatMap(([emotion, score]): Mark[] => [
        {
            type: 'path',
            role: 'emotion-grid',
            strokeWidth: 1,
            segments: [
                { op: 'M', to: { x: left + SCALE_WIDTH, y: yOf(score) } },
                { op: 'L', to: { x: right, y: yOf(score) } }
            ]
        },
        {
            type: 'text',
            x: left + SCALE_WIDTH - 10,
            y: yOf(score) + 4,
            lines: [emotion],
            size: 12,
            lineHeight: 12,
            weight: 'normal',
            anchor: 'end',
            role: 'emotion-label'
        }
    ]);
}

/** Alternate stage bands behind the plot, with the stage titles under it; returns the bands (drawn first). */
function stageBands(columns: ChartColumns, top: number, marks: Mark[]): Mark[] {
    const bands: Mark[] = [];
    columns.stages.forEach((stage, i) => {
        if (i % 2 === 0)
            bands.push({ type: 'rect', x: stage.x, y: top - 12, width: stage.width, height: PLOT_HEIGHT + 24, role: 'stage-band' });
        const words = stage.stage ? stage.title : `${stage.title} (baseline only)`;
        const label = textBlock(words, stage.x + 4, top + PLOT_HEIGHT + 18, stage.width - 8, {
            size: 11.5,
            weight: 'bold',
            role: 'muted',
            maxLines: 1,
            anchor: 'start'
        });
        marks.push({ type: 'group', tooltip: words, children: [label.mark] });
    });
    return bands;
}

/** One entry per curve: its line, dash and point shape, and the persona's name; the baseline's faded line last. Returns its height. */
function legend(
    series: readonly EmotionSeries[],
    baseline: Journey | undefined,
    x: number,
    y: number,
    width: number,
    marks: Mark[]
): number {
    let cx = x;
    let row = y;
    const entries = series.map((entry, i) => ({ text: entry.title, style: personaStyle(i), faded: false }));
    if (baseline) entries.push({ text: `Baseline: ${baseline.title} (faded)`, style: personaStyle(0), faded: true });
    for (const entry of entries) {
        const labelWidth = Math.min(280, measureText(entry.text, { size: 12, weight: 'normal' }) + 2);
        if (cx > x && cx + 50 + labelWidth > x + width) {
            cx = x;
            row += 24;
        }
        const label = textBlock(entry.text, cx + 50, row, 280, { size: 12, role: 'text', maxLines: 1 });
        marks.push(
            curve(
                [
                    { x: cx, y: row + 8 },
                    { x: cx + 40, y: row + 8 }
                ],
                entry.faded ? 'baseline-line' : entry.style.role,
                entry.style.dash,
                entry.faded ? 4 : 2.5
            ),
            { type: 'group', tooltip: entry.text, children: [label.mark] }
        );
        if (!entry.faded) marks.push(entry.style.point(cx + 20, row + 8, POINT, 'emotion-neutral'));
        cx += 50 + labelWidth + 28;
    }
    return entries.length === 0 ? 0 : row - y + 18;
}
