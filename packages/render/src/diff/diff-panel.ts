/**
 * The panel above a visual diff: what the drawing is compared with, the counted changes, a
 * legend of the marks, the changes spelled out (numbered as their badges in the drawing)
 * and the removed elements as ghost cards — they are not in the new model, so they cannot
 * be drawn in place. Identical versions get a panel that says so, and no legend.
 */
import type { GroupMark, Mark, Role } from '../layout/scene.js';
import { textBlock, type TextBlock } from '../layout/text-block.js';
import { measureText } from '../text-metrics.js';
import { hasChanges, type DiffMarkedElement, type DiffMarks, type DiffRemovedElement } from './diff-marks.js';
import { badge } from './mark-changes.js';

const PAD = 20;
const GHOST = { width: 220, gap: 12 };
const COLUMN = { width: 340, gap: 28 };
/** A diff of hundreds of elements still gives a readable panel; the rest are counted. */
const MAX_LISTED = 40;

interface Block {
    marks: Mark[];
    height: number;
}

function asBlock(block: TextBlock): Block {
    return { marks: [block.mark], height: block.height };
}

function sectionHeading(text: string, x: number, y: number): Mark {
    return { type: 'text', x, y: y + 11, lines: [text.toUpperCase()], size: 11, lineHeight: 11, weight: 'bold', role: 'muted' };
}

/** A small outlined box with a badge, as the drawing marks an element. */
function swatch(x: number, y: number, status: 'added' | 'changed' | 'removed', text: string): Mark[] {
    const box: Mark =
        status === 'removed'
            ? { type: 'rect', x, y, width: 26, height: 16, radius: 4, role: 'diff-ghost', strokeWidth: 1.5, dash: [4, 3] }
            : { type: 'rect', x, y, width: 26, height: 16, radius: 4, role: `diff-${status}` as Role, strokeWidth: 2.5 };
    return [box, ...badge(x + 26, y, text, status, 7)];
}

function legend(x: number, y: number, width: number): Block {
    const items: Array<{ status: 'added' | 'changed' | 'removed'; badge: string; label: string }> = [
        { status: 'added', badge: '+', label: 'Added' },
        { status: 'changed', badge: '1', label: 'Changed — numbered as in the list below' },
        { status: 'removed', badge: '−', label: 'Removed — no longer in the map, listed below' }
    ];
    const marks: Mark[] = [];
    let cursor = x;
    let top = y;
    for (const item of items) {
        const itemWidth = 42 + measureText(item.label, { size: 12 });
        if (cursor > x && cursor + itemWidth > x + width) {
            cursor = x;
            top += 26;
        }
        marks.push(
            ...swatch(cursor, top + 3, item.status, item.badge),
            textBlock(item.label, cursor + 42, top + 3, width, { size: 12, role: 'text', maxLines: 1 }).mark
        );
        cursor += itemWidth + 28;
    }
    return { marks: [{ type: 'group', id: 'cj-diff-legend', kind: 'diff-legend', children: marks }], height: top - y + 22 };
}

/** One changed element: its badge (or a hollow ring when it is not drawn), where it is, what changed. */
function changedEntry(
    element: DiffMarkedElement,
    number: number | undefined,
    x: number,
    y: number,
    width: number
): { group: GroupMark; height: number } {
    const children: Mark[] =
        number === undefined
            ? [{ type: 'circle', cx: x + 9, cy: y + 8, r: 6, role: 'diff-changed', strokeWidth: 2 }]
            : badge(x + 9, y + 8, String(number), 'changed');
    const label = textBlock(element.label, x + 28, y, width - 28, { size: 12.5, weight: 'bold', role: 'title', maxLines: 2 });
    children.push(label.mark);
    let bottom = y + label.height + 2;
    for (const change of element.changes) {
        const phrase = textBlock(change, x + 28, bottom, width - 28, { size: 12, role: 'text', maxLines: 3 });
        children.push(phrase.mark);
        bottom += phrase.height;
    }
    return {
        group: { type: 'group', kind: 'diff-changed', tooltip: [element.label, ...element.changes].join('\n'), children },
        height: bottom - y
    };
}

