/**
 * Routes a connector between two boxes around every other box: an orthogonal visibility
 * graph (lines along the boxes' sides at a clearance, and the middles between them) searched
 * with Dijkstra, where each bend costs extra and a stretch already taken by an earlier
 * connector costs double, so connectors prefer their own corridor. Each end leaves its box
 * straight out for a stub, so even between neighbours the arrow is a visible line, not a
 * lone arrowhead. Deterministic: same boxes and order → same routes. No library fits here:
 * elkjs cannot route around nodes whose positions are fixed, and libavoid is a WASM build.
 */
import type { Point } from '../scene.js';
import { MinHeap } from './min-heap.js';

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface RouterOptions {
    /** Distance kept from every box. */
    clearance: number;
    /** Length of the straight first and last stretch out of the source and into the target. */
    stub: number;
    /** Extra cost of one bend, in px of length. */
    bendCost: number;
    /** Routes stay inside this area. */
    bounds: Box;
    /** Areas a route may cross but should not run along (labels, axes): each px inside costs `weight` px more. */
    avoid?: ReadonlyArray<Box & { weight: number }>;
}

type Side = 0 | 1 | 2 | 3; // right, down, left, up: also the direction out of that side
const DIRS: ReadonlyArray<Point> = [
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
    { x: 0, y: -1 }
];
/** Ports used on one side of a box are spread from its middle: 0, -1, +1, -2, +2 … × PORT_STEP. */
const PORT_STEP = 16;

interface Port {
    side: Side;
    /** On the box's edge, pushed out by the arrowhead gap. */
    at: Point;
    /** At the stub's length out of the box: where the route on the grid starts or ends. */
    out: Point;
}

const strictlyInside = (p: Point, box: Box, pad: number): boolean =>
    p.x > box.x - pad && p.x < box.x + box.width + pad && p.y > box.y - pad && p.y < box.y + box.height + pad;

/** Whether an axis-parallel segment runs through the inside of a box grown by `pad`. */
function crosses(a: Point, b: Point, box: Box, pad: number): boolean {
    const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x2 > box.x - pad && x1 < box.x + box.width + pad && y2 > box.y - pad && y1 < box.y + box.height + pad;
}

const round = (v: number): number => Math.round(v * 100) / 100;
const rounded = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });
const sorted = (values: number[]): number[] => [...new Set(values.map(round))].sort((a, b) => a - b);

/** The grid lines: each box's sides at the clearance, the ports, and the middle of every gap between lines. */
function gridLines(boxes: readonly Box[], ports: readonly Port[], options: RouterOptions): { xs: number[]; ys: number[] } {
    return { xs: axisLines(boxes, ports, options, 'x', 'width'), ys: axisLines(boxes, ports, options, 'y', 'height') };
}

/** The grid lines across one axis, within the bounds. */
function axisLines(
    boxes: readonly Box[],
    ports: readonly Port[],
    options: RouterOptions,
    axis: 'x' | 'y',
    extent: 'width' | 'height'
): number[] {
    const c = options.clearance;
    const [lo, hi] = [options.bounds[axis], options.bounds[axis] + options.bounds[extent]];
    const base = sorted([
        ...boxes.flatMap(box => [box[axis] - c, box[axis] + box[extent] + c]),
        ...ports.map(port => port.out[axis]),
        lo,
        hi
    ]);
    const withMiddles = sorted([...base, ...base.slice(1).map((v, i) => (v + base[i]) / 2)]);
    return withMiddles.filter(v => v >= lo && v <= hi);
}

/** Indexes of the values strictly between lo and hi (values sorted). */
function between(values: readonly number[], lo: number, hi: number): [number, number] {
    let first = 0;
    while (first < values.length && values[first] <= lo) first++;
    let last = values.length - 1;
    while (last >= 0 && values[last] >= hi) last--;
    return [first, last];
}

/**
 * Which grid steps run through a box grown by `pad`, by the index of their left or upper node.
 * Every box side at the clearance is a grid line, so a step lies wholly inside or outside a
 * box's span, and its middle tells which: each box marks only the steps it covers.
 */
function blockedSteps(boxes: readonly Box[], xs: readonly number[], ys: readonly number[], pad: number) {
    const horizontal = new Uint8Array(xs.length * ys.length);
    const vertical = new Uint8Array(xs.length * ys.length);
    const mids = (values: readonly number[]) => values.slice(1).map((v, i) => (v + values[i]) / 2);
    const [midX, midY] = [mids(xs), mids(ys)];
    for (const box of boxes) {
        const [x0, x1, y0, y1] = [box.x - pad, box.x + box.width + pad, box.y - pad, box.y + box.height + pad];
        const [rowFirst, rowLast] = between(ys, y0, y1);
        const [stepFirst, stepLast] = between(midX, x0, x1);
        for (let j = rowFirst; j <= rowLast; j++) for (let i = stepFirst; i <= stepLast; i++) horizontal[j * xs.length + i] = 1;
        const [columnFirst, columnLast] = between(xs, x0, x1);
        const [riseFirst, riseLast] = between(midY, y0, y1);
        for (let j = riseFirst; j <= riseLast; j++) for (let i = columnFirst; i <= columnLast; i++) vertical[j * xs.length + i] = 1;
    }
    return { horizontal, vertical };
}

