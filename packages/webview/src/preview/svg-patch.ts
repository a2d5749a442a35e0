/**
 * Redraws the map by replacing only the top-level SVG elements whose text changed. A
 * keystroke changes one or two of a big map's thousands of top-level elements (a
 * 1,000-touchpoint map has ~4,700 and 2.8 MB of SVG), and parsing and swapping the whole
 * document took longer than laying it out and rendering it; patching makes that cost
 * proportional to the edit. The result is the same DOM as parsing the whole text.
 *
 * It relies on the renderer's layout of the text (render/svg-writer.ts): the root's open
 * tag on the first line, then one element per line indented by two spaces per depth, so
 * every top-level element starts on a line beginning with exactly two spaces and `<`
 * (user text cannot start a line with `<`: it is escaped).
 */

/** An SVG document cut at its top-level elements: `head + parts.join('') + tail` is the text. */
export interface SvgParts {
    /** The root's open tag, up to the first top-level element. */
    head: string;
    /** Each top-level element's text with the whitespace that follows it; the last one ends before `</svg>`. */
    parts: string[];
    /** The root's closing tag and what follows. */
    tail: string;
}

const TOP_LEVEL_START = '\n  <';
const ROOT_END = '\n</svg>';

export function splitSvg(text: string): SvgParts {
    const end = text.lastIndexOf(ROOT_END);
    const first = text.indexOf(TOP_LEVEL_START);
    if (end < 0 || first < 0 || first > end) {
        return { head: text, parts: [], tail: '' };
    }
    const parts: string[] = [];
    let start = first + 1;
    let next = topLevelStart(text, start + 1, end);
    while (next >= 0) {
        parts.push(text.slice(start, next + 1));
        start = next + 1;
        next = topLevelStart(text, start + 1, end);
    }
    parts.push(text.slice(start, end));
    return { head: text.slice(0, first + 1), parts, tail: text.slice(end) };
}

/** The index of the newline before the next top-level element's open tag (closing tags are not starts). */
function topLevelStart(text: string, from: number, end: number): number {
    let index = text.indexOf(TOP_LEVEL_START, from);
    while (index >= 0 && index < end && text[index + TOP_LEVEL_START.length] === '/') {
        index = text.indexOf(TOP_LEVEL_START, index + 1);
    }
    return index >= 0 && index < end ? index : -1;
}

/** Patching beyond this share of changed elements costs more than one whole parse. */
const MAX_CHANGED_SHARE = 0.25;

/** The positions of the parts that differ, or undefined when the documents differ in shape. */
export function changedParts(before: SvgParts, after: SvgParts): number[] | undefined {
    if (before.head !== after.head || before.tail !== after.tail || before.parts.length !== after.parts.length) {
        return undefined;
    }
    const changed: number[] = [];
    for (let i = 0; i < after.parts.length; i++) {
        if (before.parts[i] !== after.parts[i]) {
            changed.push(i);
        }
    }
    return changed.length <= after.parts.length * MAX_CHANGED_SHARE ? changed : undefined;
}

/** Parses SVG text the way the preview always has: as HTML, so an `<svg>` is foreign content. */
function parseSvg(text: string): SVGSVGElement | undefined {
    const template = document.createElement('template');
    template.innerHTML = text;
    return template.content.querySelector('svg') ?? undefined;
}

/** The SVG element on screen and the text it was parsed from. */
export class SvgSurface {
    private svg: SVGSVGElement | undefined;
    private shown: SvgParts | undefined;

    /**
     * The SVG element that shows `text`: the one on screen, patched, when only some of its
     * top-level elements changed (`fresh` false), or a newly parsed one for the caller to
     * put in place (`fresh` true).
     */
    update(text: string): { svg: SVGSVGElement; fresh: boolean } {
        const next = splitSvg(text);
        const changed = this.svg?.isConnected && this.shown ? changedParts(this.shown, next) : undefined;
        if (this.svg && changed && this.patch(this.svg, next, changed)) {
            this.shown = next;
            return { svg: this.svg, fresh: false };
        }
        const svg = parseSvg(text);
        if (!svg) throw new Error('The renderer returned no SVG.');
        this.svg = svg;
        this.shown = next;
        return { svg, fresh: true };
    }

    /** Forgets the drawing (the canvas was emptied): the next update parses afresh. */
    clear(): void {
        this.svg = undefined;
        this.shown = undefined;
    }

    /** Replaces the changed top-level elements with newly parsed ones; false if the DOM does not match the text. */
    private patch(svg: SVGSVGElement, next: SvgParts, changed: readonly number[]): boolean {
        if (changed.length === 0) return true;
        const current = svg.children;
        if (current.length !== next.parts.length) return false;
        const parsed = parseSvg(`${next.head}${changed.map(index => next.parts[index]).join('')}${next.tail}`);
        const replacements = parsed ? [...parsed.children] : [];
        if (replacements.length !== changed.length) return false;
        const targets = changed.map(index => current[index]);
        targets.forEach((target, i) => target.replaceWith(replacements[i]));
        return true;
    }
}
