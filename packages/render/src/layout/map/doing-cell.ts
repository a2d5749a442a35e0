/** What happens at a touchpoint: its trigger, the customer's goal, actions and thoughts. */
import type { Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { GroupMark, IconName, Mark, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
import { MAP } from './map-geometry.js';

const ICON = 13;
const INDENT = 18;

export function hasDoing(touchpoint: Touchpoint): boolean {
    return (
        Boolean(touchpoint.trigger || touchpoint.goal || touchpoint.description) ||
        touchpoint.actions.length > 0 ||
        touchpoint.thoughts.length > 0
    );
}

/** The cell's marks with its top-left corner at (x, 0), or undefined when there is nothing to say. */
export function doingCell(touchpoint: Touchpoint, x: number, ids: ElementIds): { group: GroupMark; height: number } | undefined {
    if (!hasDoing(touchpoint)) {
        return undefined;
    }
    const width = MAP.cardWidth;
    const children: Mark[] = [];
    let y = 0;
    const item = (icon: IconName | undefined, text: string, role: Role, size: number, maxLines: number) => {
        const left = icon ? x + INDENT : x;
        if (icon) {
            children.push({ type: 'icon', name: icon, x, y: y + 0.5, size: ICON, role: 'icon' });
        }
        const block = textBlock(text, left, y, width - (left - x), { size, role, maxLines });
        children.push(block.mark);
        y += block.height + MAP.itemGap - 2;
    };
    if (touchpoint.description) item(undefined, touchpoint.description, 'muted', 11, 3);
    if (touchpoint.trigger) item('trigger', `When: ${touchpoint.trigger}`, 'muted', 11, 3);
    if (touchpoint.goal) item('goal', `Goal: ${touchpoint.goal}`, 'goal-text', 12, 3);
    touchpoint.actions.forEach(action => item('action', action, 'text', 12, 3));
    for (const thought of touchpoint.thoughts) {
        const block = textBlock(`“${thought}”`, x + 10, y + 7, width - 20, { size: 12, italic: true, role: 'thought-text', maxLines: 4 });
        children.push({ type: 'rect', x, y, width, height: block.height + 14, radius: 10, role: 'thought' }, block.mark);
        y += block.height + 14 + MAP.itemGap;
    }
    const tooltip = [
        touchpoint.title,
        touchpoint.description,
        touchpoint.trigger && `When: ${touchpoint.trigger}`,
        touchpoint.goal && `Goal: ${touchpoint.goal}`,
        ...touchpoint.actions.map(action => `Action: ${action}`),
        ...touchpoint.thoughts.map(thought => `Thought: “${thought}”`)
    ]
        .filter(Boolean)
        .join('\n');
    const group: GroupMark = {
        type: 'group',
        id: ids.make('doing', touchpoint.id),
        kind: 'touchpoint-details',
        modelId: touchpoint.id,
        tooltip,
        children
    };
    return { group, height: y - MAP.itemGap + 2 };
}
