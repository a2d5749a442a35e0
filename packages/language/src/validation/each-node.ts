/**
 * Langium's walk over a document's AST for its validation checks, cheaper per node: Langium
 * awaits a cancellation check before every node and collects each node's checks afresh
 * (streams), which at 1,000 touchpoints (4,000 nodes, most of them lines such as `emotion` or
 * `evidence` with no check of their own) cost more than the checks that run. Here the checks
 * are looked up once per node type, nodes without checks cost no await, and cancellation (and
 * Langium's yielding to other requests) is checked every few dozen nodes.
 */
import {
    AstUtils,
    interruptAndCheck,
    type AstNode,
    type Cancellation,
    type ValidationAcceptor,
    type ValidationCheck,
    type ValidationOptions,
    type ValidationRegistry
} from 'langium';

/** Nodes validated between two chances to notice a cancellation or let another request run. */
const NODES_BETWEEN_INTERRUPTS = 64;

/** What Langium's validateSingleNodeOptions says of a node. */
type NodeOptions = (node: AstNode) => { validateNode: boolean; validateChildren: boolean };

export async function validateEachNode(
    root: AstNode,
    registry: ValidationRegistry,
    options: ValidationOptions,
    accept: ValidationAcceptor,
    nodeOptions: NodeOptions,
    cancelToken: Cancellation.CancellationToken
): Promise<void> {
    const checksByType = new Map<string, readonly ValidationCheck[]>();
    const checksOf = (type: string) => {
        let checks = checksByType.get(type);
        if (checks === undefined) {
            checks = registry.getChecks(type, options.categories).toArray();
            checksByType.set(type, checks);
        }
        return checks;
    };
    const nodes = AstUtils.streamAst(root).iterator();
    let sinceInterrupt = 0;
    for (const node of nodes) {
        if (++sinceInterrupt === NODES_BETWEEN_INTERRUPTS) {
            sinceInterrupt = 0;
            await interruptAndCheck(cancelToken);
        }
        const { validateNode, validateChildren } = nodeOptions(node);
        if (validateNode) {
            for (const check of checksOf(node.$type)) await check(node, accept, cancelToken);
        }
        if (!validateChildren) nodes.prune();
    }
}
