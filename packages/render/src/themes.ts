/**
 * The palettes of the views as data: light and dark for export, dark and light high
 * contrast for the preview, and the preview stylesheet that maps each role to VS Code's theme variables
 * (with the palette colour as fallback). The SVG carries the palette as presentation
 * attributes, which any stylesheet rule overrides: the preview needs no inline style, which
 * its Content-Security-Policy forbids.
 */
import { ROLES, type Role } from './layout/scene.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-light'] as const;
export type ThemeKind = (typeof THEMES)[number];

/** How one role is painted; text roles use `fill` only. */
export interface Paint {
    fill?: string;
    stroke?: string;
}

export type Palette = Readonly<Record<Role, Paint>>;

type Colours = Readonly<Record<string, string>>;

/** A palette from a small set of named colours, so the three themes differ only in their colours. */
function palette(c: Colours): Palette {
    const text = (colour: string): Paint => ({ fill: colour });
    const box = (fill: string, stroke: string): Paint => ({ fill, stroke });
    const line = (stroke: string): Paint => ({ stroke });
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
        'goal-text': text(c.text),
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
        moment: box(c.noticeLine, c.noticeText),
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
        'kpi-bad': text(c.bad),
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
        halo: line(c.band),
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
    };
}

// Text colours meet WCAG AA (4.5:1) on every box they are drawn on (test/contrast.test.ts):
// the placeholder grey, the attitude markers behind their white symbols and the dark pain mark were darkened or lightened for it.
const LIGHT: Colours = {
    background: '#ffffff',
    strong: '#1b1f24',
    text: '#2d333b',
    muted: '#59636e',
    faint: '#656d76',
    noticeText: '#7d4e00',
    noticeFill: '#fff8c5',
    noticeLine: '#d4a72c',
    band: '#f6f8fa',
    headerFill: '#e7eef8',
    headerLine: '#c8d6ea',
    headerText: '#1c3557',
    accent: '#3568b0',
    card: '#ffffff',
    cardLine: '#d0d7de',
    tag: '#eef1f5',
    tagText: '#3f4a57',
    icon: '#4f6072',
    thought: '#f3effb',
    thoughtText: '#553f8c',
    grid: '#e4e8ec',
    delighted: '#1a7f37',
    pleased: '#5a9e2f',
    neutral: '#636c76',
    frustrated: '#c96a10',
    angry: '#cf222e',
    persona0: '#3568b0',
    persona1: '#8250df',
    persona2: '#b35c00',
    persona3: '#16808c',
    persona4: '#b3367a',
    persona5: '#57606a',
    painFill: '#fff1f0',
    painLine: '#f0b8b4',
    painText: '#6e1d18',
    painMark: '#cf222e',
    oppFill: '#edf7ef',
    oppLine: '#a7d7b1',
    oppText: '#1d4f2c',
    oppMark: '#1a7f37',
    track: '#e4e8ec',
    benchmark: '#8250df',
    good: '#1a7f37',
    bad: '#a85400',
    edge: '#6e7781',
    loop: '#8250df',
    qManage: '#fbe9e7',
    qSatisfied: '#fdf3e1',
    qInformed: '#e6f0fa',
    qMonitor: '#f1f3f5',
    axis: '#6e7781',
    champion: '#116329',
    supporter: '#2f7d3c',
    sceptic: '#a35200',
    blocker: '#cf222e',
    markerLine: '#ffffff',
    symbol: '#ffffff',
    added: '#1a7f37',
    changed: '#bf8700',
    removed: '#cf222e',
    badgeText: '#ffffff'
};

