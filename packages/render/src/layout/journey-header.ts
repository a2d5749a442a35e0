/**
 * The title block above every view: the title, a line of facts, the description, the
 * objectives, and notices (a file with errors, a simplified layout). Hierarchy comes from
 * size and weight; the block never gets wider than a comfortable reading measure.
 */
import type { Mark } from './scene.js';
import { textBlock } from './text-block.js';

export interface HeaderContent {
    title: string;
    /** e.g. "Journey map · 3 stages · 5 touchpoints". */
    facts: string;
    description?: string;
    objectives?: readonly string[];
    notices?: readonly string[];
}

const MEASURE = 920;

/** The block with its top-left corner at (x, y), at most `maxWidth` wide (but never narrower than 360). */
export function journeyHeader(
    content: HeaderContent,
    x: number,
    y: number,
    maxWidth: number
): { marks: Mark[]; height: number; width: number } {
    const width = Math.min(MEASURE, Math.max(360, maxWidth));
    const marks: Mark[] = [];
    let bottom = y;
    const add = (block: ReturnType<typeof textBlock>, gap: number) => {
        marks.push(block.mark);
        bottom += block.height + gap;
    };
    add(textBlock(content.title, x, bottom, width, { size: 22, weight: 'bold', role: 'title', maxLines: 2, leading: 1.25 }), 4);
    add(textBlock(content.facts, x, bottom, width, { size: 12, role: 'muted', maxLines: 2 }), 8);
    if (content.description) {
        add(textBlock(content.description, x, bottom, width, { size: 13, role: 'text', maxLines: 3, leading: 1.4 }), 6);
    }
    if (content.objectives && content.objectives.length > 0) {
        const objectives = textBlock(`Objectives:  ${content.objectives.join('   ·   ')}`, x + 18, bottom, width - 18, {
            size: 12,
            role: 'text',
            maxLines: 3,
            leading: 1.4
        });
        marks.push({ type: 'icon', name: 'goal', x, y: bottom + 1, size: 13, role: 'icon' });
        add(objectives, 6);
    }
    for (const notice of content.notices ?? []) {
        const block = textBlock(notice, x + 10, bottom + 7, width - 20, { size: 12, role: 'notice', maxLines: 3 });
        marks.push({ type: 'rect', x, y: bottom, width, height: block.height + 14, radius: 6, role: 'notice-box' }, block.mark);
        bottom += block.height + 14 + 6;
    }
    return { marks, height: bottom - y, width };
}
