/** The key to the emotion curves when several personas feel: each persona's line style, point shape and name. */
import { measureText } from '../../text-metrics.js';
import type { Mark } from '../scene.js';
import { textBlock } from '../text-block.js';
import type { EmotionSeries } from './emotion-series.js';
import { pointShape } from './point-shapes.js';

const NAME_WIDTH = 220;
const AVATAR = 22;

/**
 * @param images the personas' pictures by persona id, drawn as a small avatar before each name.
 */
export function personaLegend(
    series: readonly EmotionSeries[],
    x: number,
    y: number,
    images: ReadonlyMap<string, string> = new Map()
): { marks: Mark[]; height: number } {
    if (!series.some(line => line.personaId !== undefined)) {
        return { marks: [], height: 0 };
    }
    const marks: Mark[] = [
        { type: 'text', x, y: y + 11, lines: ['Emotion by persona:'], size: 12, lineHeight: 12, weight: 'bold', role: 'muted' }
    ];
    let cursor = x + 140;
    for (const line of series) {
        marks.push({
            type: 'path',
            role: line.role,
            strokeWidth: 2.5,
            dash: line.dash,
            segments: [
                { op: 'M', to: { x: cursor, y: y + 7 } },
                { op: 'L', to: { x: cursor + 36, y: y + 7 } }
            ]
        });
        marks.push(pointShape(line.shape, cursor + 18, y + 7, 5, line.pointRole ?? 'emotion-neutral'));
        const avatar = line.personaId === undefined ? undefined : images.get(line.personaId);
        if (avatar) {
            marks.push({ type: 'image', x: cursor + 42, y: y - 4, width: AVATAR, height: AVATAR, href: avatar });
            cursor += AVATAR + 4;
        }
        const label = textBlock(line.title, cursor + 44, y, NAME_WIDTH, { size: 12, role: 'text', maxLines: 1 });
        marks.push(label.mark);
        const width = Math.max(...label.mark.lines.map(text => measureText(text, { size: 12, weight: 'normal' })));
        cursor += 44 + Math.min(NAME_WIDTH, width) + 24;
    }
    return { marks, height: 22 };
}
