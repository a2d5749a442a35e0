/**
 * The journey's flow steps on the map, routed without ELK (a keystroke's budget is 50 ms at
 * 200 touchpoints; ELK needs ~300 ms for such a graph): a step to the next column is a short
 * arrow between the cards, a longer step forward arcs over the cards in a routing channel,
 * and a loop back runs dashed under the cards. Steps sharing a channel get separate tracks
 * (interval colouring), so lines never lie on top of each other.
 */
import type { FlowStep, Journey } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { JourneyIndex } from '../journey-index.js';
import type { Builds } from '../layout-memo.js';
import { arrowHead, roundedPolyline } from '../marks.js';
import type { GroupMark, Point } from '../scene.js';
import { cardLeft, MAP, type MapColumn } from './map-geometry.js';

const TRACK = 9;
const CHANNEL_GAP = 14;
const MAX_TRACKS = 24;
const PORT_SPACING = 9;

type Kind = 'self' | 'next' | 'over' | 'under';

interface Route {
    step: FlowStep;
    position: number;
    kind: Kind;
    from: MapColumn;
    to: MapColumn;
    fromX: number;
    toX: number;
    track: number;
}

export interface FlowRoutes {
    /** Height of the channel above the cards (0 when unused). */
    overHeight: number;
    underHeight: number;
    /** Tracks had to be shared (only in very dense journeys). */
    crowded: boolean;
    /** The steps' marks for cards spanning `cardTop`…`cardTop + cardHeight`. */
    draw(cardTop: number, cardHeight: number): GroupMark[];
}

function kindOf(from: MapColumn, to: MapColumn): Kind {
    if (from.index === to.index) return 'self';
    if (to.index === from.index + 1) return 'next';
    return to.index > from.index ? 'over' : 'under';
}

/** Spreads the ports of one card edge: outgoing right of centre, incoming left of it. */
function portX(column: MapColumn, outgoing: boolean, slot: number): number {
    const centre = cardLeft(column) + MAP.cardWidth / 2;
    const offset = Math.min(12 + slot * PORT_SPACING, MAP.cardWidth / 2 - 10);
    return outgoing ? centre + offset : centre - offset;
}

/** Greedy interval colouring: each route takes the innermost track free over its span. */
function assignTracks(routes: Route[]): { count: number; crowded: boolean } {
    const ends: number[] = [];
    let crowded = false;
    const sorted = [...routes].sort((a, b) => Math.min(a.fromX, a.toX) - Math.min(b.fromX, b.toX) || a.position - b.position);
    for (const route of sorted) {
        const left = Math.min(route.fromX, route.toX);
        let track = ends.findIndex(end => end < left - 6);
        if (track < 0) {
            if (ends.length < MAX_TRACKS) {
                track = ends.length;
                ends.push(0);
            } else {
                track = route.position % MAX_TRACKS;
                crowded = true;
            }
        }
        ends[track] = Math.max(ends[track], Math.max(route.fromX, route.toX));
        route.track = track;
    }
    return { count: ends.length, crowded };
}

function channelHeight(tracks: number): number {
    return tracks === 0 ? 0 : CHANNEL_GAP + (tracks - 1) * TRACK + 10;
}

export function routeFlows(journey: Journey, columns: readonly MapColumn[], index: JourneyIndex, builds: Builds): FlowRoutes {
    const columnOf = new Map(columns.filter(column => column.touchpoint).map(column => [column.touchpoint!.id, column]));
    const slots = new Map<string, number>();
    const nextSlot = (key: string) => {
        const slot = slots.get(key) ?? 0;
        slots.set(key, slot + 1);
        return slot;
    };
    const routes: Route[] = [];
    journey.flows.forEach((step, position) => {
        const from = columnOf.get(step.from);
        const to = columnOf.get(step.to);
        if (!from || !to) return;
        const kind = kindOf(from, to);
        const side = kind === 'under' ? 'bottom' : 'top';
        const fromX = kind === 'over' || kind === 'under' ? portX(from, true, nextSlot(`${from.index}-${side}-out`)) : 0;
        const toX = kind === 'over' || kind === 'under' ? portX(to, false, nextSlot(`${to.index}-${side}-in`)) : 0;
        routes.push({ step, position, kind, from, to, fromX, toX, track: 0 });
    });
    const over = assignTracks(routes.filter(route => route.kind === 'over'));
    const under = assignTracks(routes.filter(route => route.kind === 'under'));
    const hasSelf = routes.some(route => route.kind === 'self');
    return {
        overHeight: Math.max(channelHeight(over.count), hasSelf ? 22 : 0),
        underHeight: channelHeight(under.count),
        crowded: over.crowded || under.crowded,
        draw: (cardTop, cardHeight) => routes.map(route => rememberedRoute(route, cardTop, cardHeight, index, builds))
    };
}

