/**
 * The blueprint view: the customer's steps (stage columns, a card per touchpoint) over the
 * service blueprint — frontstage, the dashed line of visibility, backstage, support — with
 * who does each entry. A journey without blueprint entries gets a notice saying how to write one.
 */
import { BLUEPRINT_LANES, plural, type BlueprintLane, type Journey } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { calmNotice } from '../framed-card.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import type { LayoutOptions } from '../layout-options.js';
import type { Mark, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { entryCard, stepCard } from './blueprint-cards.js';
import { blueprintColumns, COLUMN_WIDTH, type Column } from './blueprint-columns.js';

const MARGIN = 32;
const LABEL_WIDTH = 150;
const ROW_PAD = 14;
const ENTRY_GAP = 10;
const MIN_LANE = 56;

const LANE_TEXT: Readonly<Record<'steps' | BlueprintLane, { title: string; subtitle: string }>> = {
    steps: { title: 'Customer steps', subtitle: 'what the customer does' },
    frontstage: { title: 'Frontstage', subtitle: 'what staff and systems do in sight' },
    backstage: { title: 'Backstage', subtitle: 'what happens out of sight' },
    support: { title: 'Support', subtitle: 'systems and partners behind it' }
};

/** The line drawn above each lane (none above the steps). */
const LINE_ABOVE: Readonly<Record<BlueprintLane, { label: string; dash?: number[]; width: number }>> = {
    frontstage: { label: 'line of interaction', width: 1 },
    backstage: { label: 'line of visibility', dash: [8, 5], width: 2 },
    support: { label: 'line of internal interaction', dash: [2, 4], width: 1.2 }
};

export function layoutBlueprint(journey: Journey, options: LayoutOptions): Scene {
    const ids = new ElementIds();
    const index = new JourneyIndex(journey);
    const entries = journey.touchpoints.reduce((count, touchpoint) => count + touchpoint.blueprint.length, 0);
    const facts = [
        'Service blueprint',
        plural(journey.touchpoints.length, 'customer step'),
        plural(entries, 'blueprint entry', 'blueprint entries')
    ];
    const header = journeyHeader({ title: journey.title, facts: facts.join(' · '), notices: options.notices }, MARGIN, MARGIN, 900);
    const left = MARGIN + LABEL_WIDTH;
    const { columns, stages, right } = blueprintColumns(journey, left);
    const marks: Mark[] = [...header.marks];
    let y = MARGIN + header.height + 24;
    for (const span of stages) {
        const title = textBlock(span.stage.title, span.x + 10, y + 8, span.width - 20, {
            size: 13,
            weight: 'bold',
            role: 'stage-header-text',
            maxLines: 1
        });
        marks.push({
            type: 'group',
            id: ids.make('stage', span.stage.id),
            kind: 'stage',
            modelId: span.stage.id,
            tooltip: [span.stage.title, span.stage.description].filter(Boolean).join('\n'),
            children: [{ type: 'rect', x: span.x, y, width: span.width, height: 34, radius: 6, role: 'stage-header' }, title.mark]
        });
    }
    y += 34 + 8;
    y = stepsRow(columns, y, right, index, ids, marks);
    if (entries === 0) {
        const notice = calmNotice(
            'No blueprint yet. Under a touchpoint, write frontstage "What staff do in sight" by Stakeholder, backstage "What happens out of sight" and support "The systems behind it" to draw the service blueprint here.',
            left,
            y + 16,
            Math.max(480, Math.min(760, right - left))
        );
        marks.push(...notice.marks);
        y += 16 + notice.height;
    } else {
        for (const lane of BLUEPRINT_LANES) y = laneRow(lane, columns, y, right, index, ids, marks);
    }
    const width = Math.max(right, MARGIN + header.width) + MARGIN;
    return { view: 'blueprint', width, height: y + MARGIN, title: `${journey.title} — service blueprint`, notes: [], marks };
}

function laneLabel(key: 'steps' | BlueprintLane, top: number, height: number, right: number, marks: Mark[]): void {
    const text = LANE_TEXT[key];
    const title = textBlock(text.title, MARGIN, top + ROW_PAD, LABEL_WIDTH - 16, {
        size: 13,
        weight: 'bold',
        role: 'lane-label',
        maxLines: 1
    });
    const subtitle = textBlock(text.subtitle, MARGIN, top + ROW_PAD + title.height, LABEL_WIDTH - 16, {
        size: 11,
        role: 'muted',
        maxLines: 3
    });
    marks.unshift({ type: 'rect', x: MARGIN - 8, y: top, width: right - MARGIN + 16, height, radius: 6, role: 'stage-band' });
    marks.push(title.mark, subtitle.mark);
}

function stepsRow(columns: readonly Column[], top: number, right: number, index: JourneyIndex, ids: ElementIds, marks: Mark[]): number {
    const y = top + ROW_PAD;
    const heights = columns.map(column => (column.touchpoint ? stepCard(column.touchpoint, 0, 0, 0, index, new ElementIds()).height : 0));
    const rowHeight = Math.max(MIN_LANE, ...heights);
    for (const column of columns) {
        if (column.touchpoint) {
            marks.push(stepCard(column.touchpoint, column.x, y, rowHeight, index, ids).group);
        } else {
            marks.push(
                textBlock('No touchpoints yet', column.x + 10, y + 10, COLUMN_WIDTH - 20, {
                    size: 12,
                    role: 'placeholder',
                    italic: true,
                    maxLines: 1
                }).mark
            );
        }
    }
    const height = rowHeight + 2 * ROW_PAD;
    laneLabel('steps', top, height, right, marks);
    return top + height;
}

function laneRow(
    lane: BlueprintLane,
    columns: readonly Column[],
    top: number,
    right: number,
    index: JourneyIndex,
    ids: ElementIds,
    marks: Mark[]
): number {
    const line = LINE_ABOVE[lane];
    const lineY = top + 12;
    marks.push(
        {
            type: 'path',
            role: 'axis',
            strokeWidth: line.width,
            dash: line.dash,
            segments: [
                { op: 'M', to: { x: MARGIN - 8, y: lineY } },
                { op: 'L', to: { x: right + 8, y: lineY } }
            ]
        },
        {
            type: 'text',
            x: right + 8,
            y: lineY - 5,
            lines: [line.label],
            size: 11,
            lineHeight: 11,
            weight: 'bold',
            anchor: 'end',
            role: 'axis-label',
            halo: true
        }
    );
    const laneTop = lineY + 8;
    let bottom = laneTop + MIN_LANE;
    for (const column of columns) {
        let y = laneTop + ROW_PAD;
        column.touchpoint?.blueprint.forEach((entry, entryIndex) => {
            if (entry.lane !== lane) return;
            const card = entryCard(column.touchpoint!, entry, entryIndex, column.x, y, index, ids);
            marks.push(card.group);
            y += card.height + ENTRY_GAP;
        });
        bottom = Math.max(bottom, y - ENTRY_GAP + ROW_PAD);
    }
    laneLabel(lane, laneTop, bottom - laneTop, right, marks);
    return bottom;
}
