/**
 * A KPI card: title, current against target, the gap in words (with a symbol, not only a
 * colour), a small bar placing current, target and benchmarks on one scale, and the
 * benchmarks with their sources.
 */
import { withUnit, type Kpi } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { GroupMark, Mark } from '../scene.js';
import { textBlock } from '../text-block.js';

const PAD = 10;
const BAR_HEIGHT = 8;

function gapLine(kpi: Kpi): { text: string; good: boolean } | undefined {
    if (kpi.mixedUnits) {
        return { text: '! % mixed with plain numbers', good: false };
    }
    const gap = kpi.gapToTarget;
    if (!gap) {
        return undefined;
    }
    return gap.meets ? { text: '▲ meets target', good: true } : { text: `▼ ${withUnit(gap.text, kpi.unit)} short of target`, good: false };
}

/** Current, target and benchmarks on one scale from min(0, values) to the largest value. */
function bar(kpi: Kpi, x: number, y: number, width: number): Mark[] {
    const values = [kpi.current, kpi.target, ...kpi.benchmarks.map(benchmark => benchmark.value)]
        .filter(value => value !== undefined && Number.isFinite(value.value))
        .map(value => value!.value);
    if (kpi.mixedUnits || values.length === 0) {
        return [];
    }
    const low = Math.min(0, ...values);
    const high = Math.max(...values);
    const span = high - low || 1;
    const at = (value: number) => x + ((value - low) / span) * width;
    const marks: Mark[] = [{ type: 'rect', x, y, width, height: BAR_HEIGHT, radius: BAR_HEIGHT / 2, role: 'kpi-track' }];
    if (kpi.current && Number.isFinite(kpi.current.value)) {
        marks.push({
            type: 'rect',
            x,
            y,
            width: Math.max(BAR_HEIGHT, at(kpi.current.value) - x),
            height: BAR_HEIGHT,
            radius: BAR_HEIGHT / 2,
            role: 'kpi-current'
        });
    }
    kpi.benchmarks
        .filter(benchmark => Number.isFinite(benchmark.value.value))
        .forEach(benchmark => {
            const bx = at(benchmark.value.value);
            marks.push({
                type: 'path',
                role: 'kpi-benchmark',
                filled: true,
                strokeWidth: 1,
                segments: [
                    { op: 'M', to: { x: bx, y: y - 3 } },
                    { op: 'L', to: { x: bx + 4, y: y + BAR_HEIGHT / 2 } },
                    { op: 'L', to: { x: bx, y: y + BAR_HEIGHT + 3 } },
                    { op: 'L', to: { x: bx - 4, y: y + BAR_HEIGHT / 2 } },
                    { op: 'Z' }
                ]
            });
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
    return marks;
}

function tooltip(kpi: Kpi): string {
    const lines = [`KPI: ${kpi.title}`];
    if (kpi.description) lines.push(kpi.description);
    if (kpi.current) lines.push(`Current: ${withUnit(kpi.current.text, kpi.unit)}`);
    if (kpi.target) lines.push(`Target: ${withUnit(kpi.target.text, kpi.unit)}`);
    lines.push(`Better: ${kpi.better}`);
    kpi.benchmarks.forEach(benchmark =>
        lines.push(`Benchmark: ${withUnit(benchmark.value.text, kpi.unit)}${benchmark.source ? ` (${benchmark.source})` : ''}`)
    );
    return lines.join('\n');
}

/** A KPI card `width` wide with its top-left corner at (x, 0). */
export function kpiCard(kpi: Kpi, x: number, width: number, ids: ElementIds): { group: GroupMark; height: number } {
    const inner = width - 2 * PAD;
    const children: Mark[] = [];
    let y = PAD;
    const add = (block: ReturnType<typeof textBlock>, gap: number) => {
        children.push(block.mark);
        y += block.height + gap;
    };
    add(textBlock(kpi.title, x + PAD, y, inner - 18, { size: 12, weight: 'bold', role: 'card-title', maxLines: 2 }), 4);
    children.push({ type: 'icon', name: 'kpi', x: x + width - PAD - 13, y: PAD, size: 13, role: 'icon' });
    const values = [
        kpi.current ? `Current ${withUnit(kpi.current.text, kpi.unit)}` : 'No current value',
        kpi.target ? `target ${withUnit(kpi.target.text, kpi.unit)}` : 'no target'
    ];
    add(textBlock(values.join(' · '), x + PAD, y, inner, { size: 12, role: 'text', maxLines: 2 }), 2);
    const gap = gapLine(kpi);
    if (gap) {
        add(textBlock(gap.text, x + PAD, y, inner, { size: 11, weight: 'bold', role: gap.good ? 'kpi-good' : 'kpi-bad', maxLines: 2 }), 2);
    }
    if (kpi.better === 'lower') {
        add(textBlock('lower is better', x + PAD, y, inner, { size: 10.5, role: 'muted', maxLines: 1 }), 2);
    }
    const barMarks = bar(kpi, x + PAD + 4, y + 8, inner - 8);
    if (barMarks.length > 0) {
        children.push(...barMarks);
        y += BAR_HEIGHT + 20;
    }
    kpi.benchmarks.forEach((benchmark, index) => {
        const gapText = benchmark.gap ? (benchmark.gap.meets ? ' (met)' : ` (${benchmark.gap.text} short)`) : '';
        const text = `♦ ${withUnit(benchmark.value.text, kpi.unit)}${benchmark.source ? ` · ${benchmark.source}` : ''}${gapText}`;
        const block = textBlock(text, x + PAD, y, inner, { size: 11, role: 'muted', maxLines: 2 });
        children.push({
            type: 'group',
            id: ids.make('benchmark', kpi.id, index),
            kind: 'benchmark',
            modelId: kpi.id,
            index,
            children: [block.mark]
        });
        y += block.height + 3;
    });
    const height = y + PAD - 2;
    children.unshift({ type: 'rect', x, y: 0, width, height, radius: 6, role: 'kpi' });
    return { group: { type: 'group', id: ids.make('kpi', kpi.id), kind: 'kpi', modelId: kpi.id, tooltip: tooltip(kpi), children }, height };
}
