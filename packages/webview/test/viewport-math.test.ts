/**
 * The zoom and pan rules (viewport-math.ts): a map opens readable at its top-left corner,
 * "fit" is an overview even of a very wide map, zooming is anchored on the map in view,
 * panning stops at the map's edges, and a wheel notch zooms by 10 %.
 */
import { describe, expect, test } from 'vitest';
import {
    areaViewport,
    clampViewport,
    fittedViewport,
    MARGIN,
    openingViewport,
    READABLE_SCALE,
    visibleMapCentre,
    wheelZoomFactor,
    zoomAround
} from '../src/preview/viewport-math.js';

const PANEL = { width: 700, height: 800 };

describe('viewport rules', () => {
    test('a small map opens whole, centred across, never enlarged', () => {
        const viewport = openingViewport({ width: 400, height: 300 }, PANEL);
        expect(viewport.scale).toBe(1);
        expect(viewport.y).toBe(-MARGIN);
        expect(viewport.x).toBeCloseTo(-(700 - 400) / 2);
    });

    test('a wide map opens readable (≥ 75 %) at its top-left corner, not fitted to the width', () => {
        const wide = openingViewport({ width: 4000, height: 900 }, PANEL);
        expect(wide.scale).toBeCloseTo(800 / (900 + 2 * MARGIN));
        expect(wide).toMatchObject({ x: -MARGIN, y: -MARGIN });
        const tall = openingViewport({ width: 4000, height: 3000 }, PANEL);
        expect(tall.scale).toBe(READABLE_SCALE);
        const low = openingViewport({ width: 4000, height: 300 }, PANEL);
        expect(low.scale).toBe(1);
    });

    test('fit shows the whole map while that is an overview, else the full height from the start', () => {
        expect(fittedViewport({ width: 4000, height: 900 }, PANEL).scale).toBeCloseTo(700 / 4032);
        const huge = fittedViewport({ width: 40_000, height: 2400 }, PANEL);
        expect(huge.scale).toBeCloseTo(800 / 2432);
        expect(huge).toMatchObject({ x: -MARGIN, y: -MARGIN });
        // A low one is still shown smaller than it opens, to see several stages at once.
        expect(fittedViewport({ width: 40_000, height: 500 }, PANEL).scale).toBe(0.5);
    });

    test('panning stops at the map edges, and a small map stays inside the panel', () => {
        const content = { width: 4000, height: 900 };
        expect(clampViewport({ scale: 1, x: -5000, y: -5000 }, content, PANEL)).toEqual({ scale: 1, x: -MARGIN, y: -MARGIN });
        expect(clampViewport({ scale: 1, x: 9000, y: 9000 }, content, PANEL)).toEqual({
            scale: 1,
            x: 4000 + MARGIN - 700,
            y: 900 + MARGIN - 800
        });
        const small = clampViewport({ scale: 1, x: 5000, y: -5000 }, { width: 200, height: 100 }, PANEL);
        expect(small.x).toBe(-MARGIN);
        expect(small.y).toBe(100 + MARGIN - 800);
    });

    test('buttons zoom around the part of the map in view, so five zoom-ins keep it in view', () => {
        const content = { width: 400, height: 300 };
        let viewport = openingViewport(content, PANEL);
        for (let i = 0; i < 5; i++) {
            viewport = clampViewport(
                zoomAround(viewport, viewport.scale * 1.25, visibleMapCentre(viewport, content, PANEL)),
                content,
                PANEL
            );
        }
        const shownLeft = Math.max(viewport.x, 0);
        const shownRight = Math.min(viewport.x + PANEL.width / viewport.scale, content.width);
        const shownTop = Math.max(viewport.y, 0);
        const shownBottom = Math.min(viewport.y + PANEL.height / viewport.scale, content.height);
        // The map fills the panel: no empty space around it.
        expect((shownRight - shownLeft) * viewport.scale).toBeCloseTo(PANEL.width);
        expect((shownBottom - shownTop) * viewport.scale).toBeCloseTo(PANEL.height);
    });

    test('zooming keeps the map point under the anchor', () => {
        const viewport = zoomAround({ scale: 0.5, x: 100, y: 50 }, 1, { x: 200, y: 100 });
        expect(viewport.x + 200 / viewport.scale).toBeCloseTo(100 + 200 / 0.5);
        expect(viewport.y + 100 / viewport.scale).toBeCloseTo(50 + 100 / 0.5);
    });

    test('a wheel notch zooms 10 %, a pinch a little, lines and pages as notches', () => {
        expect(wheelZoomFactor(-100, 0)).toBeCloseTo(1.1);
        expect(wheelZoomFactor(100, 0)).toBeCloseTo(1 / 1.1);
        expect(wheelZoomFactor(-500, 0)).toBeCloseTo(1.1);
        expect(wheelZoomFactor(-3, 1)).toBeCloseTo(1.1);
        expect(wheelZoomFactor(-4, 0)).toBeGreaterThan(1);
        expect(wheelZoomFactor(-4, 0)).toBeLessThan(1.01);
    });

    test('the stage picker shows a stage at the top-left corner, fitted between 75 % and 100 %', () => {
        const wide = areaViewport({ x: 9000, y: 120, width: 2000, height: 60 }, PANEL);
        expect(wide).toEqual({ scale: READABLE_SCALE, x: 9000 - MARGIN, y: 120 - MARGIN });
        const narrow = areaViewport({ x: 300, y: 120, width: 300, height: 60 }, PANEL);
        expect(narrow.scale).toBe(1);
        const middling = areaViewport({ x: 300, y: 120, width: 800, height: 60 }, PANEL);
        expect(middling.scale).toBeCloseTo(700 / (800 + 2 * MARGIN));
    });
});
