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

const LEGENDS: Readonly<Record<ViewName, readonly LegendEntry[]>> = {
    map: [
        { label: 'Touchpoint', swatch: '<rect class="cj-card" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Stage', swatch: '<rect class="cj-stage-header" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Pleased or delighted', swatch: '<circle class="cj-emotion-pleased" cx="12" cy="7" r="5"/>' },
        { label: 'Frustrated or angry', swatch: '<circle class="cj-emotion-angry" cx="12" cy="7" r="5"/>' },
        { label: 'Pain point', swatch: '<rect class="cj-pain" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Opportunity', swatch: '<rect class="cj-opportunity" x="1" y="1" width="22" height="12" rx="2"/>' },
        {
            label: 'Loop back',
            swatch: '<line class="cj-edge-loop" x1="1" y1="7" x2="23" y2="7" stroke-width="1.6" stroke-dasharray="4 3"/>'
        }
    ],
    stakeholders: [
        { label: 'Champion or supporter', swatch: '<circle class="cj-attitude-supporter" cx="12" cy="7" r="6"/>' },
        { label: 'Sceptic or blocker', swatch: '<circle class="cj-attitude-blocker" cx="12" cy="7" r="6"/>' },
        { label: 'Manage closely', swatch: '<rect class="cj-quadrant-manage-closely" x="1" y="1" width="22" height="12"/>' },
        { label: 'Influences', swatch: '<line class="cj-influence" x1="1" y1="7" x2="23" y2="7" stroke-width="1.6"/>' }
    ],
    flow: [
        { label: 'Touchpoint', swatch: '<rect class="cj-card" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Stage', swatch: '<rect class="cj-container" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Flow step', swatch: '<line class="cj-edge" x1="1" y1="7" x2="23" y2="7" stroke-width="1.6"/>' },
        {
            label: 'Loop back',
            swatch: '<line class="cj-edge-loop" x1="1" y1="7" x2="23" y2="7" stroke-width="1.6" stroke-dasharray="4 3"/>'
        }
    ],
    opportunities: [
        { label: 'Quick wins', swatch: '<rect class="cj-portfolio-quick-win" x="1" y="1" width="22" height="12"/>' },
        { label: 'Big bets', swatch: '<rect class="cj-portfolio-big-bet" x="1" y="1" width="22" height="12"/>' },
        { label: 'Opportunity (status by shape)', swatch: '<rect class="cj-card" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Idea', swatch: '<circle class="cj-opportunity-mark" cx="12" cy="7" r="5"/>' },
        { label: 'Planned', swatch: '<path class="cj-opportunity-mark" d="M12 1 L18 7 L12 13 L6 7 Z"/>' }
    ],
    blueprint: [
        { label: 'Customer step', swatch: '<rect class="cj-card" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Blueprint entry', swatch: '<rect class="cj-card" x="1" y="1" width="22" height="12" rx="2"/>' },
        {
            label: 'Line of visibility',
            swatch: '<line class="cj-axis" x1="1" y1="7" x2="23" y2="7" stroke-width="2" stroke-dasharray="8 5"/>'
        }
    ],
    summary: [
        { label: 'Persona curve', swatch: '<line class="cj-persona-line-0" x1="1" y1="7" x2="23" y2="7" stroke-width="2.5"/>' },
        { label: 'Baseline (faded)', swatch: '<line class="cj-baseline-line" x1="1" y1="7" x2="23" y2="7" stroke-width="4"/>' },
        { label: 'Pain point', swatch: '<rect class="cj-pain" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'KPI', swatch: '<rect class="cj-kpi" x="1" y="1" width="22" height="12" rx="2"/>' }
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
