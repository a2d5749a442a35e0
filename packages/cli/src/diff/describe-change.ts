/** Readable sentences for one element change, shared by the text and Markdown formats. */
import type { ElementChange, PropertyChange } from '@cjourney/language';

const ELEMENT_WORDS: Readonly<Record<ElementChange['element'], string>> = {
    journey: 'journey', stage: 'stage', touchpoint: 'touchpoint', stakeholder: 'stakeholder',
    persona: 'persona', channel: 'channel', kpi: 'KPI', flow: 'flow step'
};

export function elementWord(change: ElementChange): string {
    return ELEMENT_WORDS[change.element];
}

export function describeProperty(property: PropertyChange): string {
    const value = (text: string | undefined) => (text === undefined ? '(none)' : text);
    return `${property.property} ${value(property.old)} → ${value(property.new)}${property.trend ? ` (${property.trend})` : ''}`;
}

/** What happened to the element, one fact per entry. */
export function describeChange(change: ElementChange): string[] {
    if (change.kind === 'added') return ['added'];
    if (change.kind === 'removed') return ['removed'];
    return [
        ...(change.oldId !== undefined ? [`renamed from ${change.oldId}`] : []),
        ...(change.movedFrom !== undefined ? [`moved ${change.movedFrom}`] : []),
        ...change.properties.map(describeProperty),
        ...change.added.map(item => `+ ${item}`),
        ...change.removed.map(item => `− ${item}`)
    ];
}