/** Entries in as many columns as fit, row by row, under a heading. */
function changedSection(
    heading: string,
    elements: readonly DiffMarkedElement[],
    numbers: ReadonlyMap<DiffMarkedElement, number>,
    x: number,
    y: number,
    width: number
): Block {
    if (elements.length === 0) return { marks: [], height: 0 };
    const columns = Math.max(1, Math.min(elements.length, Math.floor((width + COLUMN.gap) / (COLUMN.width + COLUMN.gap))));
    const columnWidth = Math.min(COLUMN.width + 60, (width - (columns - 1) * COLUMN.gap) / columns);
    const marks: Mark[] = [sectionHeading(heading, x, y)];
    let top = y + 24;
    let rowHeight = 0;
    elements.slice(0, MAX_LISTED).forEach((element, index) => {
        if (index % columns === 0 && index > 0) {
            top += rowHeight + 14;
            rowHeight = 0;
        }
        const entry = changedEntry(element, numbers.get(element), x + (index % columns) * (columnWidth + COLUMN.gap), top, columnWidth);
        marks.push(entry.group);
        rowHeight = Math.max(rowHeight, entry.height);
    });
    let bottom = top + rowHeight;
    if (elements.length > MAX_LISTED) {
        marks.push(
            textBlock(`… and ${elements.length - MAX_LISTED} more (cjourney diff lists them all)`, x, bottom + 10, width, {
                size: 12,
                role: 'muted',
                maxLines: 1
            }).mark
        );
        bottom += 28;
    }
    return { marks, height: bottom - y };
}

function ghostCard(removed: DiffRemovedElement, x: number, y: number): { group: GroupMark; height: number } {
    const inner = GHOST.width - 24;
    const kind = textBlock(removed.kind.toUpperCase(), x + 12, y + 10, inner, {
        size: 10,
        weight: 'bold',
        role: 'diff-removed-text',
        maxLines: 1
    });
    const title = textBlock(removed.title, x + 12, y + 10 + kind.height + 3, inner, {
        size: 12.5,
        weight: 'bold',
        role: 'muted',
        maxLines: 2
    });
    let height = 10 + kind.height + 3 + title.height;
    const children: Mark[] = [kind.mark, title.mark];
    if (removed.where) {
        const where = textBlock(removed.where, x + 12, y + height + 2, inner, { size: 11, role: 'muted', maxLines: 2 });
        children.push(where.mark);
        height += where.height + 2;
    }
    height += 10;
    children.unshift({ type: 'rect', x, y, width: GHOST.width, height, radius: 8, role: 'diff-ghost', strokeWidth: 1.5, dash: [5, 4] });
    children.push(...badge(x + GHOST.width - 2, y + 2, '−', 'removed', 8));
    const tooltip = [`Removed ${removed.kind}: ${removed.title}`, removed.where].filter(Boolean).join('\n');
    return { group: { type: 'group', kind: 'diff-removed', tooltip, children }, height };
}

function removedList(removed: readonly DiffRemovedElement[], x: number, y: number, width: number): Block {
    if (removed.length === 0) return { marks: [], height: 0 };
    const marks: Mark[] = [sectionHeading('Removed', x, y)];
    const perRow = Math.max(1, Math.floor((width + GHOST.gap) / (GHOST.width + GHOST.gap)));
    let top = y + 24;
    let rowHeight = 0;
    removed.slice(0, MAX_LISTED).forEach((entry, index) => {
        const column = index % perRow;
        if (column === 0 && index > 0) {
            top += rowHeight + GHOST.gap;
            rowHeight = 0;
        }
        const card = ghostCard(entry, x + column * (GHOST.width + GHOST.gap), top);
        card.group.id = `cj-diff-removed-${index + 1}`;
        marks.push(card.group);
        rowHeight = Math.max(rowHeight, card.height);
    });
    let bottom = top + rowHeight;
    if (removed.length > MAX_LISTED) {
        marks.push(
            textBlock(`… and ${removed.length - MAX_LISTED} more removed elements (cjourney diff lists them all)`, x, bottom + 8, width, {
                size: 12,
                role: 'muted',
                maxLines: 1
            }).mark
        );
        bottom += 30;
    }
    return { marks, height: bottom - y + 4 };
}

