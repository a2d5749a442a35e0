// @cjourney/render: the journey model drawn — layout into a scene, then SVG and HTML — for the
// VS Code preview (bundled for the browser), the CLI and exports alike. Nothing here imports
// Node, the DOM or Langium: its only workspace dependency is @cjourney/model.
export { renderView, type RenderViewOptions } from './render-view.js';
export { layout, VIEW_TITLES } from './layout/layout.js';
export type { LayoutOptions } from './layout/layout-options.js';
export { MAP_LANES, MAP_LANE_IDS, mapLaneNames, type MapLaneId } from './layout/map/map-lane-names.js';
export { DEFAULT_ELK_LIMIT } from './layout/flow/flow-layout.js';
export { clearElkCache } from './layout/flow/elk-runner.js';
export * from './layout/scene.js';
export { renderScene, type RenderSceneOptions } from './render/svg-writer.js';
export { MarkTextCache } from './render/reused-marks.js';
export { LayoutMemo } from './layout/layout-memo.js';
export { escapeAttribute, escapeText, sanitizeText } from './render/escape.js';
export { PALETTES, THEMES, previewStylesheet, type Palette, type Paint, type ThemeKind } from './themes.js';
export { FONT_FAMILY, graphemes, measureText, type FontSpec, type FontWeight } from './text-metrics.js';
export { wrapText } from './layout/text-block.js';
export { FONT_FACES, fontFaceCss, SCRIPT_FONT_FACES, scriptFontFaceCss, type FontFace, type ScriptFontFace } from './fonts.js';
export { applyDiffMarks } from './diff/apply-diff.js';
export { diffMarksFor } from './diff/diff-marks-of.js';
export { hasChanges, type DiffMarks, type DiffMarkedElement, type DiffRemovedElement, type DiffTarget } from './diff/diff-marks.js';
export { htmlDocument, type HtmlDocumentOptions } from './export/html-document.js';
export { facesUsedBy, fontFileName, svgWithFonts } from './export/svg-fonts.js';
export { htmlHead } from './export/html-head.js';
