/**
 * A quadrant of a two-by-two grid (the stakeholder map's power × interest, the opportunity
 * portfolio's impact × effort): its tinted frame, a bold title with how many it holds, and
 * the advice for what lands there, muted.
 */
import type { GroupMark, RectMark } from './scene.js';
import { textBlock } from './text-block.js';

export interface QuadrantSpec {
    id: string;
    modelId: string;
    /** The quadrant's area; its role gives the tint. */
    frame: RectMark;
    label: string;
    /** How many it holds, in words (`3 stakeholders`). */
    counted: string;
    advice: string;
    /** Space between the frame and the texts. */
    pad: number;
    adviceLines: number;
}

export function quadrantGroup(spec: QuadrantSpec): GroupMark {
    const { frame, pad } = spec;
    const title = textBlock(`${spec.label}  ·  ${spec.counted}`, frame.x + pad, frame.y + 12, frame.width - 2 * pad, {
        size: 14,
        weight: 'bold',
        role: 'quadrant-label',
        maxLines: 1
    });
    const advice = textBlock(spec.advice, frame.x + pad, frame.y + 12 + title.height + 1, frame.width - 2 * pad, {
        size: 11,
        role: 'muted',
        maxLines: spec.adviceLines
    });
    return {
        type: 'group',
        id: spec.id,
        kind: 'quadrant',
        modelId: spec.modelId,
        tooltip: `${spec.label}: ${spec.advice}`,
        children: [frame, title.mark, advice.mark]
    };
}
