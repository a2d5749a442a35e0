/**
 * The entry of the site's assets/render.js (packaging/site-renderer.mjs bundles it with the
 * renderer for the browser): a journey page's script finds `cjourneySite.drawMap` and draws
 * the map again when the reader changes the persona or lane filter.
 */
import { drawMap } from './map-drawing.js';

(globalThis as { cjourneySite?: { drawMap: typeof drawMap } }).cjourneySite = { drawMap };
