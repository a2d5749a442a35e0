/**
 * Arrows are thin lines, hard to hit with a mouse. Each flow and influence arrow gets a copy
 * of its line as a wide, invisible stroke that takes the clicks (and shows the pointer), so a
 * click near the line reveals the step in the source. Preview only: exported files stay as
 * the renderer drew them.
 */
const HIT_CLASS = 'cj-hit-stroke';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Adds the hit strokes an updated map lacks (a patched map keeps those of unchanged arrows). */
export function addHitStrokes(svg: SVGSVGElement): void {
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
