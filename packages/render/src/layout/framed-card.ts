/**
 * A card of the newer views (portfolio, blueprint, summary): a frame, an optional marker at
 * its top-left, and lines of wrapped text below one another. The frame is the group's first
 * child (what the preview outlines and a diff marks); the tooltip carries every full text,
 * so what a line limit cuts is never lost.
 */
import type { GroupKind, GroupMark, IconName, Mark, Role } from './scene.js';
import { textBlock } from './text-block.js';

export interface CardText {
    text: string;
    size: number;
    role: Role;
    weight?: 'normal' | 'bold';
    italic?: boolean;
    maxLines: number;
    /** A small icon before the text. */
    icon?: IconName;
    /** Space above this line, px (default 4). */
    gap?: number;
}

export interface CardSpec {
    x: number;
    y: number;
    width: number;
    /** The frame's role: `card`, `pain`, `opportunity`, `kpi`… */
    frame: Role;
    id: string;
    kind: GroupKind;
    modelId: string;
    index?: number;
    tooltip: string;
    texts: readonly CardText[];
    /** Drawn at the card's top-left corner, centred on (cx, cy); the first text moves right of it. */
    marker?: (cx: number, cy: number) => Mark[];
    /** A fixed height (cards of a row share one); at least the content's. */
    minHeight?: number;
}

export const CARD_PAD = 10;
const MARKER_SPACE = 22;

/** The card and its height. */
export function framedCard(spec: CardSpec): { group: GroupMark; height: number } {
    const children: Mark[] = [];
    let y = spec.y + CARD_PAD;
    spec.texts.forEach((line, i) => {
        if (i > 0) y += line.gap ?? 4;
        const indent = (i === 0 && spec.marker ? MARKER_SPACE : 0) + (line.icon ? 18 : 0);
        const left = spec.x + CARD_PAD + indent;
        if (line.icon) children.push({ type: 'icon', name: line.icon, x: left - 18, y: y + 0.5, size: 13, role: 'icon' });
        const block = textBlock(line.text, left, y, spec.width - 2 * CARD_PAD - indent, {
            size: line.size,
            role: line.role,
            weight: line.weight,
            italic: line.italic,
            maxLines: line.maxLines
        });
        children.push(block.mark);
        y += block.height;
    });
    if (spec.marker) children.push(...spec.marker(spec.x + CARD_PAD + 7, spec.y + CARD_PAD + 8));
    const height = Math.max(spec.minHeight ?? 0, y + CARD_PAD - spec.y);
    children.unshift({ type: 'rect', x: spec.x, y: spec.y, width: spec.width, height, radius: 6, role: spec.frame });
    const group: GroupMark = { type: 'group', id: spec.id, kind: spec.kind, modelId: spec.modelId, tooltip: spec.tooltip, children };
    if (spec.index !== undefined) group.index = spec.index;
    return { group, height };
}

/** A calm notice where a view has nothing to draw yet: what is missing and how to write it. */
export function calmNotice(text: string, x: number, y: number, width: number): { marks: Mark[]; height: number } {
    const block = textBlock(text, x + 16, y + 14, width - 32, { size: 13, role: 'placeholder', maxLines: 4, leading: 1.4 });
    const height = block.height + 28;
    return {
        marks: [{ type: 'rect', x, y, width, height, radius: 8, role: 'legend-box', dash: [5, 4] }, block.mark],
        height
    };
}
