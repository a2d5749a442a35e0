/**
 * The emotion curve on the five-step scale: gridlines with the scale's words, a point per
 * touchpoint that has an emotion (labelled with its word, so colour is never the only
 * carrier), and a line through them — one line per persona when several personas feel.
 */
import { EMOTION_SCORE, EMOTIONS, type Emotion, type Journey, type Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark, Mark, PathSegment, Role } from '../scene.js';
import { cardLeft, MAP, type MapColumn } from './map-geometry.js';

const TOP = 26;
const STEP = 28;
const BOTTOM = 28;
export const EMOTION_LANE_HEIGHT = TOP + 4 * STEP + BOTTOM;

const DASHES: ReadonlyArray<number[] | undefined> = [undefined, [8, 4], [2, 4], [12, 4, 2, 4], [4, 4], [1, 3]];

export function emotionY(score: number): number {
    return TOP + (5 - score) * STEP;
}

export interface EmotionSeries {
    /** The persona's id, or undefined for the single line or for touchpoints without a persona. */
    personaId?: string;
    title: string;
    role: Role;
    dash?: number[];
    touchpoints: Touchpoint[];
}

/** One series when at most one persona has emotions, else one per persona (plus one for touchpoints without a persona). */
export function emotionSeries(journey: Journey, index: JourneyIndex): EmotionSeries[] {
    const feeling = journey.touchpoints.filter(touchpoint => touchpoint.emotion !== undefined);
    const personaIds = journey.personas.map(persona => persona.id).filter(id => feeling.some(touchpoint => touchpoint.personaId === id));
    if (personaIds.length < 2) {
        return [{ title: 'Emotion', role: 'emotion-line', touchpoints: feeling }];
    }
    const series: EmotionSeries[] = personaIds.map((personaId, i) => ({
        personaId,
        title: index.personaTitle(personaId) ?? personaId,
        role: `persona-line-${i % 6}` as Role,
        dash: DASHES[i % DASHES.length],
        touchpoints: feeling.filter(touchpoint => touchpoint.personaId === personaId)
    }));
    const unassigned = feeling.filter(touchpoint => !personaIds.includes(touchpoint.personaId ?? ''));
    if (unassigned.length > 0) {
        const i = series.length;
        series.push({
            title: 'No persona',
            role: `persona-line-${i % 6}` as Role,
            dash: DASHES[i % DASHES.length],
            touchpoints: unassigned
        });
    }
    return series;
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

/**
 * The lane with its top at y = 0: gridlines from `gridLeft` to `gridRight`, the series' lines,
 * then the points on top.
 */
export function emotionLane(
    series: readonly EmotionSeries[],
    columns: readonly MapColumn[],
    labelRight: number,
    gridLeft: number,
    gridRight: number,
    index: JourneyIndex,
    ids: ElementIds
): Mark[] {
    const marks: Mark[] = scaleLabels(labelRight);
    for (const emotion of EMOTIONS) {
        const y = emotionY(EMOTION_SCORE[emotion]);
        marks.push({
            type: 'path',
            role: 'emotion-grid',
            strokeWidth: 1,
            dash: emotion === 'neutral' ? undefined : [3, 4],
            segments: [
                { op: 'M', to: { x: gridLeft, y } },
                { op: 'L', to: { x: gridRight, y } }
            ]
        });
    }
    const columnX = new Map(
        columns.filter(column => column.touchpoint).map(column => [column.touchpoint!.id, cardLeft(column) + MAP.cardWidth / 2])
    );
    const points: GroupMark[] = [];
    series.forEach((line, seriesIndex) => {
        const placed = line.touchpoints.filter(touchpoint => columnX.has(touchpoint.id));
        if (placed.length > 1) {
            const segments: PathSegment[] = placed.map((touchpoint, i) => ({
                op: i === 0 ? 'M' : 'L',
                to: { x: columnX.get(touchpoint.id)!, y: emotionY(touchpoint.emotionScore ?? 3) }
            }));
            marks.push({
                type: 'group',
                id: ids.make('emotion-line', line.personaId ?? String(seriesIndex)),
                kind: line.personaId ? 'persona' : 'emotion-line',
                modelId: line.personaId,
                tooltip: line.title,
                children: [{ type: 'path', role: line.role, strokeWidth: 2.5, dash: line.dash, segments }]
            });
        }
        for (const touchpoint of placed) {
            const emotion = touchpoint.emotion as Emotion;
            const cx = columnX.get(touchpoint.id)!;
            const cy = emotionY(touchpoint.emotionScore ?? EMOTION_SCORE[emotion]);
            const persona = index.personaTitle(touchpoint.personaId);
            points.push({
                type: 'group',
                id: ids.make('emotion', touchpoint.id),
                kind: 'emotion',
                modelId: touchpoint.id,
                tooltip: `${touchpoint.title}: ${emotion} (${EMOTION_SCORE[emotion]} of 5)${persona ? ` · ${persona}` : ''}`,
                children: [
                    { type: 'circle', cx, cy, r: 6.5, role: `emotion-${emotion}` as Role, strokeWidth: 2 },
                    {
                        type: 'text',
                        x: cx,
                        y: cy + 20,
                        lines: [emotion],
                        size: 10.5,
                        lineHeight: 10.5,
                        weight: 'normal',
                        anchor: 'middle',
                        role: 'emotion-label',
                        halo: true
                    }
                ]
            });
        }
    });
    marks.push(...points);
    return marks;
}