/** Blocks placed one under another: their marks so far and the bottom of the last one. */
interface Stack {
    marks: Mark[];
    bottom: number;
}

/** Places a block `gap` below the previous one; empty blocks take no room. */
function stackBlock(stack: Stack, gap: number, build: (top: number) => Block): void {
    const block = build(stack.bottom + gap);
    stack.marks.push(...block.marks);
    if (block.height > 0) stack.bottom += gap + block.height;
}

/** The panel's verdict: its heading and the facts under it (the counted changes, or why there are none). */
function stackVerdict(stack: Stack, diff: DiffMarks, changed: boolean, left: number, inner: number): void {
    stackBlock(stack, 0, top =>
        asBlock(
            textBlock(changed ? `Changes since ${diff.against}` : `No changes since ${diff.against}`, left, top, inner, {
                size: 16,
                weight: 'bold',
                role: 'title',
                maxLines: 2
            })
        )
    );
    const facts = changed
        ? [diff.summary.join(' · '), diff.note].filter(Boolean).join('. ') || 'Changes outside this journey only.'
        : 'The journey is the same in both versions: comments and layout are not journey facts.';
    stackBlock(stack, 4, top => asBlock(textBlock(facts, left, top, inner, { size: 12.5, role: 'muted', maxLines: 4, leading: 1.4 })));
}

/** The legend, the changed elements (drawn ones, then the others) and the removed ones. */
function stackChanges(stack: Stack, diff: DiffMarks, numbers: ReadonlyMap<DiffMarkedElement, number>, left: number, inner: number): void {
    stackBlock(stack, 14, top => legend(left, top, inner));
    const edited = diff.elements.filter(element => element.status === 'changed');
    stackBlock(stack, 18, top =>
        changedSection(
            'Changed',
            edited.filter(element => numbers.has(element)),
            numbers,
            left,
            top,
            inner
        )
    );
    stackBlock(stack, 18, top =>
        changedSection(
            'Also changed, not drawn in this view',
            edited.filter(element => !numbers.has(element)),
            numbers,
            left,
            top,
            inner
        )
    );
    stackBlock(stack, 14, top => removedList(diff.removed, left, top, inner));
}

/** The panel's box and its accent bar on the left. */
function panelFrame(x: number, y: number, width: number, height: number, changed: boolean): Mark[] {
    return [
        { type: 'rect', x, y, width, height, radius: 10, role: 'diff-panel', strokeWidth: 1 },
        // The accent says the verdict before any word is read: amber for changes, green for none.
        {
            type: 'rect',
            x,
            y,
            width: 6,
            height,
            radius: 3,
            role: changed ? 'diff-changed-badge' : 'diff-added-badge',
            strokeWidth: 0
        }
    ];
}

/** The panel with its top-left corner at (x, y), `width` wide. */
export function diffPanel(
    diff: DiffMarks,
    numbers: ReadonlyMap<DiffMarkedElement, number>,
    x: number,
    y: number,
    width: number
): { group: GroupMark; height: number } {
    const inner = width - 2 * PAD;
    const left = x + PAD;
    const changed = hasChanges(diff);
    const stack: Stack = { marks: [], bottom: y + PAD };
    stackVerdict(stack, diff, changed, left, inner);
    if (changed && (diff.elements.length > 0 || diff.removed.length > 0)) {
        stackChanges(stack, diff, numbers, left, inner);
    }
    const height = stack.bottom - y + PAD;
    return {
        group: {
            type: 'group',
            id: 'cj-diff-panel',
            kind: 'diff-panel',
            children: [...panelFrame(x, y, width, height, changed), ...stack.marks]
        },
        height
    };
}
