// The webview package's public surface: the preview protocol and the element/source lookup.
export * from './protocol.js';
export * from './source-lookup.js';
// TEMPORARY until the renderer of issue 5 lands (see scaffold-drawing.ts).
export { renderView, previewStylesheet } from './scaffold-drawing.js';
