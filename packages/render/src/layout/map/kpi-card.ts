/**
 * A KPI card: title; status in words and colour (met, close, off, no status) with the trend
 * and a sparkline of its history; current against target and the gap; the scale placing
 * current, target and lettered benchmarks; then each benchmark with whose it is.
 */
import { gapWithUnit, withUnit, type Benchmark, type Kpi, type KpiStatus } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import type { GroupMark, Mark, Role } from '../scene.js';
import { textBlock } from '../text-block.js';
import { benchmarkLetter, kpiScale, SCALE_HEIGHT, sparkline } from './kpi-scale.js';

const PAD = 10;
const SPARK_WIDTH = 56;

const STATUS: Readonly<Record<KpiStatus, { text: string; role: Role }>> = {
    met: { text: '● MET', role: 'kpi-good' },
    close: { text: '≈ CLOSE', role: 'kpi-close' },
    off: { text: '■ OFF TARGET', role: 'kpi-bad' },
    unknown: { text: '○ NO STATUS', role: 'muted' }
};

const TREND: Readonly<Record<string, string>> = { improving: '▲ improving', worsening: '▼ worsening', flat: '► flat' };

function gapLine(kpi: Kpi): { text: string; good: boolean } | undefined {
    if (kpi.mixedUnits) {
        return { text: '! % mixed with plain numbers', good: false };
    }
    const gap = kpi.gapToTarget;
    if (!gap) {
        return undefined;
    }
    return gap.meets ? { text: 'meets target', good: true } : { text: `${gapWithUnit(gap.text, kpi.unit)} short of target`, good: false };
}

/** Whose a benchmark is: the competitor's title, then the written source and date. */
function benchmarkOwner(benchmark: Benchmark, competitors: ReadonlyMap<string, string>): string {
    const competitor = benchmark.competitorId && (competitors.get(benchmark.competitorId) ?? benchmark.competitorId);
    return [competitor, benchmark.source, benchmark.date].filter(Boolean).join(', ');
}

function benchmarkText(kpi: Kpi, benchmark: Benchmark, competitors: ReadonlyMap<string, string>): string {
    const gap = benchmark.gap ? (benchmark.gap.meets ? ' (met)' : ` (${gapWithUnit(benchmark.gap.text, kpi.unit)} short)`) : '';
    const owner = benchmarkOwner(benchmark, competitors);
    return `${withUnit(benchmark.value.text, kpi.unit)}${owner ? ` · ${owner}` : ''}${gap}`;
}

function tooltip(kpi: Kpi, competitors: ReadonlyMap<string, string>): string {
    const lines = [`KPI: ${kpi.title}`, `Status: ${kpi.status}${kpi.trend ? `, ${kpi.trend}` : ''}`];
    if (kpi.description) lines.push(kpi.description);
    if (kpi.current) lines.push(`Current: ${withUnit(kpi.current.text, kpi.unit)}`);
    if (kpi.target) lines.push(`Target: ${withUnit(kpi.target.text, kpi.unit)}${kpi.targetDate ? ` by ${kpi.targetDate}` : ''}`);
    lines.push(`Better: ${kpi.better}`);
    if (kpi.history.length > 0)
        lines.push(`History: ${kpi.history.map(entry => `${entry.when} ${withUnit(entry.value.text, kpi.unit)}`).join(', ')}`);
    kpi.benchmarks.forEach((benchmark, i) => lines.push(`Benchmark ${benchmarkLetter(i)}: ${benchmarkText(kpi, benchmark, competitors)}`));
    return lines.join('\n');
}

/** A KPI card `width` wide with its top-left corner at (x, 0). */
export function kpiCard(
    kpi: Kpi,
    x: number,
    width: number,
    ids: ElementIds,
    competitors: ReadonlyMap<string, string> = new Map()
): { group: GroupMark; height: number } {
    const inner = width - 2 * PAD;
    const children: Mark[] = [];
    let y = PAD;
    const add = (block: ReturnType<typeof textBlock>, gap: number) => {
        children.push(block.mark);
        y += block.height + gap;
    };
    add(textBlock(kpi.title, x + PAD, y, inner - 18, { size: 12, weight: 'bold', role: 'card-title', maxLines: 2 }), 4);
    children.push({ type: 'icon', name: 'kpi', x: x + width - PAD - 13, y: PAD, size: 13, role: 'icon' });
    const status = STATUS[kpi.status];
    add(textBlock(status.text, x + PAD, y, inner, { size: 11, weight: 'bold', role: status.role, maxLines: 1 }), 3);
    const spark = sparkline(kpi, x + width - PAD - SPARK_WIDTH, y + 1, SPARK_WIDTH, 11);
    if (kpi.trend || spark.length > 0) {
        const trend = kpi.trend ? TREND[kpi.trend] : 'history';
        add(textBlock(trend, x + PAD, y, inner - SPARK_WIDTH - 6, { size: 11, role: 'muted', maxLines: 1 }), 3);
        children.push(...spark);
    }
    const values = [
        kpi.current ? `Current ${withUnit(kpi.current.text, kpi.unit)}` : 'No current value',
        kpi.target ? `target ${withUnit(kpi.target.text, kpi.unit)}${kpi.targetDate ? ` by ${kpi.targetDate}` : ''}` : 'no target'
    ];
    add(textBlock(values.join(' · '), x + PAD, y, inner, { size: 12, role: 'text', maxLines: 2 }), 2);
    const gap = gapLine(kpi);
    if (gap) {
        add(textBlock(gap.text, x + PAD, y, inner, { size: 11, role: gap.good ? 'kpi-good' : 'kpi-bad', maxLines: 2 }), 2);
    }
    const scale = kpiScale(kpi, x + PAD + 4, y, inner - 8);
    if (scale.length > 0) {
        children.push(...scale);
        y += SCALE_HEIGHT + 4;
    }
    kpi.benchmarks.forEach((benchmark, index) => {
        const text = `${benchmarkLetter(index)} ${benchmarkText(kpi, benchmark, competitors)}`;
        const block = textBlock(text, x + PAD, y, inner, { size: 11, role: 'muted', maxLines: 2 });
        children.push({
            type: 'group',
            id: ids.make('benchmark', kpi.id, index),
            kind: 'benchmark',
            modelId: kpi.id,
            index,
            // Its accessible name (and the full line when the text is cut).
            tooltip: `${kpi.title} benchmark ${text}`,
            children: [block.mark]
        });
        y += block.height + 3;
    });
    const height = y + PAD - 2;
    children.unshift({ type: 'rect', x, y: 0, width, height, radius: 6, role: 'kpi' });
    return {
        group: { type: 'group', id: ids.make('kpi', kpi.id), kind: 'kpi', modelId: kpi.id, tooltip: tooltip(kpi, competitors), children },
        height
    };
}