/** A step's route, reused while the step, its ends (touchpoints and places) and the cards' row are the same. */
function rememberedRoute(route: Route, top: number, height: number, index: JourneyIndex, builds: Builds) {
    const { step, kind, from, to, fromX, toX, track } = route;
    const ends = [index.touchpoints.get(step.from), index.touchpoints.get(step.to)];
    const inputs = [step, kind, from.x, to.x, fromX, toX, track, top, height, ...ends];
    const build = () => drawRoute(route, top, height, index, builds.ids);
    return builds.memo.reuse(`flow:${route.position}`, inputs, builds.ids, build, group => [group]);
}

function routePoints(route: Route, top: number, bottom: number): Point[] {
    const fromLeft = cardLeft(route.from);
    const toLeft = cardLeft(route.to);
    switch (route.kind) {
        case 'next': {
            const y = (top + bottom) / 2;
            return [
                { x: fromLeft + MAP.cardWidth, y },
                { x: toLeft, y }
            ];
        }
        case 'self': {
            const right = fromLeft + MAP.cardWidth;
            return [
                { x: right - 30, y: top },
                { x: right - 30, y: top - 14 },
                { x: right + 12, y: top - 14 },
                { x: right + 12, y: top + 16 },
                { x: right, y: top + 16 }
            ];
        }
        case 'over': {
            const y = top - CHANNEL_GAP - route.track * TRACK;
            return [
                { x: route.fromX, y: top },
                { x: route.fromX, y },
                { x: route.toX, y },
                { x: route.toX, y: top }
            ];
        }
        case 'under': {
            const y = bottom + CHANNEL_GAP + route.track * TRACK;
            return [
                { x: route.fromX, y: bottom },
                { x: route.fromX, y },
                { x: route.toX, y },
                { x: route.toX, y: bottom }
            ];
        }
    }
}

function drawRoute(route: Route, top: number, height: number, index: JourneyIndex, ids: ElementIds): GroupMark {
    const points = routePoints(route, top, top + height);
    const loop = route.kind === 'under' || route.kind === 'self';
    const tip = points[points.length - 1];
    const before = points[points.length - 2];
    const title = (id: string) => index.touchpoints.get(id)?.title ?? id;
    const description = `${loop ? 'Loop back' : 'Flow'}: ${title(route.step.from)} → ${title(route.step.to)}`;
    return {
        type: 'group',
        id: ids.make('flow', route.step.from, route.step.to),
        kind: 'flow',
        modelId: `${route.step.from}->${route.step.to}`,
        index: route.position,
        tooltip: description,
        children: [
            {
                type: 'path',
                role: loop ? 'edge-loop' : 'edge',
                strokeWidth: 1.6,
                dash: loop ? [6, 4] : undefined,
                segments: roundedPolyline([...points.slice(0, -1), shorten(before, tip, 7)], 6)
            },
            arrowHead(before, tip, loop ? 'edge-loop-arrow' : 'edge-arrow')
        ]
    };
}

/** The point `by` px before `tip` on the segment from `from`: the line stops where the arrowhead starts. */
function shorten(from: Point, tip: Point, by: number): Point {
    const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
    return { x: tip.x - ((tip.x - from.x) / length) * by, y: tip.y - ((tip.y - from.y) / length) * by };
}
