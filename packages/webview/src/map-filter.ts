/**
 * What the map shows of a journey: which personas and which lanes, as chosen with the
 * toolbar's persona chips and lane toggles. Remembered per panel for each document and
 * journey (persona ids and custom lanes belong to a journey), in the state the webview saves,
 * beside the remembered zooms (view-memory.ts). What is stored is what the user switched
 * off, so a persona or lane added to the file later shows at once. DOM-free, shared by the
 * preview and its tests.
 */
import type { Journey } from '@cjourney/model';
import { MAP_LANES, type MapLaneId } from '@cjourney/render';
import type { MapFilter, PreviewState } from './protocol.js';

/** The chips' shorter titles where the map's lane title is too long for a toolbar chip. */
const CHIP_TITLES: Partial<Record<MapLaneId, string>> = {
    doing: 'Doing',
    pains: 'Pains & opportunities',
    blueprint: 'Blueprint'
};

/** The journey map's built-in lanes, top to bottom: the renderer's ids (as `cjourney render --lanes`), chip titles. */
export const BUILT_IN_LANES: ReadonlyArray<{ id: string; title: string }> = MAP_LANES.map(lane => ({
    id: lane.id,
    title: CHIP_TITLES[lane.id] ?? lane.title
}));

/** Enough for the journeys of a working session; the oldest are forgotten first. */
export const REMEMBERED_FILTERS = 40;

export interface Choice {
    id: string;
    title: string;
    shown: boolean;
}

function keyOf(state: Pick<PreviewState, 'documentUri'>, journeyId: string): string {
    return `${journeyId} ${state.documentUri}`;
}

export function filterOf(state: PreviewState, journeyId: string): MapFilter {
    return state.filters?.[keyOf(state, journeyId)] ?? {};
}

/** Persona chips: only for a journey with two or more personas (one persona has nothing to choose). */
export function personaChoices(journey: Journey, filter: MapFilter): Choice[] {
    if (journey.personas.length < 2) return [];
    const hidden = new Set(filter.hiddenPersonas ?? []);
    return journey.personas.map(persona => ({ id: persona.id, title: persona.title, shown: !hidden.has(persona.id) }));
}

/** Lane toggles: the built-in lanes, then the journey's custom lanes in declared order. */
export function laneChoices(journey: Journey, filter: MapFilter): Choice[] {
    const hidden = new Set(filter.hiddenLanes ?? []);
    return [...BUILT_IN_LANES, ...journey.lanes].map(lane => ({ id: lane.id, title: lane.title, shown: !hidden.has(lane.id) }));
}

/** The renderer's `personas` and `lanes` options: undefined (everything) unless something is switched off. */
export function layoutFilter(journey: Journey, filter: MapFilter): { personas?: string[]; lanes?: string[] } {
    const personas = personaChoices(journey, filter);
    const lanes = laneChoices(journey, filter);
    return {
        personas: personas.some(choice => !choice.shown) ? personas.filter(choice => choice.shown).map(choice => choice.id) : undefined,
        lanes: lanes.some(choice => !choice.shown) ? lanes.filter(choice => choice.shown).map(choice => choice.id) : undefined
    };
}

/** Switches one persona or lane on or off; the last one shown stays on (an empty map helps no one). */
export function toggled(hidden: readonly string[] | undefined, all: readonly string[], id: string): string[] {
    const off = new Set(hidden ?? []);
    if (off.has(id)) off.delete(id);
    else if (all.filter(other => !off.has(other)).length > 1) off.add(id);
    return all.filter(other => off.has(other));
}

/** The state with this journey's filter replaced; the most recently changed filter is kept last. */
export function withFilter(state: PreviewState, journeyId: string, filter: MapFilter): PreviewState {
    const key = keyOf(state, journeyId);
    const entries = Object.entries(state.filters ?? {}).filter(([existing]) => existing !== key);
    const empty = !filter.hiddenPersonas?.length && !filter.hiddenLanes?.length;
    if (!empty) entries.push([key, filter]);
    return { ...state, filters: Object.fromEntries(entries.slice(-REMEMBERED_FILTERS)) };
}

/** The state after a persona chip or lane toggle of `journey` was pressed. */
export function toggleInState(state: PreviewState, journey: Journey, group: 'persona' | 'lane', id: string): PreviewState {
    const filter = filterOf(state, journey.id);
    if (group === 'persona') {
        const all = journey.personas.map(persona => persona.id);
        return withFilter(state, journey.id, { ...filter, hiddenPersonas: toggled(filter.hiddenPersonas, all, id) });
    }
    const all = laneChoices(journey, {}).map(lane => lane.id);
    return withFilter(state, journey.id, { ...filter, hiddenLanes: toggled(filter.hiddenLanes, all, id) });
}