export class OrthogonalRouter {
    /** Stretches earlier routes took, by line (`v<x>` or `h<y>`): [from, to] along it. */
    private readonly used = new Map<string, Array<[number, number]>>();
    private readonly portsTaken = new Map<string, number>();

    constructor(
        private readonly boxes: readonly Box[],
        private readonly options: RouterOptions
    ) {}

    /** The corner points of a route from box `from` to box `to` (indexes into the boxes), or undefined when none exists. */
    route(from: number, to: number, gap: number): Point[] | undefined {
        const starts = this.freePorts(from, gap);
        const ends = this.freePorts(to, gap);
        if (starts.length === 0 || ends.length === 0) return undefined;
        const { xs, ys } = gridLines(this.boxes, [...starts, ...ends], this.options);
        const found = this.search(xs, ys, starts, ends);
        if (!found) return undefined;
        this.portsTaken.set(`${from}:${found.start.side}`, (this.portsTaken.get(`${from}:${found.start.side}`) ?? 0) + 1);
        this.portsTaken.set(`${to}:${found.end.side}`, (this.portsTaken.get(`${to}:${found.end.side}`) ?? 0) + 1);
        for (let i = 1; i < found.points.length; i++) this.markUsed(found.points[i - 1], found.points[i]);
        return simplify([found.start.at, ...found.points, found.end.at]);
    }

    /** The next free port on each side of a box whose stub runs clear of every other box. */
    private freePorts(index: number, gap: number): Port[] {
        const box = this.boxes[index];
        const { stub, clearance } = this.options;
        const ports: Port[] = [];
        for (const side of [0, 1, 2, 3] as Side[]) {
            const taken = this.portsTaken.get(`${index}:${side}`) ?? 0;
            const offset = Math.ceil(taken / 2) * PORT_STEP * (taken % 2 === 1 ? -1 : 1);
            const horizontal = side === 1 || side === 3;
            const half = (horizontal ? box.width : box.height) / 2 - 10;
            const along = Math.max(-half, Math.min(half, offset));
            const mid = { x: box.x + box.width / 2 + (horizontal ? along : 0), y: box.y + box.height / 2 + (horizontal ? 0 : along) };
            const edge = {
                x: side === 0 ? box.x + box.width : side === 2 ? box.x : mid.x,
                y: side === 1 ? box.y + box.height : side === 3 ? box.y : mid.y
            };
            const dir = DIRS[side];
            const at = rounded({ x: edge.x + dir.x * gap, y: edge.y + dir.y * gap });
            const out = rounded({ x: edge.x + dir.x * stub, y: edge.y + dir.y * stub });
            const blocked = this.boxes.some(
                (other, i) => (i !== index && crosses(edge, out, other, clearance - 0.5)) || !strictlyInside(out, this.options.bounds, 0.01)
            );
            if (!blocked) ports.push({ side, at, out });
        }
        return ports;
    }

    private markUsed(a: Point, b: Point): void {
        const [key, lo, hi] = stretch(a, b);
        this.used.set(key, [...(this.used.get(key) ?? []), [lo, hi]]);
    }

    private avoidCost(a: Point, b: Point): number {
        let cost = 0;
        for (const area of this.options.avoid ?? []) {
            const x = Math.min(Math.max(a.x, b.x), area.x + area.width) - Math.max(Math.min(a.x, b.x), area.x);
            const y = Math.min(Math.max(a.y, b.y), area.y + area.height) - Math.max(Math.min(a.y, b.y), area.y);
            if (x >= 0 && y >= 0) cost += Math.max(x, y) * area.weight;
        }
        return cost;
    }

    private isUsed(a: Point, b: Point): boolean {
        const [key, lo, hi] = stretch(a, b);
        return (this.used.get(key) ?? []).some(([from, to]) => Math.min(hi, to) - Math.max(lo, from) > 0.5);
    }

