/**
 * Zoom and pan of the map through the SVG's viewBox, so the drawing stays sharp at every
 * scale and no inline style is needed. The viewport survives redraws: a new SVG of the same
 * document is shown at the same place and scale, unless the user has not zoomed or panned
 * yet, in which case it is shown as it opens (see viewport-math.ts) again.
 *
 * Gestures: wheel pans, Ctrl/Cmd + wheel (and pinch) zooms around the pointer, dragging the
 * background pans, + / - / 0 zoom in, out and fit, arrow keys pan. Buttons and keys zoom
 * around the part of the map in view; panning stops at the map's edges.
 */
import type { Viewport } from '../protocol.js';
import {
    areaViewport,
    clampViewport,
    fittedViewport,
    openingViewport,
    visibleMapCentre,
    wheelZoomFactor,
    zoomAround,
    ZOOM_STEP,
    type Area,
    type Size
} from './viewport-math.js';

/** Pointer travel (px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;

export class PanZoom {
    private svg: SVGSVGElement | undefined;
    private content: Size = { width: 1, height: 1 };
    /** Undefined until the user zooms or pans: the map is shown as it opens. */
    private viewport: Viewport | undefined;
    private dragged = false;
    /**
     * The panel's size, as the ResizeObserver last reported it. Reading clientWidth instead
     * would force the browser to lay out a freshly inserted map at once, and then again
     * for the frame: at 200 touchpoints that doubled the cost of a redraw.
     */
    private size: Size = { width: 1, height: 1 };

    /**
     * `onChange` reports a viewport the user chose (to be saved); `onView` every viewport shown,
     * including the opening one, with the panel's size (the zoom readout, the frozen panes).
     */
    constructor(
        private readonly host: HTMLElement,
        private readonly onChange: (viewport: Viewport | undefined) => void,
        private readonly onView: (viewport: Viewport, panel: Size) => void = () => undefined
    ) {
        new ResizeObserver(entries => {
            const box = entries.at(-1)?.contentRect;
            if (box) this.size = { width: Math.max(1, box.width), height: Math.max(1, box.height) };
            this.apply();
        }).observe(host);
        host.addEventListener('wheel', event => this.onWheel(event), { passive: false });
        host.addEventListener('pointerdown', event => this.onPointerDown(event));
        host.addEventListener('keydown', event => this.onKey(event));
    }

    /** Sets a newly drawn SVG to the current viewport; call it before the SVG is inserted, so it is laid out once. */
    attach(svg: SVGSVGElement): void {
        const box = svg.viewBox.baseVal;
        this.content = box && box.width > 0 ? { width: box.width, height: box.height } : { width: 1, height: 1 };
        this.svg = svg;
        this.apply();
    }

    /** True if the last pointer press moved the map (the click that ends it is not a click on an element). */
    wasDrag(): boolean {
        return this.dragged;
    }

    restore(viewport: Viewport | undefined): void {
        this.viewport = viewport && Number.isFinite(viewport.scale) && viewport.scale > 0 ? { ...viewport } : undefined;
        this.apply();
    }

    /** The overview: the whole map, or for a very wide one its full height from the start. */
    fit(): void {
        this.set(fittedViewport(this.content, this.hostSize()));
    }

    /** Zooms around the pointer (wheel, pinch) or else around the part of the map in view. */
    zoomBy(factor: number, around?: { clientX: number; clientY: number }): void {
        this.zoomTo(this.current().scale * factor, around);
    }

    zoomTo(scale: number, around?: { clientX: number; clientY: number }): void {
        const current = this.current();
        const rect = around ? this.host.getBoundingClientRect() : undefined;
        const anchor =
            around && rect
                ? { x: around.clientX - rect.left, y: around.clientY - rect.top }
                : visibleMapCentre(current, this.content, this.hostSize());
        this.set(zoomAround(current, scale, anchor));
    }

    /** The "100 %" of the zoom readout. */
    actualSize(): void {
        this.zoomTo(1);
    }

    zoomIn(): void {
        this.zoomBy(ZOOM_STEP);
    }

    zoomOut(): void {
        this.zoomBy(1 / ZOOM_STEP);
    }

    panBy(screenDx: number, screenDy: number): void {
        const current = this.current();
        this.set({ ...current, x: current.x - screenDx / current.scale, y: current.y - screenDy / current.scale });
    }

    /** The viewport in effect and the panel's size (for what is drawn over the map). */
    view(): { viewport: Viewport; panel: Size } {
        return { viewport: this.current(), panel: this.hostSize() };
    }

    /** Brings a part of the map (a stage) to the panel's top-left corner at a readable zoom (see areaViewport). */
    showArea(area: Area): void {
        this.set(areaViewport(area, this.hostSize()));
    }

    /** Pans (without zooming) so that a map element is visible, if it is not already. */
    reveal(element: SVGGraphicsElement): void {
        const box = element.getBBox();
        const current = this.current();
        const size = this.hostSize();
        const visibleWidth = size.width / current.scale;
        const visibleHeight = size.height / current.scale;
        const inside =
            box.x >= current.x &&
            box.y >= current.y &&
            box.x + box.width <= current.x + visibleWidth &&
            box.y + box.height <= current.y + visibleHeight;
        if (!inside) {
            this.set({ ...current, x: box.x + box.width / 2 - visibleWidth / 2, y: box.y + box.height / 2 - visibleHeight / 2 });
        }
    }

    /** Map point `mapX` at `screenLeft` pixels from the panel's left edge; zoom and height kept. */
    placeLeftEdge(mapX: number, screenLeft: number): void {
        const current = this.current();
        this.set({ ...current, x: mapX - screenLeft / current.scale });
    }

    /** The viewport in effect: the chosen one (kept inside the map's edges), or the opening one. */
    current(): Viewport {
        const size = this.hostSize();
        return this.viewport ? clampViewport(this.viewport, this.content, size) : openingViewport(this.content, size);
    }

    private set(viewport: Viewport): void {
        this.viewport = clampViewport(viewport, this.content, this.hostSize());
        this.apply();
        this.onChange(this.viewport);
    }

    private hostSize(): Size {
        return this.size;
    }

    private apply(): void {
        if (!this.svg) return;
        const { scale, x, y } = this.current();
        const size = this.hostSize();
        this.onView({ scale, x, y }, size);
        this.svg.setAttribute('width', String(size.width));
        this.svg.setAttribute('height', String(size.height));
        this.svg.setAttribute('viewBox', `${round(x)} ${round(y)} ${round(size.width / scale)} ${round(size.height / scale)}`);
    }

    private onWheel(event: WheelEvent): void {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
            this.zoomBy(wheelZoomFactor(event.deltaY, event.deltaMode), event);
        } else {
            this.panBy(-event.deltaX, -event.deltaY);
        }
    }

    private onPointerDown(event: PointerEvent): void {
        if (event.button !== 0) return;
        this.dragged = false;
        const start = { x: event.clientX, y: event.clientY };
        let last = start;
        const move = (moveEvent: PointerEvent): void => {
            if (!this.dragged && Math.hypot(moveEvent.clientX - start.x, moveEvent.clientY - start.y) < DRAG_THRESHOLD) return;
            if (!this.dragged) {
                this.dragged = true;
                this.host.setPointerCapture(event.pointerId);
                this.host.classList.add('cj-panning');
            }
            this.panBy(moveEvent.clientX - last.x, moveEvent.clientY - last.y);
            last = { x: moveEvent.clientX, y: moveEvent.clientY };
        };
        const up = (): void => {
            this.host.removeEventListener('pointermove', move);
            this.host.removeEventListener('pointerup', up);
            this.host.removeEventListener('pointercancel', up);
            this.host.classList.remove('cj-panning');
        };
        this.host.addEventListener('pointermove', move);
        this.host.addEventListener('pointerup', up);
        this.host.addEventListener('pointercancel', up);
    }

    private onKey(event: KeyboardEvent): void {
        const pan = 60;
        const actions: Record<string, () => void> = {
            '+': () => this.zoomIn(),
            '=': () => this.zoomIn(),
            '-': () => this.zoomOut(),
            '0': () => this.fit(),
            ArrowLeft: () => this.panBy(pan, 0),
            ArrowRight: () => this.panBy(-pan, 0),
            ArrowUp: () => this.panBy(0, pan),
            ArrowDown: () => this.panBy(0, -pan)
        };
        const action = event.ctrlKey || event.metaKey || event.altKey ? undefined : actions[event.key];
        if (action) {
            event.preventDefault();
            action();
        }
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
