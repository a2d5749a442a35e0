/**
 * A laid-out scene: plain, JSON-serialisable data with every position and size decided.
 * Layout produces it from the journey model (no DOM, no Node); render turns it into SVG
 * with a theme. Marks name a `role` instead of a colour: the palette (themes.ts) gives the
 * colour, and the role becomes the element's `cj-<role>` class so the VS Code preview can
 * restyle it from its own stylesheet.
 */

export { VIEWS, type ViewName } from '@cjourney/model';
import type { ViewName } from '@cjourney/model';

/** Every themed part of a drawing; each is a class `cj-<role>` and an entry of every palette. */
export const ROLES = [
    'background',
    'title',
    'text',
    'muted',
    'notice',
    'notice-box',
    'stage-band',
    'stage-header',
    'stage-header-text',
    'stage-accent',
    'lane-label',
    'lane-divider',
    'card',
    'card-title',
    'card-accent',
    'tag',
    'tag-text',
    'icon',
    'placeholder',
    'thought',
    'thought-text',
    'goal-text',
    'emotion-grid',
    'emotion-label',
    'emotion-line',
    'emotion-delighted',
    'emotion-pleased',
    'emotion-neutral',
    'emotion-frustrated',
    'emotion-angry',
    'persona-line-0',
    'persona-line-1',
    'persona-line-2',
    'persona-line-3',
    'persona-line-4',
    'persona-line-5',
    /** A persona's points on its curve (shaped per persona, see point-shapes.ts). */
    'persona-point-0',
    'persona-point-1',
    'persona-point-2',
    'persona-point-3',
    'persona-point-4',
    'persona-point-5',
    /** A future journey's baseline curve, faded under its own. */
    'baseline-line',
    'baseline-point',
    /** The service blueprint's line of visibility. */
    'visibility-line',
    /** The moment-of-truth star on a step. */
    'moment',
    /** A KPI close to its target (within 10 %). */
    'kpi-close',
    'pain',
    'pain-text',
    'pain-mark',
    'opportunity',
    'opportunity-text',
    'opportunity-mark',
    'pair-link',
    'stakeholder-chip',
    'need-text',
    'kpi',
    'kpi-track',
    'kpi-current',
    'kpi-target',
    'kpi-benchmark',
    'kpi-good',
    'kpi-bad',
    'edge',
    'edge-arrow',
    'edge-loop',
    'edge-loop-arrow',
    'edge-label',
    'container',
    'container-header',
    'quadrant-manage-closely',
    'quadrant-keep-satisfied',
    'quadrant-keep-informed',
    'quadrant-monitor',
    'quadrant-label',
    'axis',
    'axis-label',
    'band-divider',
    'attitude-champion',
    'attitude-supporter',
    'attitude-neutral',
    'attitude-sceptic',
    'attitude-blocker',
    'attitude-symbol',
    'influence',
    'influence-arrow',
    'legend-box',
    /** The outline behind text that crosses lines (emotion words over the curves): the colour of the stage bands. */
    'halo',
    /** A visual diff: outlines and badges of added and changed elements, removed ones as ghosts, the panel. */
    'diff-added',
    'diff-changed',
    'diff-added-badge',
    'diff-changed-badge',
    'diff-removed-badge',
    'diff-badge-text',
    'diff-ghost',
    'diff-removed-text',
    'diff-panel',
    /** The opportunity portfolio's quadrants (impact × effort). */
    'portfolio-quick-win',
    'portfolio-big-bet',
    'portfolio-fill-in',
    'portfolio-money-pit',
    /** A KPI's status in words, coloured: met, close, off, unknown. */
    'kpi-status-met',
    'kpi-status-close',
    'kpi-status-off',
    'kpi-status-unknown',
    /** The baseline journey's emotion curve, faded under the journey's own. */
    'baseline-line'
] as const;
export type Role = (typeof ROLES)[number];

export interface Point {
    x: number;
    y: number;
}

export type PathSegment =
    | { op: 'M' | 'L'; to: Point }
    | { op: 'Q'; control: Point; to: Point }
    | { op: 'C'; control1: Point; control2: Point; to: Point }
    | { op: 'Z' };

