/**
 * The palettes of the views as data (their named colours are in themes-colours.ts): light
 * and dark for export, dark and light high contrast for the preview, and the preview stylesheet that maps each role to VS Code's theme variables
 * (with the palette colour as fallback). The SVG carries the palette as presentation
 * attributes, which any stylesheet rule overrides: the preview needs no inline style, which
 * its Content-Security-Policy forbids.
 */
import { ROLES, type Role } from './layout/scene.js';
import { DARK, HIGH_CONTRAST, HIGH_CONTRAST_LIGHT, LIGHT, type Colours } from './themes-colours.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-light'] as const;
export type ThemeKind = (typeof THEMES)[number];

/** How one role is painted; text roles use `fill` only. */
export interface Paint {
    fill?: string;
    stroke?: string;
}

export type Palette = Readonly<Record<Role, Paint>>;

/** Paints of a text role (fill only), a box (fill and outline) and a line (stroke only). */
const text = (colour: string): Paint => ({ fill: colour });
const box = (fill: string, stroke: string): Paint => ({ fill, stroke });
const line = (stroke: string): Paint => ({ stroke });

/** The page, its notices, the stage headers and lanes, and the cards, tags and thoughts in them. */
function pagePaints(c: Colours) {
    return {
        background: { fill: c.background },
        title: text(c.strong),
        text: text(c.text),
        muted: text(c.muted),
        notice: text(c.noticeText),
        'notice-box': box(c.noticeFill, c.noticeLine),
        'stage-band': box(c.band, c.band),
        'stage-header': box(c.headerFill, c.headerLine),
        'stage-header-text': text(c.headerText),
        'stage-accent': { fill: c.accent },
        'lane-label': text(c.muted),
        'lane-divider': line(c.grid),
        card: box(c.card, c.cardLine),
        'card-title': text(c.strong),
        'card-accent': { fill: c.accent },
        tag: box(c.tag, c.tag),
        'tag-text': text(c.tagText),
        icon: line(c.icon),
        placeholder: text(c.faint),
        thought: box(c.thought, c.thought),
        'thought-text': text(c.thoughtText),
        'goal-text': text(c.text)
    } satisfies Partial<Palette>;
}

/** The emotion and persona curves, the baseline and visibility lines and the moments of truth. */
function curvePaints(c: Colours) {
    return {
        'emotion-grid': line(c.grid),
        'emotion-label': text(c.muted),
        'emotion-line': line(c.accent),
        'emotion-delighted': box(c.delighted, c.card),
        'emotion-pleased': box(c.pleased, c.card),
        'emotion-neutral': box(c.neutral, c.card),
        'emotion-frustrated': box(c.frustrated, c.card),
        'emotion-angry': box(c.angry, c.card),
        'persona-line-0': line(c.persona0),
        'persona-line-1': line(c.persona1),
        'persona-line-2': line(c.persona2),
        'persona-line-3': line(c.persona3),
        'persona-line-4': line(c.persona4),
        'persona-line-5': line(c.persona5),
        'persona-point-0': box(c.persona0, c.card),
        'persona-point-1': box(c.persona1, c.card),
        'persona-point-2': box(c.persona2, c.card),
        'persona-point-3': box(c.persona3, c.card),
        'persona-point-4': box(c.persona4, c.card),
        'persona-point-5': box(c.persona5, c.card),
        'baseline-line': line(c.faint),
        'baseline-point': box(c.band, c.faint),
        'visibility-line': line(c.accent),
        moment: box(c.noticeLine, c.noticeText)
    } satisfies Partial<Palette>;
}

/** Pains and opportunities, stakeholder chips, needs and KPIs. */
function cellPaints(c: Colours) {
    return {
        'kpi-close': text(c.noticeText),
        pain: box(c.painFill, c.painLine),
        'pain-text': text(c.painText),
        'pain-mark': { fill: c.painMark },
        opportunity: box(c.oppFill, c.oppLine),
        'opportunity-text': text(c.oppText),
        'opportunity-mark': { fill: c.oppMark },
        'pair-link': line(c.oppMark),
        'stakeholder-chip': box(c.tag, c.cardLine),
        'need-text': text(c.text),
        kpi: box(c.card, c.cardLine),
        'kpi-track': { fill: c.track },
        'kpi-current': { fill: c.accent },
        'kpi-target': box(c.strong, c.strong),
        'kpi-benchmark': box(c.benchmark, c.card),
        'kpi-good': text(c.good),
        'kpi-bad': text(c.bad)
    } satisfies Partial<Palette>;
}

