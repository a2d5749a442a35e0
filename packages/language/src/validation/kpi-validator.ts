import type { ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Benchmark, Kpi, Quantity as QuantityNode } from '../generated/ast.js';
import { gapBetween, gapWithUnit, withUnit } from '@cjourney/model';
import { betterOf, toQuantity } from '../ast-helpers.js';
import { displayName, reporter } from './report.js';

/** KPIs: mixed units, gaps to target and benchmarks, missing targets. */
export class KpiValidator {
    checkKpi(kpi: Kpi, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        if (!kpi.target) {
            report(DiagnosticCode.KpiWithoutTarget, `The KPI ${displayName(kpi)} has no target: add one, e.g. target 45.`, {
                node: kpi,
                property: 'name'
            });
        }
        if (this.checkUnits(kpi, accept) || !kpi.current) {
            return;
        }
        const better = betterOf(kpi);
        const current = toQuantity(kpi.current);
        const direction = better === 'higher' ? 'below' : 'above';
        if (kpi.target) {
            const target = toQuantity(kpi.target);
            const gap = gapBetween(current, target, better);
            if (gap && !gap.meets) {
                report(
                    DiagnosticCode.KpiBelowTarget,
                    `${displayName(kpi)} is at ${withUnit(current.text, kpi.unit)}, ${gapWithUnit(gap.text, kpi.unit)} ${direction} its target of ${withUnit(target.text, kpi.unit)}${better === 'lower' ? ' (lower is better)' : ''}.`,
                    { node: kpi, property: 'current' }
                );
            }
        }
        benchmarksWithValues(kpi).forEach(benchmark => {
            const reference = toQuantity(benchmark.value);
            const gap = gapBetween(current, reference, better);
            if (gap && !gap.meets) {
                const source = benchmarkSource(benchmark);
                report(
                    DiagnosticCode.KpiBelowBenchmark,
                    `${displayName(kpi)} is at ${withUnit(current.text, kpi.unit)}, ${gapWithUnit(gap.text, kpi.unit)} ${direction} the benchmark of ${withUnit(reference.text, kpi.unit)}${source}.`,
                    { node: benchmark }
                );
            }
        });
    }

    /** `value-mismatch`: reports values whose unit differs from the first one; true if any. */
    private checkUnits(kpi: Kpi, accept: ValidationAcceptor): boolean {
        const values: { label: string; node: QuantityNode }[] = [];
        if (kpi.current) values.push({ label: 'current', node: kpi.current });
        if (kpi.target) values.push({ label: 'target', node: kpi.target });
        benchmarksWithValues(kpi).forEach(benchmark => values.push({ label: 'benchmark', node: benchmark.value }));
        kpi.history
            .filter(measurement => measurement.value !== undefined)
            .forEach(measurement => values.push({ label: 'history value', node: measurement.value }));
        const [first, ...others] = values;
        const mismatched = others.filter(other => other.node.percent !== first.node.percent);
        for (const other of mismatched) {
            reporter(accept)(
                DiagnosticCode.ValueMismatch,
                `${displayName(kpi)} mixes percentages and plain numbers: ${first.label} is ${toQuantity(first.node).text} but this ${other.label} is ${toQuantity(other.node).text}. Write all its values the same way.`,
                { node: other.node }
            );
        }
        return mismatched.length > 0;
    }
}

/** ` set by Pure-player fashion leader (annual report, 2025)`: whose benchmark it is, its source and date. */
function benchmarkSource(benchmark: Benchmark): string {
    const competitor = benchmark.competitor?.ref;
    const who = competitor ? (competitor.title ?? competitor.name) : benchmark.source;
    const details = [competitor ? benchmark.source : undefined, benchmark.date].filter(part => part !== undefined);
    if (!who) {
        return details.length > 0 ? ` (${details.join(', ')})` : '';
    }
    return ` set by ${who}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** The benchmarks the parser read with a value (a broken line can leave it out: nothing to compare). */
function benchmarksWithValues(kpi: Kpi): (Benchmark & { value: QuantityNode })[] {
    return kpi.benchmarks.filter((benchmark): benchmark is Benchmark & { value: QuantityNode } => benchmark.value !== undefined);
}
