/**
 * The messages between the VS Code extension host and the preview webview, in one place so
 * both sides are checked against the same unions. Everything here is JSON data (plus one
 * Uint8Array for PNG bytes), since it crosses `postMessage`.
 *
 * The conversation: the webview loads and says `ready` (with the state it restored, if
 * any); only then does the host send `settings`, the `document` it shows and the `model`
 * updates. The host never replaces the webview's HTML: switching documents, settings and
 * models are all messages.
 */
import type { CjourneyModel, ModelValueChange, SourceLocation, SourcePosition } from '@cjourney/model';
import type { ModelError } from '@cjourney/language/protocol';
import { VIEWS, VIEW_TITLES, type ViewName } from '@cjourney/render';

export type { ModelError };

/**
 * The views of a journey, named once by the renderer (`map`, `stakeholders`, `flow`): the
 * same names in the toolbar, the settings, export file names and `cjourney render --view`.
 */
export { VIEWS, VIEW_TITLES, type ViewName };

export function isViewName(value: unknown): value is ViewName {
    return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** Which way stages and flows run. */
export type LayoutDirection = 'right' | 'down';

/** The fixed palettes used for exported files (the preview itself follows the VS Code theme). */
export type ExportTheme = 'light' | 'dark';

/** `pdf`: the webview sends the SVG, and the extension host (desktop) makes the PDF from it with the CLI's code. */
export type ExportFormat = 'svg' | 'png' | 'pdf';

/** The `cjourney.preview.*` and `cjourney.export.*` settings the webview needs. */
export interface PreviewSettings {
    direction: LayoutDirection;
    exportTheme: ExportTheme;
    highlightAtCursor: boolean;
    /** Scrolling the editor brings the stage at its top line into the map's view (as Markdown's preview follows its editor). */
    scrollPreviewWithEditor: boolean;
    /** Panning the map to another stage scrolls the editor to that stage's first line (the cursor stays). */
    scrollEditorWithPreview: boolean;
}

/** What the preview uses until the host sends the settings (each setting's default in package.json). */
export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = {
    direction: 'right',
    exportTheme: 'light',
    highlightAtCursor: true,
    scrollPreviewWithEditor: true,
    scrollEditorWithPreview: true
};

/** Zoom and pan: `scale` screen pixels per map unit, `x`/`y` the map point at the top-left corner. */
export interface Viewport {
    scale: number;
    x: number;
    y: number;
}

/** What the webview keeps with `setState`, so a reloaded window restores the same preview. */
export interface PreviewState {
    documentUri: string;
    view: ViewName;
    /** The journey shown when the file has several. */
    journeyId?: string;
    /** Omitted until the user zooms or pans: the map is then fitted to the panel. */
    viewport?: Viewport;
    /** The viewports of the other documents, journeys and views shown in this panel (view-memory.ts). */
    viewports?: Record<string, Viewport>;
    legendOpen?: boolean;
    /** See `DocumentMessage.locked`: saved here so a reloaded window restores a locked preview locked. */
    locked?: boolean;
    /** What the map shows of each journey shown in this panel, by `journeyId documentUri` (map-filter.ts). */
    filters?: Record<string, MapFilter>;
}

/** The personas and lanes switched off in the toolbar (ids); nothing switched off when absent. */
export interface MapFilter {
    hiddenPersonas?: string[];
    hiddenLanes?: string[];
}

/** The kinds of map elements that stand for a model element written in the source. */
export type NamedElementKind = 'journey' | 'stage' | 'touchpoint' | 'stakeholder' | 'persona' | 'channel' | 'kpi';

/**
 * The kinds of map elements that can be clicked back to their source: the named ones, and
 * those the renderer marks with their owner's id and a position (`data-cj-index`): a
 * touchpoint's pains and opportunities, a KPI's benchmarks, a flow's steps (`from->to`); a
 * touchpoint's emotion point and details, and an `influences` arrow (`from->to`).
 */
export type ElementKind = NamedElementKind | 'pain' | 'opportunity' | 'benchmark' | 'flow' | 'emotion' | 'touchpoint-details' | 'influence';

export interface ElementRef {
    kind: ElementKind;
    id: string;
    /** The position among its owner's elements of that kind (pains, benchmarks, flow steps). */
    index?: number;
}

// ---------------------------------------------------------------- host → webview

export interface SettingsMessage {
    type: 'settings';
    settings: PreviewSettings;
}

/** The preview now shows this document (on open, and when it follows another editor). */
export interface DocumentMessage {
    type: 'document';
    uri: string;
    /** The file name shown in the start screen and used for exported files. */
    fileName: string;
    /** The view to show when the webview has no saved choice for this document. */
    defaultView: ViewName;
    /** A locked preview stays on its document instead of following the active editor (kept across reloads). */
    locked: boolean;
}

/** A journey model from the language server (see journey-model-protocol.ts). */
export interface ModelMessage {
    type: 'model';
    uri: string;
    version: number;
    model: CjourneyModel;
    errors: ModelError[];
}

/**
 * What changed since the model of `baseVersion` the webview was sent last (model-delta.ts):
 * a keystroke is a few values, where the whole model of a big journey is a megabyte for
 * `postMessage` to copy. A webview without that model answers `modelNeeded`.
 */
export interface ModelDeltaMessage {
    type: 'modelDelta';
    uri: string;
    version: number;
    baseVersion: number;
    changes: ModelValueChange[];
    errors: ModelError[];
}

/** The language server did not (yet) give a model for the document, e.g. it is still starting. */
export interface WaitingMessage {
    type: 'waiting';
    uri: string;
    message: string;
}

/** The editor's cursor moved in the shown document (null: highlight nothing). */
export interface CursorMessage {
    type: 'cursor';
    uri: string;
    position: SourcePosition | null;
}

/** The editor showing the document scrolled: `line` (0-based) is its first visible line. */
export interface ScrollMessage {
    type: 'scroll';
    uri: string;
    line: number;
}

/** Commands run from the command palette or keybindings, acting on the active preview. */
export type PreviewCommand = 'zoomIn' | 'zoomOut' | 'fit' | 'exportSvg' | 'exportPng' | 'exportPdf' | ViewCommand;
export type ViewCommand = `view:${ViewName}`;

export interface CommandMessage {
    type: 'command';
    command: PreviewCommand;
}

/**
 * The persona and touchpoint images the preview may draw: image path (`ImageFile.path`) →
 * webview resource URI. The host checked each file (inside the workspace, PNG, JPEG or WebP
 * by content, at most 2 MB); an image missing here is not drawn. Sent when the set changes.
 */
export interface ImagesMessage {
    type: 'images';
    uri: string;
    images: Record<string, string>;
}

/** The answer to `embedImages`: image path → data URI, for the same images as `ImagesMessage`. */
export interface EmbeddedImagesMessage {
    type: 'embeddedImages';
    id: number;
    images: Record<string, string>;
}

/**
 * The answer to `embedFonts`: the preview's font files (file name → data:font/woff2 URL), so an
 * exported SVG or PNG carries the fonts its text uses (render's svgWithFonts).
 */
export interface EmbeddedFontsMessage {
    type: 'embeddedFonts';
    id: number;
    fonts: Record<string, string>;
}

export type HostMessage =
    | SettingsMessage
    | DocumentMessage
    | ModelMessage
    | ModelDeltaMessage
    | WaitingMessage
    | CursorMessage
    | ScrollMessage
    | CommandMessage
    | ImagesMessage
    | EmbeddedImagesMessage
    | EmbeddedFontsMessage;

// ---------------------------------------------------------------- webview → host

export interface ReadyMessage {
    type: 'ready';
}

/** Reveal and select an element's source: its own file when `location.file` is set, else the shown document. */
export interface RevealMessage {
    type: 'reveal';
    location: SourceLocation;
}

/** The user panned the map to another stage: the editor shows `line` (0-based) at its top, its cursor kept. */
export interface ScrollEditorMessage {
    type: 'scrollEditor';
    line: number;
}

/** An exported map, for the host to save where the user chooses. */
export interface ExportMessage {
    type: 'export';
    format: ExportFormat;
    /** A file name to suggest, without folder, e.g. `saas-onboarding.map.svg`. */
    suggestedName: string;
    /** SVG text (for `svg`, and for `pdf`, which the host makes from it), or PNG bytes. */
    data: string | Uint8Array;
    /** The drawing's title, for a PDF's document title. */
    title?: string;
}

/** An export could not be made (no map yet, or drawing it failed). */
export interface ExportFailedMessage {
    type: 'exportFailed';
    message: string;
}

/** The start screen's button: insert a starter journey into the (empty) document. */
/** A model delta did not apply to the model the webview has: the host sends whole models again. */
export interface ModelNeededMessage {
    type: 'modelNeeded';
}

export interface InsertStarterMessage {
    type: 'insertStarter';
}

/** Something failed inside the webview; the host writes it to the output channel. */
export interface ProblemMessage {
    type: 'problem';
    message: string;
}

/**
 * An export is about to draw images: the host answers with `embeddedImages` (data URIs), so
 * the exported file does not depend on the webview's resource URIs. The webview names no file.
 */
export interface EmbedImagesMessage {
    type: 'embedImages';
    id: number;
}

/** An SVG or PNG export is about to be made: the host answers with `embeddedFonts`. */
export interface EmbedFontsMessage {
    type: 'embedFonts';
    id: number;
}

export type WebviewMessage =
    | ReadyMessage
    | RevealMessage
    | ScrollEditorMessage
    | ExportMessage
    | ExportFailedMessage
    | InsertStarterMessage
    | ModelNeededMessage
    | ProblemMessage
    | EmbedImagesMessage
    | EmbedFontsMessage;
