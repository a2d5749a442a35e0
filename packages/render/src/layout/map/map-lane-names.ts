/**
 * The journey map's lanes by name: the one table the layout, `--lanes` on the command line
 * and the preview's lane toggles read, so the names are never retyped.
 */
import type { Journey } from '@cjourney/model';

/** The built-in lanes' titles by id, top to bottom as drawn by default; custom lanes (`lane ID "…"`) follow them. */
const MAP_LANE_TITLES = {
    touchpoints: 'Touchpoints',
    doing: 'Doing & thinking',
    emotion: 'Emotion',
    pains: 'Pain points & opportunities',
    blueprint: 'Service blueprint',
    stakeholders: 'Stakeholders',
    kpis: 'KPIs'
} as const;

export type MapLaneId = keyof typeof MAP_LANE_TITLES;

/** The built-in lanes, top to bottom as drawn by default. */
export const MAP_LANES: ReadonlyArray<{ id: MapLaneId; title: string }> = (Object.keys(MAP_LANE_TITLES) as MapLaneId[]).map(id => ({
    id,
    title: MAP_LANE_TITLES[id]
}));

export const MAP_LANE_IDS: readonly string[] = MAP_LANES.map(lane => lane.id);

/** Every lane name a journey's map accepts: the built-in ones, then its custom lanes' ids. */
export function mapLaneNames(journey: Journey): string[] {
    return [...MAP_LANE_IDS, ...journey.lanes.map(lane => lane.id).filter(id => !MAP_LANE_IDS.includes(id))];
}

/** The lanes to draw, in order: those asked for that exist, or every lane. */
export function lanesToDraw(journey: Journey, asked: readonly string[] | undefined): string[] {
    const names = mapLaneNames(journey);
    return asked === undefined ? names : asked.filter((name, i) => names.includes(name) && asked.indexOf(name) === i);
}