/** The flow's edges and stage containers, and the stakeholder grid's quadrants, axes, markers and legend. */
function graphPaints(c: Colours) {
    return {
        edge: line(c.edge),
        'edge-arrow': { fill: c.edge },
        'edge-loop': line(c.loop),
        'edge-loop-arrow': { fill: c.loop },
        'edge-label': text(c.loop),
        container: box(c.band, c.cardLine),
        'container-header': text(c.headerText),
        'quadrant-manage-closely': { fill: c.qManage },
        'quadrant-keep-satisfied': { fill: c.qSatisfied },
        'quadrant-keep-informed': { fill: c.qInformed },
        'quadrant-monitor': { fill: c.qMonitor },
        'quadrant-label': text(c.strong),
        axis: line(c.axis),
        'axis-label': text(c.muted),
        'band-divider': line(c.cardLine),
        'attitude-champion': box(c.champion, c.markerLine),
        'attitude-supporter': box(c.supporter, c.markerLine),
        'attitude-neutral': box(c.neutral, c.markerLine),
        'attitude-sceptic': box(c.sceptic, c.markerLine),
        'attitude-blocker': box(c.blocker, c.markerLine),
        'attitude-symbol': text(c.symbol),
        influence: line(c.edge),
        'influence-arrow': { fill: c.edge },
        'legend-box': box(c.card, c.cardLine),
        halo: line(c.band)
    } satisfies Partial<Palette>;
}

/** The visual diff's marks, the opportunity portfolio's quadrants and the KPI statuses. */
function statusPaints(c: Colours) {
    return {
        'diff-added': line(c.added),
        'diff-changed': line(c.changed),
        'diff-added-badge': box(c.added, c.background),
        'diff-changed-badge': box(c.changed, c.background),
        'diff-removed-badge': box(c.removed, c.background),
        'diff-badge-text': text(c.badgeText),
        'diff-ghost': box(c.band, c.removed),
        'diff-removed-text': text(c.removed),
        'diff-panel': box(c.band, c.cardLine),
        'portfolio-quick-win': { fill: c.oppFill },
        'portfolio-big-bet': { fill: c.qInformed },
        'portfolio-fill-in': { fill: c.qMonitor },
        'portfolio-money-pit': { fill: c.qManage },
        'kpi-status-met': text(c.good),
        'kpi-status-close': text(c.noticeText),
        'kpi-status-off': text(c.painMark),
        'kpi-status-unknown': text(c.muted)
    } satisfies Partial<Palette>;
}

/** A palette from a small set of named colours, so the three themes differ only in their colours. */
function palette(c: Colours): Palette {
    // Each group is checked to name only roles; together they must paint every role.
    return { ...pagePaints(c), ...curvePaints(c), ...cellPaints(c), ...graphPaints(c), ...statusPaints(c) };
}

export const PALETTES: Readonly<Record<ThemeKind, Palette>> = {
    light: palette(LIGHT),
    dark: palette(DARK),
    'high-contrast': palette(HIGH_CONTRAST),
    'high-contrast-light': palette(HIGH_CONTRAST_LIGHT)
};

