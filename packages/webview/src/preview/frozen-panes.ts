/**
 * The map's frozen panes, as a spreadsheet's: when the map is zoomed or panned so that the
 * stage header row has scrolled above the panel, a copy of it stays at the panel's top; when
 * the lane labels have scrolled off to the left, a copy of their column stays at its left. The
 * copies are two small SVGs over the canvas that show the same map units at the same zoom
 * (their viewBox follows the map's), so the rest of the map scrolls under them. Clicks on a
 * copy reveal the source as on the map; wheel and drag pass on to the map. The map and blueprint
 * views (the flow and the grids have no stage columns over lanes).
 */
import type { Viewport } from '../protocol.js';
import type { Size } from './viewport-math.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The views drawn as stage columns over labelled lanes, whose header row and label column stay in view. */
export const FROZEN_PANE_VIEWS: ReadonlySet<string> = new Set(['map', 'blueprint']);
/** Map units of background kept around the copied header row and label column. */
const PAD = 6;
const FAR = 100_000;

interface Band {
    from: number;
    to: number;
}

/** A copied stage header's texts, which slide along it so its title stays in view (map units). */
interface StageTitle {
    texts: SVGGraphicsElement[];
    left: number;
    right: number;
    end: number;
}

export class FrozenPanes {
    readonly top: SVGSVGElement;
    readonly left: SVGSVGElement;
    private header: Band | undefined;
    private column: Band | undefined;
    private titles: StageTitle[] = [];
    /** The drawn map, until its copies are made. */
    private source: SVGSVGElement | undefined;
    private built = false;
    private headerTop = Infinity;
    private labelsLeft = Infinity;

    /** `canvas` receives the wheel and drag that start on a copy; `onClick` its clicks. */
    constructor(canvas: HTMLElement, onClick: (event: Event) => void) {
        this.top = pane('cj-frozen cj-frozen-top');
        this.left = pane('cj-frozen cj-frozen-left');
        for (const copy of [this.top, this.left]) {
            copy.addEventListener('click', onClick);
            copy.addEventListener('wheel', event => forward(canvas, new WheelEvent('wheel', event), event), { passive: false });
            // A drag that starts on a copy pans the map: the map's handler captures the pointer once it moves.
            for (const type of ['pointerdown', 'pointermove', 'pointerup'] as const) {
                copy.addEventListener(type, event => canvas.dispatchEvent(new PointerEvent(type, event)));
            }
        }
    }

    /**
     * After a draw: forgets the copies. They are made (which measures the map, a layout) only
     * once a pane is needed, so an edit at the opening zoom costs nothing; until then the
     * header's top and the labels' left come from attributes.
     */
    update(svg: SVGSVGElement | undefined, isMap: boolean): void {
        this.header = this.column = undefined;
        this.titles = [];
        this.built = false;
        show(this.top, undefined, 1);
        show(this.left, undefined, 1);
        this.top.replaceChildren();
        this.left.replaceChildren();
        const at = (selector: string, attribute: string) =>
            Math.min(...[...(svg?.querySelectorAll(selector) ?? [])].map(element => Number(element.getAttribute(attribute))));
        this.source = isMap ? svg : undefined;
        this.headerTop = at(':scope > g[data-cj-kind="stage"] > rect.cj-stage-header', 'y');
        this.labelsLeft = at(':scope > text.cj-lane-label', 'x');
    }

    private build(svg: SVGSVGElement): void {
        this.built = true;
        const stages = [...svg.querySelectorAll<SVGGElement>(':scope > g[data-cj-kind="stage"]')];
        if (stages.length === 0) return;
        const boxes = stages.map(stage => stage.getBBox());
        this.header = { from: Math.min(...boxes.map(box => box.y)), to: Math.max(...boxes.map(box => box.y + box.height)) };
        const columnEnd = Math.min(...boxes.map(box => box.x)) - PAD;
        const labels = laneLabels(svg, columnEnd, this.header.to);
        const copies = stages.map(copyOf);
        this.titles = stages.map((stage, i) => titleOf(stage, copies[i], boxes[i]));
        this.top.append(background(-FAR, this.header.from - PAD, 2 * FAR, this.header.to - this.header.from + 2 * PAD), ...copies);
        if (labels.length > 0) {
            const from = Math.min(...labels.map(label => label.getBBox().x)) - PAD;
            this.column = { from, to: columnEnd };
            this.left.append(background(-FAR, -FAR, FAR + columnEnd, 2 * FAR), ...labels.map(copyOf));
        }
    }