    /**
     * What each step of the grid costs before bends: its length (doubled where an earlier route
     * runs) and the avoided areas it crosses, by [horizontal, vertical] and the index of its
     * left or upper node. A step costs the same both ways and the search meets it many times,
     * so each is worked out once per search; NaN marks one not worked out yet.
     */
    private stepCosts(xs: readonly number[], ys: readonly number[]) {
        const size = xs.length * ys.length;
        const lengths = [new Float64Array(size).fill(NaN), new Float64Array(size).fill(NaN)];
        const avoids = [new Float64Array(size), new Float64Array(size)];
        const fill = (vertical: number, i: number, j: number, at: number): void => {
            const a = { x: xs[i], y: ys[j] };
            const b = vertical ? { x: xs[i], y: ys[j + 1] } : { x: xs[i + 1], y: ys[j] };
            const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
            lengths[vertical][at] = length * (this.isUsed(a, b) ? 2 : 1);
            avoids[vertical][at] = this.avoidCost(a, b);
        };
        return { lengths, avoids, fill };
    }

    private search(xs: readonly number[], ys: readonly number[], starts: readonly Port[], ends: readonly Port[]) {
        const { clearance, bendCost, stub } = this.options;
        const pad = clearance - 0.5;
        const width = xs.length;
        const blocked = blockedSteps(this.boxes, xs, ys, pad);
        const { lengths, avoids, fill } = this.stepCosts(xs, ys);
        const goal = width * ys.length * 4;
        const cost = new Float64Array(goal + 1).fill(Infinity);
        const previous = new Int32Array(goal + 1).fill(-1);
        const heap = new MinHeap();
        const indexOf = (p: Point) => ys.indexOf(p.y) * width + xs.indexOf(p.x);
        starts.forEach(port => {
            const state = indexOf(port.out) * 4 + port.side;
            if (stub < cost[state]) [cost[state], previous[state]] = [stub, -2 - port.side];
            heap.push(state, cost[state]);
        });
        const endAt = new Map(ends.map(port => [indexOf(port.out), port]));
        let finishedBy: Port | undefined;
        while (heap.size > 0) {
            const at = heap.topPriority;
            const state = heap.popItem();
            if (at > cost[state]) continue;
            if (state === goal) break;
            const n = state >> 2;
            const dir = state & 3;
            const i = n % width;
            const j = (n - i) / width;
            const end = endAt.get(n);
            if (end) {
                const inward = (end.side + 2) % 4;
                const total = at + stub + (dir === inward ? 0 : bendCost);
                if (total < cost[goal]) [cost[goal], previous[goal], finishedBy] = [total, state, end];
                heap.push(goal, cost[goal]);
            }
            for (let d = 0; d < 4; d++) {
                if (d === (dir + 2) % 4) continue;
                const ni = i + DIRS[d].x;
                const nj = j + DIRS[d].y;
                if (ni < 0 || nj < 0 || ni >= width || nj >= ys.length) continue;
                const vertical = d % 2;
                const step = Math.min(j, nj) * width + Math.min(i, ni);
                if ((vertical ? blocked.vertical : blocked.horizontal)[step]) continue;
                if (Number.isNaN(lengths[vertical][step])) fill(vertical, Math.min(i, ni), Math.min(j, nj), step);
                const next = (nj * width + ni) * 4 + d;
                // Summed in this order, so costs (and so ties, and so routes) are the same bits as before the cache.
                const total = at + lengths[vertical][step] + avoids[vertical][step] + (d === dir ? 0 : bendCost);
                if (total < cost[next]) {
                    cost[next] = total;
                    previous[next] = state;
                    heap.push(next, total);
                }
            }
        }
        if (!finishedBy) return undefined;
        const { points, first } = tracePath(previous, goal, xs, ys);
        const start = starts.find(port => -2 - port.side === first)!;
        return { points, start, end: finishedBy };
    }
}

/** The grid points of the route found, back from the goal, and how its first state was entered (-2 - the start port's side). */
function tracePath(previous: Int32Array, goal: number, xs: readonly number[], ys: readonly number[]) {
    const points: Point[] = [];
    let state = previous[goal];
    while (state >= 0) {
        const n = Math.floor(state / 4);
        points.unshift({ x: xs[n % xs.length], y: ys[Math.floor(n / xs.length)] });
        if (previous[state] < 0) break;
        state = previous[state];
    }
    return { points, first: previous[state] };
}

/** The line a straight stretch lies on, and where along it it starts and ends. */
function stretch(a: Point, b: Point): [string, number, number] {
    return a.x === b.x ? [`v${a.x}`, Math.min(a.y, b.y), Math.max(a.y, b.y)] : [`h${a.y}`, Math.min(a.x, b.x), Math.max(a.x, b.x)];
}

/** Drops repeated points and the middle of three collinear ones. */
function simplify(points: readonly Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        const last = out[out.length - 1];
        if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
        const before = out[out.length - 2];
        if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
        out.push(p);
    }
    return out;
}