const DARK: Colours = {
    background: '#161b22',
    strong: '#e6edf3',
    text: '#c9d1d9',
    muted: '#9ba5b0',
    faint: '#9198a1',
    noticeText: '#e3b341',
    noticeFill: '#3a2e10',
    noticeLine: '#9e6a03',
    band: '#1c2129',
    headerFill: '#1f2d42',
    headerLine: '#2f4566',
    headerText: '#d2e3f8',
    accent: '#5b9bea',
    card: '#22272e',
    cardLine: '#3d444d',
    tag: '#2d333b',
    tagText: '#b8c1cb',
    icon: '#9fb1c7',
    thought: '#2a2540',
    thoughtText: '#c9b8fb',
    grid: '#30363d',
    delighted: '#3fb950',
    pleased: '#8bc34a',
    neutral: '#8b949e',
    frustrated: '#f0883e',
    angry: '#f85149',
    persona0: '#5b9bea',
    persona1: '#bc8cff',
    persona2: '#f0883e',
    persona3: '#39c5cf',
    persona4: '#f778ba',
    persona5: '#b1bac4',
    painFill: '#3b1f21',
    painLine: '#8e3a37',
    painText: '#ffc1bc',
    painMark: '#ff6b63',
    oppFill: '#17301f',
    oppLine: '#2e6b3b',
    oppText: '#aee6b8',
    oppMark: '#3fb950',
    track: '#30363d',
    benchmark: '#bc8cff',
    good: '#3fb950',
    bad: '#f0883e',
    edge: '#8b949e',
    loop: '#bc8cff',
    qManage: '#3a2326',
    qSatisfied: '#382d1b',
    qInformed: '#1b2b3e',
    qMonitor: '#21262d',
    axis: '#8b949e',
    champion: '#2ea043',
    supporter: '#7ee787',
    sceptic: '#f0883e',
    blocker: '#f85149',
    markerLine: '#161b22',
    symbol: '#0d1117',
    added: '#3fb950',
    changed: '#d29922',
    removed: '#f85149',
    badgeText: '#0d1117'
};

const HIGH_CONTRAST: Colours = {
    ...DARK,
    background: '#000000',
    strong: '#ffffff',
    text: '#ffffff',
    muted: '#e0e0e0',
    faint: '#c0c0c0',
    band: '#000000',
    headerFill: '#000000',
    headerLine: '#6fc3df',
    headerText: '#ffffff',
    accent: '#f38518',
    card: '#000000',
    cardLine: '#6fc3df',
    tag: '#000000',
    tagText: '#ffffff',
    icon: '#ffffff',
    grid: '#6fc3df',
    thought: '#000000',
    thoughtText: '#ffffff',
    painFill: '#000000',
    painLine: '#f48771',
    painText: '#ffffff',
    oppFill: '#000000',
    oppLine: '#89d185',
    oppText: '#ffffff',
    track: '#3a3a3a',
    markerLine: '#ffffff',
    qManage: '#1a0a0a',
    qSatisfied: '#1a140a',
    qInformed: '#0a121a',
    qMonitor: '#0d0d0d'
};

/**
 * VS Code's light high-contrast theme: black text on white everywhere, pains and opportunities
 * included (light fills, dark text), boxes outlined in the theme's dark blue.
 */
const HIGH_CONTRAST_LIGHT: Colours = {
    ...LIGHT,
    strong: '#000000',
    text: '#000000',
    muted: '#292929',
    faint: '#3b3b3b',
    noticeText: '#4d3000',
    band: '#ffffff',
    headerFill: '#ffffff',
    headerLine: '#0f4a85',
    headerText: '#000000',
    accent: '#0f4a85',
    cardLine: '#0f4a85',
    tag: '#ffffff',
    tagText: '#000000',
    icon: '#000000',
    grid: '#0f4a85',
    thought: '#ffffff',
    thoughtText: '#000000',
    painFill: '#fff5f4',
    painLine: '#b5200d',
    painText: '#000000',
    oppFill: '#f2fbf3',
    oppLine: '#2d7a31',
    oppText: '#000000',
    markerLine: '#000000',
    qManage: '#fff7f6',
    qSatisfied: '#fffbf2',
    qInformed: '#f4f9fe',
    qMonitor: '#fafafa'
};

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