    /** Screen pixels the frozen label column covers at the panel's left (0 when it is not shown). */
    coveredLeft(): number {
        return this.left.hasAttribute('hidden') ? 0 : Number(this.left.getAttribute('width') ?? 0);
    }

    /** On every zoom and pan: shows a copy only while its original is (partly) out of the panel. */
    apply(viewport: Viewport, panel: Size): void {
        const { scale, x, y } = viewport;
        const needed = y > this.headerTop + 0.5 || x > this.labelsLeft - PAD + 0.5;
        if (this.source && !this.built && needed) this.build(this.source);
        const header = this.header && y > this.header.from + 0.5 ? this.header : undefined;
        const column = this.column && x > this.column.from + 0.5 ? this.column : undefined;
        show(this.top, header && { x, y: header.from - PAD, width: panel.width / scale, height: header.to - header.from + 2 * PAD }, scale);
        show(this.left, column && { x: column.from, y, width: column.to - column.from, height: panel.height / scale }, scale);
        if (header) this.slideTitles(x + (column ? column.to - column.from : 0) + PAD);
    }

    /** Keeps each stage's title at the left of the part of its header in view, within the header. */
    private slideTitles(visibleLeft: number): void {
        for (const title of this.titles) {
            const shift = Math.max(0, Math.min(visibleLeft - title.left, title.end - PAD - title.right));
            const transform = shift > 0 ? `translate(${Math.round(shift * 100) / 100} 0)` : '';
            for (const text of title.texts) {
                if ((text.getAttribute('transform') ?? '') !== transform) text.setAttribute('transform', transform);
            }
        }
    }
}

function titleOf(stage: SVGGElement, copy: Element, box: DOMRect): StageTitle {
    const originals = [...stage.querySelectorAll<SVGGraphicsElement>(':scope > text')];
    const spans = originals.map(text => text.getBBox());
    return {
        texts: [...copy.querySelectorAll<SVGGraphicsElement>(':scope > text')],
        left: Math.min(...spans.map(span => span.x)),
        right: Math.max(...spans.map(span => span.x + span.width)),
        end: box.x + box.width
    };
}

function pane(className: string): SVGSVGElement {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('hidden', '');
    return svg;
}

function show(svg: SVGSVGElement, area: { x: number; y: number; width: number; height: number } | undefined, scale: number): void {
    svg.toggleAttribute('hidden', area === undefined);
    if (!area) return;
    const round = (value: number) => String(Math.round(value * 100) / 100);
    svg.setAttribute('width', round(area.width * scale));
    svg.setAttribute('height', round(area.height * scale));
    svg.setAttribute('viewBox', [area.x, area.y, area.width, area.height].map(round).join(' '));
}

/**
 * The label column's elements: top-level text, icons and scale dots that lie wholly left of
 * the stage columns and below the header row (the title above it stays where it is).
 */
function laneLabels(svg: SVGSVGElement, columnEnd: number, headerEnd: number): SVGGraphicsElement[] {
    const labels: SVGGraphicsElement[] = [];
    for (const child of svg.children) {
        const position = Number(child.getAttribute('x') ?? child.getAttribute('cx') ?? NaN);
        // The attribute first: measuring each of a big map's thousands of elements would cost a layout each.
        if (!(position < columnEnd) || !['text', 'circle', 'use'].includes(child.tagName)) continue;
        const box = (child as SVGGraphicsElement).getBBox();
        if (box.x + box.width <= columnEnd && box.y >= headerEnd) labels.push(child as SVGGraphicsElement);
    }
    return labels;
}

/** A copy without ids (they must stay unique) or tab stops (the original is the one to reach). */
function copyOf(element: Element): Element {
    const copy = element.cloneNode(true) as Element;
    for (const each of [copy, ...copy.querySelectorAll('[id], [tabindex]')]) {
        each.removeAttribute('id');
        each.removeAttribute('tabindex');
    }
    return copy;
}

function background(x: number, y: number, width: number, height: number): SVGRectElement {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('class', 'cj-background');
    for (const [name, value] of Object.entries({ x, y, width, height })) rect.setAttribute(name, String(value));
    return rect;
}

function forward(canvas: HTMLElement, copy: WheelEvent, original: WheelEvent): void {
    original.preventDefault();
    canvas.dispatchEvent(copy);
}
