/**
 * Marks the map elements that stand for one model element (a touchpoint can appear in a
 * lane and on the emotion curve), for the editor's cursor. Returns the first, to scroll to.
 */
import type { ElementRef } from '../protocol.js';

const HIGHLIGHT_CLASS = 'cj-highlighted';

export function highlightElement(canvas: Element, ref: ElementRef | undefined): SVGGraphicsElement | undefined {
    for (const previous of canvas.querySelectorAll(`.${HIGHLIGHT_CLASS}`)) {
        previous.classList.remove(HIGHLIGHT_CLASS);
    }
    if (!ref) return undefined;
    const matches = canvas.querySelectorAll<SVGGraphicsElement>(
        `[data-cj-kind="${CSS.escape(ref.kind)}"][data-cj-id="${CSS.escape(ref.id)}"]`
    );
    for (const match of matches) {
        match.classList.add(HIGHLIGHT_CLASS);
    }
    return matches[0];
}

/** The map element a click landed on, if it stands for a model element. */
export function clickedElement(target: EventTarget | null): ElementRef | undefined {
    const hit = target instanceof Element ? target.closest('[data-cj-kind][data-cj-id]') : null;
    const kind = hit?.getAttribute('data-cj-kind');
    const id = hit?.getAttribute('data-cj-id');
    return kind && id ? { kind: kind as ElementRef['kind'], id } : undefined;
}
