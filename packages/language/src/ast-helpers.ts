/** Small readings of the AST shared by the validators and the model builder. */
import type { Journey, Kpi, Quantity as QuantityNode, Touchpoint } from './generated/ast.js';
import { type BetterDirection, formatQuantity, isVocabularyWord, type Quantity } from '@cjourney/model';

export function toQuantity(node: QuantityNode): Quantity {
    return { value: node.value, percent: node.percent, text: formatQuantity(node.value, node.percent) };
}

/** A KPI's direction; `higher` when not written or misspelt (the misspelling is reported). */
export function betterOf(kpi: Kpi): BetterDirection {
    return isVocabularyWord('better', kpi.better) ? kpi.better : 'higher';
}

export function touchpointsOf(journey: Journey): Touchpoint[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}

/** The type a type guard checks for. */
export type Guarded<G> = G extends (item: unknown) => item is infer T ? T : never;

/** One type guard for several node types: whether a node is any of them. */
export function isAnyOf<G extends ((item: unknown) => boolean)[]>(...guards: G): (item: unknown) => item is Guarded<G[number]> {
    return (item: unknown): item is Guarded<G[number]> => guards.some(guard => guard(item));
}
