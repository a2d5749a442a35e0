/**
 * The legend: what the shapes and colours of the current view mean. Its swatches are small
 * SVGs with the same classes as the map, so they take the same theme colours.
 */
import type { ViewName } from '../protocol.js';
import { element } from './dom.js';

interface LegendEntry {
    label: string;
    /** SVG markup drawn in a 24×14 box; constant strings only (never user text). */
    swatch: string;
}

/** A card's rounded box, as the map draws touchpoints, stages, pains… */
const card = (cls: string) => `<rect class="${cls}" x="1" y="1" width="22" height="12" rx="2"/>`;
/** A square-cornered area, as the quadrants and portfolio cells. */
const block = (cls: string) => `<rect class="${cls}" x="1" y="1" width="22" height="12"/>`;
const dot = (cls: string, radius: number) => `<circle class="${cls}" cx="12" cy="7" r="${radius}"/>`;
/** A horizontal line `width` thick, dashed when `dash` (an SVG dash pattern) is given. */
const rule = (cls: string, { width, dash }: { width: number; dash?: string }) =>
    `<line class="${cls}" x1="1" y1="7" x2="23" y2="7" stroke-width="${width}"${dash === undefined ? '' : ` stroke-dasharray="${dash}"`}/>`;

const LEGENDS: Readonly<Record<ViewName, readonly LegendEntry[]>> = {
    map: [
        { label: 'Touchpoint', swatch: card('cj-card') },
        { label: 'Stage', swatch: card('cj-stage-header') },
        { label: 'Pleased or delighted', swatch: dot('cj-emotion-pleased', 5) },
        { label: 'Frustrated or angry', swatch: dot('cj-emotion-angry', 5) },
        { label: 'Pain point', swatch: card('cj-pain') },
        { label: 'Opportunity', swatch: card('cj-opportunity') },
        { label: 'Loop back', swatch: rule('cj-edge-loop', { width: 1.6, dash: '4 3' }) }
    ],
    stakeholders: [
        { label: 'Champion or supporter', swatch: dot('cj-attitude-supporter', 6) },
        { label: 'Sceptic or blocker', swatch: dot('cj-attitude-blocker', 6) },
        { label: 'Manage closely', swatch: block('cj-quadrant-manage-closely') },
        { label: 'Influences', swatch: rule('cj-influence', { width: 1.6 }) }
    ],
    flow: [
        { label: 'Touchpoint', swatch: card('cj-card') },
        { label: 'Stage', swatch: card('cj-container') },
        { label: 'Flow step', swatch: rule('cj-edge', { width: 1.6 }) },
        { label: 'Loop back', swatch: rule('cj-edge-loop', { width: 1.6, dash: '4 3' }) }
    ],
    opportunities: [
        { label: 'Quick wins', swatch: block('cj-portfolio-quick-win') },
        { label: 'Big bets', swatch: block('cj-portfolio-big-bet') },
        { label: 'Opportunity (status by shape)', swatch: card('cj-card') },
        { label: 'Idea', swatch: dot('cj-opportunity-mark', 5) },
        { label: 'Planned', swatch: '<path class="cj-opportunity-mark" d="M12 1 L18 7 L12 13 L6 7 Z"/>' }
    ],
    blueprint: [
        { label: 'Customer step', swatch: card('cj-card') },
        { label: 'Blueprint entry', swatch: card('cj-card') },
        { label: 'Line of visibility', swatch: rule('cj-axis', { width: 2, dash: '8 5' }) }
    ],
    summary: [
        { label: 'Persona curve', swatch: rule('cj-persona-line-0', { width: 2.5 }) },
        { label: 'Baseline (faded)', swatch: rule('cj-baseline-line', { width: 4 }) },
        { label: 'Pain point', swatch: card('cj-pain') },
        { label: 'KPI', swatch: card('cj-kpi') }
    ]
};

const SVG_NS = 'http://www.w3.org/2000/svg';

export class Legend {
    readonly element = element('aside', { class: 'cj-legend', 'aria-label': 'Legend', hidden: '' });

    show(view: ViewName, open: boolean): void {
        this.element.hidden = !open;
        if (!open || this.element.dataset.view === view) return;
        this.element.dataset.view = view;
        const rows = LEGENDS[view].map(entry => {
            const swatch = document.createElementNS(SVG_NS, 'svg');
            swatch.setAttribute('class', 'cj-map cj-legend-swatch');
            swatch.setAttribute('viewBox', '0 0 24 14');
            swatch.setAttribute('width', '24');
            swatch.setAttribute('height', '14');
            swatch.innerHTML = entry.swatch;
            return element('li', {}, swatch, entry.label);
        });
        this.element.replaceChildren(element('h2', {}, 'Legend'), element('ul', {}, ...rows));
    }
}
