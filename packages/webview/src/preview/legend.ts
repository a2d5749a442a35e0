/**
 * The legend: what the shapes and colours of the current view mean. Its swatches are small
 * SVGs with the same classes as the map, so they take the same theme colours.
 */
import type { ViewKind } from '../protocol.js';
import { element } from './dom.js';

interface LegendEntry {
    label: string;
    /** SVG markup drawn in a 24×14 box; constant strings only (never user text). */
    swatch: string;
}

const LEGENDS: Readonly<Record<ViewKind, readonly LegendEntry[]>> = {
    journey: [
        { label: 'Touchpoint', swatch: '<rect class="cj-touchpoint" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Pleased or delighted', swatch: '<rect class="cj-touchpoint cj-emotion-pleased" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Frustrated or angry', swatch: '<rect class="cj-touchpoint cj-emotion-frustrated" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Stage', swatch: '<rect class="cj-stage" x="1" y="1" width="22" height="12"/>' },
        { label: 'KPI', swatch: '<rect class="cj-kpi" x="1" y="1" width="22" height="12"/>' }
    ],
    stakeholders: [
        { label: 'Supporter, champion or neutral', swatch: '<circle class="cj-stakeholder" cx="12" cy="7" r="6"/>' },
        { label: 'Sceptic or blocker', swatch: '<circle class="cj-stakeholder cj-attitude-blocker" cx="12" cy="7" r="6"/>' },
        { label: 'Power/interest quadrant', swatch: '<rect class="cj-quadrant" x="1" y="1" width="22" height="12"/>' }
    ],
    flow: [
        { label: 'Touchpoint', swatch: '<rect class="cj-touchpoint" x="1" y="1" width="22" height="12" rx="2"/>' },
        { label: 'Flow step', swatch: '<line class="cj-flow" x1="1" y1="7" x2="23" y2="7"/>' },
        { label: 'Loop back', swatch: '<line class="cj-flow cj-flow-back" x1="1" y1="7" x2="23" y2="7"/>' }
    ]
};

const SVG_NS = 'http://www.w3.org/2000/svg';

export class Legend {
    readonly element = element('aside', { class: 'cj-legend', 'aria-label': 'Legend', hidden: '' });

    show(view: ViewKind, open: boolean): void {
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
