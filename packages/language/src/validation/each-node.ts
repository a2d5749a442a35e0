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
    await checkNodes(nodesToCheck(root, nodeOptions), registry, options, () => accept, cancelToken);
}

/** The nodes under `root` (itself included) that Langium's options say to check. */
function* nodesToCheck(root: AstNode, nodeOptions: NodeOptions): Generator<AstNode> {
    const nodes = AstUtils.streamAst(root).iterator();
    for (const node of nodes) {
        const { validateNode, validateChildren } = nodeOptions(node);
        if (validateNode) yield node;
        if (!validateChildren) nodes.prune();
    }
}

/**
 * Runs the checks of each node, reporting through the acceptor `acceptFor` gives for that
 * node (the incremental validation keeps each node's diagnostics apart: validation-memo.ts).
 */
export async function checkNodes(
    nodes: Iterable<AstNode>,
    registry: ValidationRegistry,
    options: ValidationOptions,
    acceptFor: (node: AstNode) => ValidationAcceptor,
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
    let sinceInterrupt = 0;
    for (const node of nodes) {
        if (++sinceInterrupt === NODES_BETWEEN_INTERRUPTS) {
            sinceInterrupt = 0;
            await interruptAndCheck(cancelToken);
        }
        const checks = checksOf(node.$type);
        if (checks.length === 0) continue;
        const accept = acceptFor(node);
        for (const check of checks) await check(node, accept, cancelToken);
    }
}
