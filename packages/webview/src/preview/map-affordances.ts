/**
 * What the preview adds to a drawn map so it can be used without aiming at a pixel and without
 * a mouse; exported files stay as the renderer drew them.
 * - Arrows are thin lines, hard to hit: each flow and influence arrow gets a copy of its line
 *   as a wide, invisible stroke that takes the clicks (and shows the pointer).
 * - Every element that leads to its source is focusable in drawing order (stage, touchpoints,
 *   lanes…), so Tab walks the map and Enter reveals the focused element's source.
 */
const HIT_CLASS = 'cj-hit-stroke';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements a click or Enter takes to their source: those with a model id. */
const SOURCE_ELEMENTS = '[data-cj-kind][data-cj-id]:not([data-cj-kind="quadrant"])';

/** Adds the hit strokes and tab stops an updated map lacks (a patched map keeps those of unchanged parts). */
export function addAffordances(svg: SVGSVGElement): void {
    addHitStrokes(svg);
    // A drawing of buttons is a group, not one image: role="img" (what files carry) would hide them.
    svg.setAttribute('role', 'group');
    for (const element of svg.querySelectorAll(SOURCE_ELEMENTS)) {
        // One control cannot hold another: inside a KPI card or a persona's curve, the card or
        // the curve is the tab stop, and its benchmarks or points still answer clicks.
        if (element.hasAttribute('tabindex') || element.parentElement?.closest(SOURCE_ELEMENTS)) continue;
        element.setAttribute('tabindex', '0');
        // Its name is its <title> (the element's name, then what the model says of it): an
        // aria-label of the name alone would hide the rest from screen readers, and would not
        // hold the card's visible words as WCAG 2.5.3 (label in name) asks.
        element.setAttribute('role', 'button');
    }
}

/** Enter on a focused map element: what a click on it does. */
export function onEnter(canvas: HTMLElement, activate: (event: Event) => void): void {
    canvas.addEventListener('keydown', event => {
        if (event.key === 'Enter' && event.target instanceof Element && event.target.matches(SOURCE_ELEMENTS)) activate(event);
    });
}

function addHitStrokes(svg: SVGSVGElement): void {
    for (const arrow of svg.querySelectorAll('g[data-cj-kind="flow"], g[data-cj-kind="influence"]')) {
        if (arrow.querySelector(`:scope > .${HIT_CLASS}`)) continue;
        // The line, not the arrowhead: the first path without a fill of its own.
        const line = [...arrow.querySelectorAll(':scope > path')].find(path => !path.classList.toString().includes('arrow'));
        const d = line?.getAttribute('d');
        if (!d) continue;
        const hit = document.createElementNS(SVG_NS, 'path');
        hit.setAttribute('class', HIT_CLASS);
        hit.setAttribute('d', d);
        hit.setAttribute('aria-hidden', 'true');
        arrow.append(hit);
    }
}