/** VS Code theme variables per role; roles not listed keep the palette's colours. */
const VSCODE_VARIABLES: Partial<Record<Role, { fill?: string; stroke?: string }>> = {
    background: { fill: '--vscode-editor-background' },
    title: { fill: '--vscode-editor-foreground' },
    text: { fill: '--vscode-editor-foreground' },
    muted: { fill: '--vscode-descriptionForeground' },
    notice: { fill: '--vscode-editorWarning-foreground' },
    'notice-box': { fill: '--vscode-inputValidation-warningBackground', stroke: '--vscode-inputValidation-warningBorder' },
    'stage-band': { fill: '--vscode-sideBar-background', stroke: '--vscode-sideBar-background' },
    'stage-header': { fill: '--vscode-sideBarSectionHeader-background', stroke: '--vscode-panel-border' },
    'stage-header-text': { fill: '--vscode-sideBarTitle-foreground' },
    'stage-accent': { fill: '--vscode-focusBorder' },
    'lane-label': { fill: '--vscode-descriptionForeground' },
    'lane-divider': { stroke: '--vscode-panel-border' },
    card: { fill: '--vscode-editorWidget-background', stroke: '--vscode-editorWidget-border' },
    'card-title': { fill: '--vscode-editor-foreground' },
    'card-accent': { fill: '--vscode-focusBorder' },
    tag: { fill: '--vscode-textBlockQuote-background', stroke: '--vscode-textBlockQuote-background' },
    'tag-text': { fill: '--vscode-descriptionForeground' },
    icon: { stroke: '--vscode-icon-foreground' },
    placeholder: { fill: '--vscode-disabledForeground' },
    'goal-text': { fill: '--vscode-editor-foreground' },
    'emotion-grid': { stroke: '--vscode-panel-border' },
    'emotion-label': { fill: '--vscode-descriptionForeground' },
    'emotion-line': { stroke: '--vscode-charts-blue' },
    'emotion-delighted': { fill: '--vscode-charts-green' },
    'emotion-frustrated': { fill: '--vscode-charts-orange' },
    'emotion-angry': { fill: '--vscode-charts-red' },
    'persona-line-0': { stroke: '--vscode-charts-blue' },
    'persona-line-1': { stroke: '--vscode-charts-purple' },
    'persona-line-2': { stroke: '--vscode-charts-orange' },
    'persona-point-0': { fill: '--vscode-charts-blue' },
    'persona-point-1': { fill: '--vscode-charts-purple' },
    'persona-point-2': { fill: '--vscode-charts-orange' },
    'kpi-close': { fill: '--vscode-editorWarning-foreground' },
    'pain-mark': { fill: '--vscode-charts-red' },
    'opportunity-mark': { fill: '--vscode-charts-green' },
    'pair-link': { stroke: '--vscode-charts-green' },
    'need-text': { fill: '--vscode-editor-foreground' },
    kpi: { fill: '--vscode-editorWidget-background', stroke: '--vscode-editorWidget-border' },
    'kpi-current': { fill: '--vscode-charts-blue' },
    'kpi-target': { fill: '--vscode-editor-foreground', stroke: '--vscode-editor-foreground' },
    'kpi-benchmark': { fill: '--vscode-charts-purple' },
    'kpi-good': { fill: '--vscode-charts-green' },
    'kpi-bad': { fill: '--vscode-charts-orange' },
    edge: { stroke: '--vscode-editorLineNumber-foreground' },
    'edge-arrow': { fill: '--vscode-editorLineNumber-foreground' },
    'edge-loop': { stroke: '--vscode-charts-purple' },
    'edge-loop-arrow': { fill: '--vscode-charts-purple' },
    'edge-label': { fill: '--vscode-charts-purple' },
    container: { fill: '--vscode-sideBar-background', stroke: '--vscode-panel-border' },
    'container-header': { fill: '--vscode-sideBarTitle-foreground' },
    'quadrant-label': { fill: '--vscode-editor-foreground' },
    axis: { stroke: '--vscode-descriptionForeground' },
    'axis-label': { fill: '--vscode-descriptionForeground' },
    'band-divider': { stroke: '--vscode-panel-border' },
    influence: { stroke: '--vscode-editorLineNumber-foreground' },
    'influence-arrow': { fill: '--vscode-editorLineNumber-foreground' },
    'legend-box': { fill: '--vscode-editorWidget-background', stroke: '--vscode-editorWidget-border' },
    halo: { stroke: '--vscode-sideBar-background' }
};

/** The body class VS Code gives a webview for each kind of theme. */
const BODY_CLASS: Readonly<Record<ThemeKind, string>> = {
    light: 'vscode-light',
    dark: 'vscode-dark',
    'high-contrast': 'vscode-high-contrast',
    // Listed last: its rules win where a body carries both high-contrast classes.
    'high-contrast-light': 'vscode-high-contrast-light'
};

function declarations(role: Role, kind: ThemeKind): string {
    const paint = PALETTES[kind][role];
    const variables = VSCODE_VARIABLES[role] ?? {};
    const parts: string[] = [];
    for (const property of ['fill', 'stroke'] as const) {
        const fallback = paint[property];
        const variable = variables[property];
        if (fallback && variable) {
            parts.push(`${property}: var(${variable}, ${fallback});`);
        } else if (fallback) {
            parts.push(`${property}: ${fallback};`);
        }
    }
    return parts.join(' ');
}

/**
 * The preview's stylesheet: every `cj-<role>` class painted with VS Code's theme variables
 * (palette colours as fallbacks). With a kind, the rules apply to that kind; without, the
 * rules of every kind are scoped by the body class VS Code sets (`vscode-light`,
 * `vscode-dark`, `vscode-high-contrast`, `vscode-high-contrast-light`), so one stylesheet
 * follows theme switches.
 */
export function previewStylesheet(kind?: ThemeKind): string {
    const kinds = kind ? [kind] : THEMES;
    const rules: string[] = [];
    for (const themeKind of kinds) {
        const scope = kind ? '' : `body.${BODY_CLASS[themeKind]} `;
        for (const role of ROLES) {
            rules.push(`${scope}.cj-${role} { ${declarations(role, themeKind)} }`);
        }
    }
    return rules.join('\n') + '\n';
}
