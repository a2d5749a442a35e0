/**
 * The summary's three columns: the top pains ranked by how much evidence backs them, the
 * KPIs grouped by status (in words and colour), and the quick wins. Each item is a card that
 * clicks through to its source; an empty column says how to fill it.
 */
import { KPI_STATUSES, plural, type Journey, type Kpi, type KpiStatus, type Pain, type Stage, type Touchpoint } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { calmNotice, framedCard } from '../framed-card.js';
import type { JourneyIndex } from '../journey-index.js';
import { opportunityCard } from '../opportunities/opportunity-card.js';
import { portfolioEntries, stepWords } from '../opportunities/portfolio-entries.js';
import type { Mark, Role } from '../scene.js';
import { textBlock } from '../text-block.js';

const TOP_PAINS = 5;
const MAX_KPIS = 8;
const MAX_WINS = 6;
const GAP = 10;

export interface Column {
    marks: Mark[];
    bottom: number;
}

export interface RankedPain {
    pain: Pain;
    index: number;
    touchpoint: Touchpoint;
    stage?: Stage;
}

/** Pains by evidence count, most first; equal counts keep written order. */
export function rankedPains(journey: Journey): RankedPain[] {
    const stages = new Map(journey.stages.map(stage => [stage.id, stage]));
    const all = journey.touchpoints.flatMap(touchpoint =>
        touchpoint.pains.map((pain, index) => ({ pain, index, touchpoint, stage: stages.get(touchpoint.stageId) }))
    );
    return all
        .map((entry, order) => ({ entry, order }))
        .sort((a, b) => b.entry.pain.findings.length - a.entry.pain.findings.length || a.order - b.order)
        .map(({ entry }) => entry);
}

function heading(text: string, x: number, y: number, width: number, marks: Mark[]): number {
    const block = textBlock(text, x, y, width, { size: 15, weight: 'bold', role: 'title', maxLines: 1 });
    marks.push(block.mark);
    return y + block.height + 10;
}

export function painsColumn(journey: Journey, x: number, y: number, width: number, ids: ElementIds): Column {
    const ranked = rankedPains(journey);
    const marks: Mark[] = [];
    let bottom = heading(
        `Top pains by evidence${ranked.length > TOP_PAINS ? ` · ${TOP_PAINS} of ${ranked.length}` : ''}`,
        x,
        y,
        width,
        marks
    );
    if (ranked.length === 0) {
        const notice = calmNotice(
            'No pains yet. Write pain "What hurts" evidence Source "What research found" in a touchpoint.',
            x,
            bottom,
            width
        );
        return { marks: [...marks, ...notice.marks], bottom: bottom + notice.height };
    }
    ranked.slice(0, TOP_PAINS).forEach((entry, rank) => {
        const count = entry.pain.findings.length;
        const evidence = count === 0 ? 'no evidence yet' : plural(count, 'finding');
        const where = stepWords(entry);
        const card = framedCard({
            x,
            y: bottom,
            width,
            frame: 'pain',
            id: ids.make('pain', entry.touchpoint.id, entry.index),
            kind: 'pain',
            modelId: entry.touchpoint.id,
            index: entry.index,
            tooltip: [
                `Pain ${rank + 1}: ${entry.pain.text}`,
                `${evidence}, at ${where}`,
                ...entry.pain.findings.flatMap(finding => (finding.finding ? [`• ${finding.finding}`] : []))
            ].join('\n'),
            texts: [
                { text: `${rank + 1}. ${entry.pain.text}`, size: 12.5, weight: 'bold', role: 'pain-text', maxLines: 3 },
                { text: `${evidence} · at ${where}`, size: 11, role: 'pain-text', maxLines: 2 }
            ]
        });
        marks.push(card.group);
        bottom += card.height + GAP;
    });
    return { marks, bottom };
}

const STATUS_WORDS: Readonly<Record<KpiStatus, string>> = {
    met: 'Met',
    close: 'Close to target',
    off: 'Off target',
    unknown: 'Status unknown'
};

function kpiFacts(kpi: Kpi): string {
    const parts = [
        kpi.current ? `current ${kpi.current.text}${kpi.unit ? ` ${kpi.unit}` : ''}` : 'no current value',
        kpi.target ? `target ${kpi.target.text}${kpi.targetDate ? ` by ${kpi.targetDate}` : ''}` : 'no target',
        kpi.better === 'lower' ? 'lower is better' : undefined,
        kpi.trend
    ];
    return parts.filter(Boolean).join(' · ');
}

export function kpisColumn(journey: Journey, x: number, y: number, width: number, ids: ElementIds): Column {
    const marks: Mark[] = [];
    let bottom = heading(
        `KPIs by status${journey.kpis.length > MAX_KPIS ? ` · ${MAX_KPIS} of ${journey.kpis.length}` : ''}`,
        x,
        y,
        width,
        marks
    );
    if (journey.kpis.length === 0) {
        const notice = calmNotice(
            'No KPIs yet. Write kpi Nps "Net promoter score" { current 32 target 45 } in the journey.',
            x,
            bottom,
            width
        );
        return { marks: [...marks, ...notice.marks], bottom: bottom + notice.height };
    }
    let shown = 0;
    for (const status of KPI_STATUSES) {
        const all = journey.kpis.filter(kpi => kpi.status === status);
        const kpis = all.slice(0, MAX_KPIS - shown);
        if (kpis.length === 0) continue;
        const role = `kpi-status-${status}` as Role;
        const title = textBlock(`${STATUS_WORDS[status]}  ·  ${all.length}`, x, bottom, width, {
            size: 12.5,
            weight: 'bold',
            role,
            maxLines: 1
        });
        marks.push(title.mark);
        bottom += title.height + 6;
        for (const kpi of kpis) {
            const facts = kpiFacts(kpi);
            const card = framedCard({
                x,
                y: bottom,
                width,
                frame: 'kpi',
                id: ids.make('kpi', kpi.id),
                kind: 'kpi',
                modelId: kpi.id,
                tooltip: [`${kpi.title}: ${STATUS_WORDS[status].toLowerCase()}`, facts, kpi.description].filter(Boolean).join('\n'),
                texts: [
                    { text: kpi.title, size: 12.5, weight: 'bold', role: 'card-title', maxLines: 2 },
                    { text: `${STATUS_WORDS[status].toLowerCase()} · ${facts}`, size: 11, role, maxLines: 2 }
                ]
            });
            marks.push(card.group);
            bottom += card.height + GAP;
        }
        shown += kpis.length;
        bottom += 6;
    }
    return { marks, bottom };
}

export function quickWinsColumn(journey: Journey, x: number, y: number, width: number, index: JourneyIndex, ids: ElementIds): Column {
    const wins = portfolioEntries(journey).filter(entry => entry.opportunity.portfolio === 'quick-win');
    const marks: Mark[] = [];
    let bottom = heading(`Quick wins${wins.length > MAX_WINS ? ` · ${MAX_WINS} of ${wins.length}` : ''}`, x, y, width, marks);
    if (wins.length === 0) {
        const notice = calmNotice('No quick wins yet: rate opportunities with impact high and effort low or medium.', x, bottom, width);
        return { marks: [...marks, ...notice.marks], bottom: bottom + notice.height };
    }
    for (const entry of wins.slice(0, MAX_WINS)) {
        const card = opportunityCard(entry, x, bottom, index, ids, width);
        marks.push(card.group);
        bottom += card.height + GAP;
    }
    return { marks, bottom };
}
