/**
 * TEMPORARY SCAFFOLD — replaced by the layout and SVG renderer of issue 5 (branch `render`)
 * when it lands; it must not ship. It draws just enough of the three views, with the same
 * contract the preview relies on (elements carry `data-cj-kind` / `data-cj-id`, classes
 * instead of inline styles, everything escaped), so the extension, the preview and the
 * end-to-end tests can be built before the real renderer exists.
 */
import type { Journey, Level } from '@cjourney/language/model';
import type { ExportTheme, LayoutDirection, ViewKind } from './protocol.js';

export interface ScaffoldOptions {
    direction: LayoutDirection;
    /** Set for exported files: embeds a fixed palette; the preview styles classes itself. */
    theme?: ExportTheme;
}

export function renderView(journey: Journey, view: ViewKind, options: ScaffoldOptions): string {
    const drawn = view === 'journey' ? drawJourney(journey) : view === 'stakeholders' ? drawStakeholders(journey) : drawFlow(journey, options.direction);
    const style = options.theme ? `<style>${exportStylesheet(options.theme)}</style>` : '';
    return `<svg xmlns="http://www.w3.org/2000/svg" class="cj-map cj-view-${view}" viewBox="0 0 ${drawn.width} ${drawn.height}" width="${drawn.width}" height="${drawn.height}">${style}${drawn.body}</svg>`;
}

interface Drawn {
    body: string;
    width: number;
    height: number;
}

const STAGE_WIDTH = 220;
const CARD_HEIGHT = 56;

function drawJourney(journey: Journey): Drawn {
    const parts: string[] = [`<text class="cj-title" x="10" y="24">${escape(journey.title)}</text>`];
    let tallest = 0;
    journey.stages.forEach((stage, column) => {
        const x = 10 + column * STAGE_WIDTH;
        parts.push(`<g id="cj-stage-${escape(stage.id)}" data-cj-kind="stage" data-cj-id="${escape(stage.id)}"><rect class="cj-stage" x="${x}" y="40" width="${STAGE_WIDTH - 10}" height="30"/><text class="cj-label" x="${x + 8}" y="60">${escape(stage.title)}</text></g>`);
        stage.touchpointIds.forEach((id, row) => {
            const touchpoint = journey.touchpoints.find(t => t.id === id);
            if (!touchpoint) return;
            const y = 80 + row * (CARD_HEIGHT + 10);
            tallest = Math.max(tallest, y + CARD_HEIGHT);
            const emotion = touchpoint.emotion ? ` cj-emotion-${touchpoint.emotion}` : '';
            parts.push(`<g id="cj-touchpoint-${escape(id)}" data-cj-kind="touchpoint" data-cj-id="${escape(id)}"><rect class="cj-touchpoint${emotion}" x="${x}" y="${y}" width="${STAGE_WIDTH - 10}" height="${CARD_HEIGHT}" rx="4"/><text class="cj-label" x="${x + 8}" y="${y + 22}">${escape(touchpoint.title)}</text><text class="cj-note" x="${x + 8}" y="${y + 42}">${escape(touchpoint.channelId ?? '')}</text></g>`);
        });
    });
    const kpiY = Math.max(tallest, 80) + 20;
    journey.kpis.forEach((kpi, index) => {
        const x = 10 + index * STAGE_WIDTH;
        parts.push(`<g id="cj-kpi-${escape(kpi.id)}" data-cj-kind="kpi" data-cj-id="${escape(kpi.id)}"><rect class="cj-kpi" x="${x}" y="${kpiY}" width="${STAGE_WIDTH - 10}" height="40"/><text class="cj-label" x="${x + 8}" y="${kpiY + 24}">${escape(`${kpi.title}: ${kpi.current?.text ?? '?'} → ${kpi.target?.text ?? '?'}`)}</text></g>`);
    });
    const columns = Math.max(journey.stages.length, journey.kpis.length, 1);
    return { body: parts.join(''), width: 20 + columns * STAGE_WIDTH, height: kpiY + 60 };
}

const LEVEL_POSITION: Readonly<Record<Level, number>> = { low: 0.17, medium: 0.5, high: 0.83 };

