/**
 * A KPI card's graphics: the scale placing current, target and benchmarks (better to the
 * right in both directions, so a `better lower` KPI at its worst shows an empty bar), with
 * its ends labelled and each benchmark's marker lettered to its line in the card; and the
 * sparkline of its history.
 */
import { withUnit, type Kpi } from '@cjourney/model';
import type { Mark } from '../scene.js';

const BAR_HEIGHT = 8;
/** Room above the bar for the benchmarks' letters (two rows when markers crowd). */
export const SCALE_HEIGHT = 24 + BAR_HEIGHT + 14;

/** A, B, C… for benchmark markers and their lines. */
export function benchmarkLetter(index: number): string {
    return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

function finiteValues(kpi: Kpi): number[] {
    return [kpi.current, kpi.target, ...kpi.benchmarks.map(benchmark => benchmark.value)]
        .filter(value => value !== undefined && Number.isFinite(value.value))
        .map(value => value!.value);
}

function label(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end', role: 'muted' | 'kpi-benchmark' = 'muted'): Mark {
    return { type: 'text', x, y, lines: [text], size: 9.5, lineHeight: 9.5, weight: role === 'muted' ? 'normal' : 'bold', anchor, role };
}

function diamond(x: number, y: number): Mark {
    return {
        type: 'path',
        role: 'kpi-benchmark',
        filled: true,
        strokeWidth: 1,
        segments: [
            { op: 'M', to: { x, y: y - 3 } },
            { op: 'L', to: { x: x + 4, y: y + BAR_HEIGHT / 2 } },
            { op: 'L', to: { x, y: y + BAR_HEIGHT + 3 } },
            { op: 'L', to: { x: x - 4, y: y + BAR_HEIGHT / 2 } },
            { op: 'Z' }
        ]
    };
}

/** The scale with its top-left corner at (x, top), `width` wide; empty when there is nothing to place. */
export function kpiScale(kpi: Kpi, x: number, top: number, width: number): Mark[] {
    const values = finiteValues(kpi);
    if (kpi.mixedUnits || values.length === 0) return [];
    const low = Math.min(0, ...values);
    const high = Math.max(...values);
    const span = high - low || 1;
    const lower = kpi.better === 'lower';
    // Better is always to the right: a `better lower` scale runs from its highest value down.
    const at = (value: number) => x + ((lower ? high - value : value - low) / span) * width;
    const y = top + 24;
    const marks: Mark[] = [{ type: 'rect', x, y, width, height: BAR_HEIGHT, radius: BAR_HEIGHT / 2, role: 'kpi-track' }];
    if (kpi.current && Number.isFinite(kpi.current.value)) {
        const filled = at(kpi.current.value) - x;
        marks.push({
            type: 'rect',
            x,
            y,
            width: Math.max(BAR_HEIGHT, filled),
            height: BAR_HEIGHT,
            radius: BAR_HEIGHT / 2,
            role: 'kpi-current'
        });
    }
    const lettered: number[] = [];
    kpi.benchmarks.forEach((benchmark, i) => {
        if (!Number.isFinite(benchmark.value.value)) return;
        const bx = at(benchmark.value.value);
        marks.push(diamond(bx, y));
        // A letter over each marker; a second row when it would touch the previous letter.
        const row = lettered.some(other => Math.abs(other - bx) < 11) ? 1 : 0;
        if (row === 0) lettered.push(bx);
        marks.push(label(benchmarkLetter(i), bx, y - 5 - row * 11, 'middle', 'kpi-benchmark'));
    });
    if (kpi.target && Number.isFinite(kpi.target.value)) {
        marks.push({
            type: 'rect',
            x: at(kpi.target.value) - 1.25,
            y: y - 4,
            width: 2.5,
            height: BAR_HEIGHT + 8,
            role: 'kpi-target',
            strokeWidth: 0
        });
    }
    const percent = [kpi.current, kpi.target].some(value => value?.percent);
    const number = (value: number) => withUnit(`${Math.round(value * 100) / 100}${percent ? '%' : ''}`, kpi.unit);
    const below = y + BAR_HEIGHT + 12;
    marks.push(
        label(number(lower ? high : low), x, below, 'start'),
        label(lower ? 'lower is better →' : 'better →', x + width / 2, below, 'middle'),
        label(number(lower ? low : high), x + width, below, 'end')
    );
    return marks;
}

/** The history and the current value as a small line, oldest on the left; nothing with fewer than two values. */
export function sparkline(kpi: Kpi, x: number, top: number, width: number, height: number): Mark[] {
    const values = [...kpi.history.map(entry => entry.value.value), ...(kpi.current ? [kpi.current.value] : [])].filter(Number.isFinite);
    if (values.length < 2) return [];
    const low = Math.min(...values);
    const span = Math.max(...values) - low || 1;
    const points = values.map((value, i) => ({
        x: Math.round((x + (i / (values.length - 1)) * width) * 100) / 100,
        y: Math.round((top + height - ((value - low) / span) * height) * 100) / 100
    }));
    const last = points[points.length - 1];
    return [
        { type: 'path', role: 'kpi-current', strokeWidth: 1.5, segments: points.map((to, i) => ({ op: i === 0 ? 'M' : 'L', to })) },
        { type: 'circle', cx: last.x, cy: last.y, r: 2.5, role: 'kpi-current', strokeWidth: 0 }
    ];
}
