/**
 * Who is involved at a stage and what they need there: the stage's `needs`, then the owners
 * and involved stakeholders of its touchpoints, those who do its blueprint entries and own
 * its opportunities, each with its marker (type shape, attitude) and its risks.
 */
import { plural, type Stage } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { GroupMark, Mark } from '../scene.js';
import { stakeholderMarker } from '../stakeholder-marker.js';
import { textBlock } from '../text-block.js';

interface StageStakeholder {
    id: string;
    needs: string[];
    owns: number;
    involved: number;
    /** Opportunities of the stage's steps it owns. */
    opportunities: number;
}

export function stageStakeholders(stage: Stage, index: JourneyIndex): StageStakeholder[] {
    const entries = new Map<string, StageStakeholder>();
    const entry = (id: string) => {
        let found = entries.get(id);
        if (!found) {
            found = { id, needs: [], owns: 0, involved: 0, opportunities: 0 };
            entries.set(id, found);
        }
        return found;
    };
    stage.needs.forEach(need => entry(need.stakeholderId).needs.push(need.text));
    for (const touchpointId of stage.touchpointIds) {
        const touchpoint = index.touchpoints.get(touchpointId);
        if (touchpoint?.ownerId) entry(touchpoint.ownerId).owns++;
        touchpoint?.involvedIds.forEach(id => entry(id).involved++);
        touchpoint?.blueprint.forEach(item => {
            if (item.byId) entry(item.byId).involved++;
        });
        touchpoint?.opportunities.forEach(opportunity => {
            if (opportunity.ownerId) entry(opportunity.ownerId).opportunities++;
        });
    }
    return [...entries.values()];
}

function role(entry: StageStakeholder): string {
    const parts: string[] = [];
    if (entry.owns) parts.push(`owns ${entry.owns}`);
    if (entry.involved) parts.push(`involved in ${entry.involved}`);
    if (entry.opportunities) parts.push(`owns ${plural(entry.opportunities, 'opportunity', 'opportunities')}`);
    return parts.join(' · ');
}

/** One stakeholder's entry, `width` wide, top-left at (x, 0). */
export function stakeholderEntry(
    entry: StageStakeholder,
    stage: Stage,
    x: number,
    width: number,
    index: JourneyIndex,
    ids: ElementIds
): { group: GroupMark; height: number } {
    const stakeholder = index.stakeholders.get(entry.id);
    const children: Mark[] = stakeholderMarker(stakeholder?.type, stakeholder?.attitude ?? 'neutral', x + 7, 8, 13);
    const name = textBlock(index.stakeholderTitle(entry.id), x + 20, 0, width - 20, {
        size: 12,
        weight: 'bold',
        role: 'text',
        maxLines: 2
    });
    children.push(name.mark);
    let y = name.height + 1;
    const description = [stakeholder?.attitude ?? 'neutral', role(entry)].filter(Boolean).join(' · ');
    const meta = textBlock(description, x + 20, y, width - 20, { size: 11, role: 'muted', maxLines: 1 });
    children.push(meta.mark);
    y += meta.height + 2;
    for (const need of entry.needs) {
        const block = textBlock(`Needs “${need}”`, x + 20, y, width - 20, { size: 11.5, role: 'need-text', maxLines: 4 });
        children.push(block.mark);
        y += block.height + 2;
    }
    for (const risk of stakeholder?.risks ?? []) {
        const block = textBlock(`Risk: ${risk}`, x + 20, y, width - 20, { size: 11.5, weight: 'bold', role: 'kpi-bad', maxLines: 3 });
        children.push(block.mark);
        y += block.height + 2;
    }
    const tooltip = [
        index.stakeholderTitle(entry.id),
        stakeholder?.role,
        role(entry),
        ...entry.needs.map(need => `Needs at ${stage.title}: ${need}`),
        ...(stakeholder?.risks ?? []).map(risk => `Risk: ${risk}`)
    ]
        .filter(Boolean)
        .join('\n');
    return {
        group: {
            type: 'group',
            id: ids.make('stage-stakeholder', stage.id, entry.id),
            kind: 'stakeholder',
            modelId: entry.id,
            tooltip,
            children
        },
        height: y
    };
}
