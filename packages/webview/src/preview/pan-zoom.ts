/**
 * Zoom and pan of the map through the SVG's viewBox, so the drawing stays sharp at every
 * scale and no inline style is needed. The viewport survives redraws: a new SVG of the same
 * document is shown at the same place and scale, unless the map is "fitted", in which case
 * it is fitted again (a fitted map keeps fitting as it grows).
 *
 * Gestures: wheel pans, Ctrl/Cmd + wheel (and pinch) zooms around the pointer, dragging the
 * background pans, + / - / 0 zoom in, out and fit, arrow keys pan.
 */
import type { Viewport } from '../protocol.js';

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const ZOOM_STEP = 1.25;
/** Pointer travel (px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/** Margin (map units) kept around a fitted map. */
const FIT_MARGIN = 16;

interface Size {
    width: number;
    height: number;
}

export class PanZoom {
    private svg: SVGSVGElement | undefined;
    private content: Size = { width: 1, height: 1 };
    /** Undefined while the map is fitted to the panel. */
    private viewport: Viewport | undefined;
    private dragged = false;
    /**
     * The panel's size, as the ResizeObserver last reported it. Reading clientWidth instead
     * would force the browser to lay out a freshly inserted map at once, and then again
     * for the frame: at 200 touchpoints that doubled the cost of a redraw.
     */
    private size: Size = { width: 1, height: 1 };

    constructor(
        private readonly host: HTMLElement,
        private readonly onChange: (viewport: Viewport | undefined) => void
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

    fit(): void {
        this.viewport = undefined;
        this.apply();
        this.onChange(undefined);
    }

    zoomBy(factor: number, around?: { clientX: number; clientY: number }): void {
        const current = this.current();
        const rect = this.host.getBoundingClientRect();
        const screenX = around ? around.clientX - rect.left : rect.width / 2;
        const screenY = around ? around.clientY - rect.top : rect.height / 2;
        const scale = clamp(current.scale * factor, MIN_SCALE, MAX_SCALE);
        // Keep the map point under the pointer where it is.
        const mapX = current.x + screenX / current.scale;
        const mapY = current.y + screenY / current.scale;
        this.set({ scale, x: mapX - screenX / scale, y: mapY - screenY / scale });
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

    /** The viewport in effect: the saved one, or the one that fits the map. */
    current(): Viewport {
        return this.viewport ?? this.fitted();
    }

    private set(viewport: Viewport): void {
        this.viewport = viewport;
        this.apply();
        this.onChange(viewport);
    }

    private fitted(): Viewport {
        const size = this.hostSize();
        const width = this.content.width + 2 * FIT_MARGIN;
        const height = this.content.height + 2 * FIT_MARGIN;
        // Never enlarge a small map beyond its natural size: text would look oversized.
        const scale = clamp(Math.min(size.width / width, size.height / height, 1), MIN_SCALE, MAX_SCALE);
        // Centred across, from the top down, as a document is read.
        return { scale, x: -FIT_MARGIN - (size.width / scale - width) / 2, y: -FIT_MARGIN };
    }

    private hostSize(): Size {
        return this.size;
    }

    private apply(): void {
        if (!this.svg) return;
        const { scale, x, y } = this.current();
        const size = this.hostSize();
        this.svg.setAttribute('width', String(size.width));
        this.svg.setAttribute('height', String(size.height));
        this.svg.setAttribute('viewBox', `${round(x)} ${round(y)} ${round(size.width / scale)} ${round(size.height / scale)}`);
    }

    private onWheel(event: WheelEvent): void {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
            this.zoomBy(Math.exp(-event.deltaY / 300), event);
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

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