function drawStakeholders(journey: Journey): Drawn {
    const size = 600;
    const parts = [
        `<rect class="cj-quadrant" x="0" y="0" width="${size / 2}" height="${size / 2}"/><text class="cj-note" x="10" y="20">Keep satisfied</text>`,
        `<rect class="cj-quadrant" x="${size / 2}" y="0" width="${size / 2}" height="${size / 2}"/><text class="cj-note" x="${size / 2 + 10}" y="20">Manage closely</text>`,
        `<rect class="cj-quadrant" x="0" y="${size / 2}" width="${size / 2}" height="${size / 2}"/><text class="cj-note" x="10" y="${size / 2 + 20}">Monitor</text>`,
        `<rect class="cj-quadrant" x="${size / 2}" y="${size / 2}" width="${size / 2}" height="${size / 2}"/><text class="cj-note" x="${size / 2 + 10}" y="${size / 2 + 20}">Keep informed</text>`
    ];
    journey.stakeholders.forEach((stakeholder, index) => {
        const x = size * LEVEL_POSITION[stakeholder.interest ?? 'low'] + (index % 3) * 14;
        const y = size * (1 - LEVEL_POSITION[stakeholder.power ?? 'low']) + (index % 4) * 14;
        parts.push(`<g id="cj-stakeholder-${escape(stakeholder.id)}" data-cj-kind="stakeholder" data-cj-id="${escape(stakeholder.id)}"><circle class="cj-stakeholder cj-attitude-${stakeholder.attitude}" cx="${x}" cy="${y}" r="9"/><text class="cj-label" x="${x + 14}" y="${y + 5}">${escape(stakeholder.title)}</text></g>`);
    });
    return { body: parts.join(''), width: size, height: size };
}

function drawFlow(journey: Journey, direction: LayoutDirection): Drawn {
    const position = new Map(journey.path.map((id, index) => [id, direction === 'right' ? { x: 10 + index * 230, y: 20 } : { x: 10, y: 20 + index * 90 }]));
    const parts: string[] = [];
    for (const step of journey.flows) {
        const from = position.get(step.from);
        const to = position.get(step.to);
        if (from && to) parts.push(`<line class="cj-flow${step.backward ? ' cj-flow-back' : ''}" x1="${from.x + 100}" y1="${from.y + 28}" x2="${to.x + 100}" y2="${to.y + 28}"/>`);
    }
    for (const [id, { x, y }] of position) {
        const touchpoint = journey.touchpoints.find(t => t.id === id);
        parts.push(`<g id="cj-flow-touchpoint-${escape(id)}" data-cj-kind="touchpoint" data-cj-id="${escape(id)}"><rect class="cj-touchpoint" x="${x}" y="${y}" width="200" height="${CARD_HEIGHT}" rx="4"/><text class="cj-label" x="${x + 8}" y="${y + 32}">${escape(touchpoint?.title ?? id)}</text></g>`);
    }
    const count = Math.max(1, journey.path.length);
    return { body: parts.join(''), width: direction === 'right' ? 20 + count * 230 : 240, height: direction === 'right' ? 100 : 40 + count * 90 };
}

/** Maps the scaffold's classes to VS Code theme variables, for the preview. */
export function previewStylesheet(): string {
    return `
.cj-map text { font-family: var(--vscode-font-family); font-size: 13px; fill: var(--vscode-editor-foreground); }
.cj-map .cj-title { font-size: 16px; font-weight: 600; }
.cj-map .cj-note { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.cj-map .cj-stage, .cj-map .cj-quadrant { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, transparent); }
.cj-map .cj-touchpoint, .cj-map .cj-kpi { fill: var(--vscode-editor-background); stroke: var(--vscode-editor-foreground); stroke-width: 1; }
.cj-map .cj-emotion-delighted, .cj-map .cj-emotion-pleased { stroke: var(--vscode-charts-green); stroke-width: 2; }
.cj-map .cj-emotion-frustrated, .cj-map .cj-emotion-angry { stroke: var(--vscode-charts-red); stroke-width: 2; }
.cj-map .cj-stakeholder { fill: var(--vscode-charts-blue); }
.cj-map .cj-attitude-blocker, .cj-map .cj-attitude-sceptic { fill: var(--vscode-charts-red); }
.cj-map .cj-flow { stroke: var(--vscode-editor-foreground); stroke-width: 1.5; }
.cj-map .cj-flow-back { stroke-dasharray: 4 3; }
`;
}

function exportStylesheet(theme: ExportTheme): string {
    const [background, foreground] = theme === 'light' ? ['#ffffff', '#1f1f1f'] : ['#1f1f1f', '#e6e6e6'];
    return previewStylesheet()
        .replace('var(--vscode-font-family)', 'sans-serif')
        .replace(/var\(--vscode-editor-background\)|var\(--vscode-editorWidget-background\)/g, background)
        .replace(/var\(--vscode-[\w-]+(, [\w]+)?\)/g, foreground);
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
}
