/** Zoom and pan remembered per document, journey and view (view-memory.ts). */
import { describe, expect, test } from 'vitest';
import type { PreviewState } from '../src/protocol.js';
import { changeState, REMEMBERED_VIEWPORTS } from '../src/view-memory.js';

const A = 'file:///ws/a.cjourney';
const B = 'file:///ws/b.cjourney';

describe('view memory', () => {
    test('switching views and back brings the zoom back; a view never zoomed opens as new', () => {
        let state: PreviewState = { documentUri: A, view: 'map', viewport: { scale: 1.04, x: 10, y: 20 } };
        state = changeState(state, { view: 'flow' });
        expect(state.viewport).toBeUndefined();
        state = changeState(state, { viewport: { scale: 0.5, x: 0, y: 0 } });
        state = changeState(state, { view: 'map' });
        expect(state.viewport).toEqual({ scale: 1.04, x: 10, y: 20 });
        state = changeState(state, { view: 'flow' });
        expect(state.viewport).toEqual({ scale: 0.5, x: 0, y: 0 });
    });

    test('switching files and back brings the zoom back', () => {
        let state: PreviewState = { documentUri: A, view: 'map', viewport: { scale: 2, x: 1, y: 1 } };
        state = changeState(state, { documentUri: B });
        expect(state).toMatchObject({ documentUri: B, view: 'map', viewport: undefined });
        state = changeState(state, { documentUri: A });
        expect(state.viewport).toEqual({ scale: 2, x: 1, y: 1 });
    });

    test('a pan or zoom in the same view changes only the viewport', () => {
        const state = changeState({ documentUri: A, view: 'map' }, { viewport: { scale: 3, x: 0, y: 0 } });
        expect(state).toEqual({ documentUri: A, view: 'map', viewport: { scale: 3, x: 0, y: 0 } });
    });

    test('the memory is bounded, forgetting the oldest first', () => {
        let state: PreviewState = { documentUri: 'file:///0', view: 'map' };
        for (let i = 1; i <= REMEMBERED_VIEWPORTS + 5; i++) {
            state = changeState(state, { viewport: { scale: i, x: 0, y: 0 } });
            state = changeState(state, { documentUri: `file:///${i}` });
        }
        expect(Object.keys(state.viewports ?? {})).toHaveLength(REMEMBERED_VIEWPORTS);
        expect(changeState(state, { documentUri: 'file:///1' }).viewport).toBeUndefined();
        expect(changeState(state, { documentUri: `file:///${REMEMBERED_VIEWPORTS + 4}` }).viewport?.scale).toBe(REMEMBERED_VIEWPORTS + 5);
    });
});
