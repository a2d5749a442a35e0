/** What a caller may ask of the layout. */
import type { ImageFile } from '@cjourney/model';
import type { LayoutMemo } from './layout-memo.js';

export interface LayoutOptions {
    /** The journey to draw when the file has several; default the first. */
    journeyId?: string;
    /** Shown at the top of the drawing, e.g. "This file has 2 errors; the map may be incomplete." */
    notices?: readonly string[];
    /**
     * Above this many touchpoints the flow view is laid out without ELK (a simplified, linear
     * layout) so huge journeys never stall or overflow the stack. Default 1,000.
     */
    elkLimit?: number;
    /**
     * Which way the flow view's layers run: `right` (default) or `down`. The journey map's
     * stages are always columns, left to right, as journey maps are read.
     */
    direction?: 'right' | 'down';
    /** Draw only these personas' steps and curves (ids); all when absent. */
    personas?: readonly string[];
    /** The map's lanes to draw, in this order (touchpoints, doing, emotion, pains, blueprint, stakeholders, kpis, or custom lane ids); all when absent. */
    lanes?: readonly string[];
    /**
     * The address to draw a persona's or touchpoint's image from (a data URI, a webview
     * resource), or undefined to leave it out; without it no image is drawn (the layout
     * never reads files).
     */
    imageHref?: (image: ImageFile) => string | undefined;
    /**
     * What the previous layout built, to build again only what changed (the live preview,
     * which lays a map out on every edit; see layout-memo.ts). Off when absent.
     */
    memo?: LayoutMemo;
}
