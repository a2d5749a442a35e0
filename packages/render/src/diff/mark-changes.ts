/**
 * Marks the groups of a laid-out scene that a diff names: an outline in the status's colour
 * around the group's body and a badge on its corner ("+" when added, the change's number
 * when changed), `diff` on the group (written as `data-cj-diff`) and the changes in its
 * tooltip. The marks go inside the group, so the group keeps its id, click and tooltip.
 */
import type { GroupMark, Mark, Role } from '../layout/scene.js';
import type { DiffMarkedElement, DiffTarget } from './diff-marks.js';
import { bodyBox, contentBox, type Box } from './mark-bounds.js';

/** Below this size a body is a marker: an emotion's dot gets a ring, a stakeholder's chip a box with its name. */
const SMALL = 30;
const PAD = 4;
export const BADGE_RADIUS = 9;

function targetKey(target: DiffTarget): string {
    return `${target.kind}\u0000${target.modelId}\u0000${target.index ?? ''}`;
}

function groupKey(group: GroupMark, withIndex: boolean): string | undefined {
    return group.kind !== undefined && group.modelId !== undefined
        ? targetKey({ kind: group.kind, modelId: group.modelId, index: withIndex ? group.index : undefined })
        : undefined;
}

function* groupsOf(marks: readonly Mark[]): Generator<GroupMark> {
    for (const mark of marks) {
        if (mark.type === 'group') {
            yield mark;
            yield* groupsOf(mark.children);
        }
    }
}

/** A round badge with a short text ("+", "3", "−") centred on (cx, cy). */
export function badge(cx: number, cy: number, text: string, status: 'added' | 'changed' | 'removed', radius = BADGE_RADIUS): Mark[] {
    const size = text.length > 1 ? radius * 1.05 : radius * 1.35;
    return [
        { type: 'circle', cx, cy, r: radius, role: `diff-${status}-badge` as Role, strokeWidth: 2 },
        {
            type: 'text',
            x: cx,
            y: cy + size * 0.36,
            lines: [text],
            size,
            lineHeight: size,
            weight: 'bold',
            anchor: 'middle',
            role: 'diff-badge-text'
        }
    ];
}

function outline(
    group: GroupMark,
    body: { box: Box; shape: boolean },
    status: 'added' | 'changed',
    badgeText: string
): { under: Mark[]; over: Mark[] } {
    const role: Role = `diff-${status}`;
    const { box } = body;
    if (!body.shape) {
        // Lines only (a flow arrow): a broad stroke of the status's colour under the line.
        // Copies, not shared segments: the scene is moved down afterwards, mark by mark.
        const under: Mark[] = group.children.flatMap(child =>
            child.type === 'path' && !child.filled ? [{ ...structuredClone(child), role, strokeWidth: 6, dash: undefined }] : []
        );
        return { under, over: badge(box.x + box.width / 2, box.y + box.height / 2, badgeText, status, BADGE_RADIUS - 1) };
    }
    const small = Math.max(box.width, box.height) < SMALL;
    if (small && group.kind === 'emotion') {
        // A point of the emotion curve: a ring around the dot, its word left readable.
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const r = Math.hypot(box.width, box.height) / 2 + 4;
        return {
            under: [],
            over: [
                { type: 'circle', cx, cy, r, role, strokeWidth: 2.5 },
                ...badge(cx + r * 0.8 + 4, cy - r * 0.8 - 4, badgeText, status, BADGE_RADIUS - 1)
            ]
        };
    }
    // A small marker with its name beside it (a stakeholder's chip): outline both.
    const frame = small ? (contentBox(group.children) ?? box) : box;
    const x = frame.x - PAD;
    const y = frame.y - PAD;
    const width = frame.width + 2 * PAD;
    return {
        under: [],
        over: [
            { type: 'rect', x, y, width, height: frame.height + 2 * PAD, radius: 10, role, strokeWidth: 2.5 },
            ...badge(x + width - 2, y + 2, badgeText, status)
        ]
    };
}

function tooltipOf(group: GroupMark, element: DiffMarkedElement): string {
    const said = element.status === 'added' ? ['Added in this change'] : element.changes.map(change => `Changed: ${change}`);
    return [group.tooltip, ...said].filter(Boolean).join('\n');
}

/**
 * Marks every group a diff element targets, in place. Returns the number of each changed
 * element that is drawn (1, 2, … in the diff's order), for the list of changes beside the drawing.
 */
export function markChangedGroups(marks: readonly Mark[], elements: readonly DiffMarkedElement[]): Map<DiffMarkedElement, number> {
    const byKey = new Map<string, DiffMarkedElement>();
    for (const element of elements) {
        for (const target of element.targets) {
            if (!byKey.has(targetKey(target))) byKey.set(targetKey(target), element);
        }
    }
    const matches: Array<[GroupMark, DiffMarkedElement]> = [];
    for (const group of groupsOf(marks)) {
        // A target without an index names the group whatever its index (a flow step's position).
        const element = byKey.get(groupKey(group, true) ?? '') ?? byKey.get(groupKey(group, false) ?? '');
        if (element) matches.push([group, element]);
    }
    const drawn = new Set(matches.map(([, element]) => element));
    const numbers = new Map<DiffMarkedElement, number>();
    elements
        .filter(element => element.status === 'changed' && drawn.has(element))
        .forEach((element, index) => numbers.set(element, index + 1));
    for (const [group, element] of matches) {
        const body = bodyBox(group.children);
        if (!body) continue;
        const badgeText = element.status === 'added' ? '+' : String(numbers.get(element));
        const { under, over } = outline(group, body, element.status, badgeText);
        group.children.unshift(...under);
        group.children.push(...over);
        group.diff = element.status;
        group.tooltip = tooltipOf(group, element);
    }
    return numbers;
}
