/**
 * The closed word lists of the command line's options, in a module with no dependencies so
 * that `main.ts` can describe every command without loading any of them: each command loads
 * its own code (Langium, the renderer, the Mermaid reader…) only when it runs.
 */
import { VIEWS } from '@cjourney/model';

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const EXPORT_FORMATS = ['json', 'markdown', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The views, named once in @cjourney/model (a small module of plain data: no renderer is loaded). */
export const RENDER_VIEWS = VIEWS;
export const RENDER_THEMES = ['light', 'dark'] as const;
export const RENDER_FORMATS = ['svg', 'html', 'png', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];
/** `--page` of a PDF: one page the size of the drawing, landscape paper, or 16:9 slides. */
export const RENDER_PAGES = ['poster', 'a4', 'a3', 'slides'] as const;
export type RenderPage = (typeof RENDER_PAGES)[number];
