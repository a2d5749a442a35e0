/**
 * A laid-out scene turned into its visual diff: the changed groups marked in place and the
 * diff panel (summary, legend, changes, removed elements) above the drawing, which moves
 * down to make room. Pure data in, data out, like the layout.
 */
import { shiftMarks } from '../layout/marks.js';
import type { Scene } from '../layout/scene.js';
import { hasChanges, type DiffMarks } from './diff-marks.js';
import { diffPanel } from './diff-panel.js';
import { markChangedGroups } from './mark-changes.js';

const MARGIN = 32;
const MIN_PANEL_WIDTH = 620;
const MAX_PANEL_WIDTH = 1240;

export function applyDiffMarks(scene: Scene, diff: DiffMarks): Scene {
    const marks = structuredClone(scene.marks);
    const numbers = markChangedGroups(marks, diff.elements);
    const width = Math.min(MAX_PANEL_WIDTH, Math.max(MIN_PANEL_WIDTH, scene.width - 2 * MARGIN));
    const panel = diffPanel(diff, numbers, MARGIN, MARGIN - 8, width);
    const drop = panel.height + 8;
    shiftMarks(marks, 0, drop);
    const summary = hasChanges(diff) ? `changes since ${diff.against}` : `no changes since ${diff.against}`;
    return {
        ...scene,
        width: Math.max(scene.width, width + 2 * MARGIN),
        height: scene.height + drop,
        title: `${scene.title} (${summary})`,
        marks: [panel.group, ...marks]
    };
}
