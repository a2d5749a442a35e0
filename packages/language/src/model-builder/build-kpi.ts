/** A KPI's facts: values, history, benchmarks against competitors, status and trend (contract, Version 2). */
import { betterOf, toQuantity } from '../ast-helpers.js';
import type { Kpi as KpiNode, Quantity as QuantityNode } from '../generated/ast.js';
import { type Benchmark, gapBetween, type Kpi, kpiStatusOf, kpiTrendOf, type Quantity } from '@cjourney/model';
import { evidenceOf, measurementsOf } from './build-v2.js';
import { type IdRegistry, isDefined, type ModelContext, optional, textOf, titleOf, uniqueDefined } from './model-context.js';

/** The registries a KPI's references resolve through. */
export interface KpiIds {
    kpis: IdRegistry;
    stages: IdRegistry;
    stakeholders: IdRegistry;
    competitors: IdRegistry;
    sources: IdRegistry;
}

export function buildKpi(node: KpiNode, ids: KpiIds, context: ModelContext): Kpi {
    const better = betterOf(node);
    const current = quantityOf(node.current);
    const target = quantityOf(node.target);
    const benchmarks: Benchmark[] = node.benchmarks.flatMap(benchmark => {
        const value = quantityOf(benchmark.value);
        if (!value) {
            return [];
        }
        const gap = current ? gapBetween(current, value, better) : undefined;
        return [
            {
                value,
                ...optional('source', benchmark.source),
                ...optional('competitorId', ids.competitors.idOf(benchmark.competitor?.ref)),
                ...optional('date', benchmark.date),
                ...optional('gap', gap),
                loc: context.loc(benchmark)
            }
        ];
    });
    const history = node.history.flatMap(measurement => {
        const value = quantityOf(measurement.value);
        return value ? [{ when: textOf({ text: measurement.when }), value }] : [];
    });
    const values = [
        current,
        target,
        ...benchmarks.map(benchmark => benchmark.value),
        ...history.map(measurement => measurement.value)
    ].filter(isDefined);
    const stageIds = uniqueDefined(node.stages.map(reference => ids.stages.idOf(reference.ref)));
    const trend = kpiTrendOf(measurementsOf(node, current, quantityOf), better);
    return {
        id: ids.kpis.idOf(node)!,
        title: titleOf(node, ids.kpis.idOf(node)!),
        ...optional('description', node.description),
        ...optional('stageId', stageIds[0]),
        stageIds,
        ...optional('ownerId', ids.stakeholders.idOf(node.owner?.ref)),
        better,
        ...optional('unit', node.unit),
        ...optional('current', current),
        ...optional('target', target),
        ...optional('targetDate', node.targetDate),
        history,
        benchmarks,
        status: kpiStatusOf(current, target, better),
        ...optional('trend', trend),
        evidence: node.evidence.map(line => evidenceOf(line, ids.sources)),
        ...optional('gapToTarget', current && target ? gapBetween(current, target, better) : undefined),
        mixedUnits: values.some(value => value.percent !== values[0].percent),
        loc: context.loc(node)
    };
}

/** A quantity of the model, or undefined when absent or not a usable (finite) number. */
function quantityOf(node: QuantityNode | undefined): Quantity | undefined {
    return node && Number.isFinite(node.value) ? toQuantity(node) : undefined;
}