export interface RectMark {
    type: 'rect';
    x: number;
    y: number;
    width: number;
    height: number;
    radius?: number;
    role: Role;
    strokeWidth?: number;
    /** A dash pattern for the outline, e.g. [5, 4]; solid when absent. */
    dash?: number[];
}

export interface CircleMark {
    type: 'circle';
    cx: number;
    cy: number;
    r: number;
    role: Role;
    strokeWidth?: number;
}

export interface PathMark {
    type: 'path';
    segments: PathSegment[];
    role: Role;
    strokeWidth?: number;
    /** A dash pattern, e.g. [6, 4]; solid when absent. */
    dash?: number[];
    /** Filled shapes (icons, arrowheads) versus lines. */
    filled?: boolean;
}

export interface TextMark {
    type: 'text';
    /** Anchor point of the first line's baseline. */
    x: number;
    y: number;
    lines: string[];
    size: number;
    lineHeight: number;
    weight: 'normal' | 'bold';
    italic?: boolean;
    anchor?: 'start' | 'middle' | 'end';
    /** The width of the box the lines were wrapped into: a right-to-left text is drawn against its right edge. */
    width?: number;
    role: Role;
    /** Degrees, around (x, y); used for the vertical axis label. */
    rotate?: number;
    /** Outlined with the `halo` role's colour, so lines passing behind stay off the letters. */
    halo?: boolean;
    /** The full text when the lines show it cut (written as the element's `<title>`). */
    title?: string;
}

/** A small line icon from the renderer's icon set (render/icons.ts), drawn in a size × size box. */
export interface IconMark {
    type: 'icon';
    name: IconName;
    x: number;
    y: number;
    size: number;
    role: Role;
}

export const ICON_NAMES = [
    'web',
    'app',
    'email',
    'sms',
    'phone',
    'chat',
    'social',
    'ads',
    'store',
    'event',
    'mail',
    'partner',
    'online',
    'offline',
    'channel',
    'persona',
    'owner',
    'goal',
    'trigger',
    'action',
    'stakeholders',
    'kpi',
    'loop'
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/** What a group draws: the kinds of model element the preview links to the source, and the visual diff's own parts. */
export const GROUP_KINDS = [
    'journey',
    'stage',
    'touchpoint',
    'touchpoint-details',
    'emotion',
    'pain',
    'opportunity',
    'stakeholder',
    'influence',
    'quadrant',
    'emotion-line',
    'persona',
    'flow',
    'kpi',
    'benchmark',
    'diff-panel',
    'diff-legend',
    'diff-changed',
    'diff-removed'
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A group: the unit the preview clicks and a diff highlights when it names a model element. */
export interface GroupMark {
    type: 'group';
    /** Stable element id, unique in the scene, derived from model ids (e.g. `cj-touchpoint-Pricing`). */
    id?: string;
    /** What model element this draws (`touchpoint`, `pain`, `stakeholder`…), for click-to-source. */
    kind?: GroupKind;
    /** The model element's id. */
    modelId?: string;
    /** Position of a pain or opportunity inside its touchpoint, a benchmark inside its KPI. */
    index?: number;
    /** The full text, shown as a tooltip (`<title>`), so truncated text is never lost. */
    tooltip?: string;
    /** Set by a visual diff: the element is new, or changed, since the version compared with. */
    diff?: 'added' | 'changed';
    children: Mark[];
}

/**
 * A picture the journey names (a persona's photo, a touchpoint's screenshot), scaled to
 * cover its box. `href` is what the host made of the image file: a data URI in files (so
 * they stay self-contained), a webview resource in the preview.
 */
export interface ImageMark {
    type: 'image';
    x: number;
    y: number;
    width: number;
    height: number;
    href: string;
}

export type Mark = RectMark | CircleMark | PathMark | TextMark | IconMark | ImageMark | GroupMark;

export interface Scene {
    view: ViewName;
    width: number;
    height: number;
    /** The accessible title of the drawing. */
    title: string;
    /** The accessible description (`<desc>`): what the drawing shows, in one paragraph of words. */
    description?: string;
    /** Said in the drawing too: simplifications taken for huge journeys, missing data. */
    notes: string[];
    marks: Mark[];
}
