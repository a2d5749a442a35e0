/**
 * Where the flow view's stage containers, touchpoint nodes and step routes go: ELK's layered
 * layout, or the linear fallback for journeys too big for it. Only the nodes' heights are
 * needed here; drawing them is flow-layout.ts's.
 */
import type { Journey } from '@cjourney/model';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Point } from '../scene.js';
import { layoutWithElk } from './elk-runner.js';

/** The width of every touchpoint node. */
export const NODE_W = 200;
const CONTAINER_TOP = 46;

/** The drawn nodes by touchpoint id; placing them needs only their heights (all are NODE_W wide). */
export type NodeHeights = ReadonlyMap<string, { readonly height: number }>;

export interface Placement {
    /** The extent of everything placed, edges included. */
    width: number;
    height: number;
    containers: Array<{ stageIndex: number; x: number; y: number; width: number; height: number }>;
    nodes: Map<string, Point>;
    /** Per flow step (index in journey.flows), its route; absent when not drawn. */
    edges: Map<number, Point[]>;
}

/** Each touchpoint id once, in the first stage that lists it (a broken model may repeat one). */
function stageMembers(journey: Journey, drawings: NodeHeights): string[][] {
    const seen = new Set<string>();
    return journey.stages.map(stage =>
        stage.touchpointIds.filter(id => {
            if (!drawings.has(id) || seen.has(id)) return false;
            seen.add(id);
            return true;
        })
    );
}

/** The graph ELK lays out: one container per stage holding its touchpoints, one edge per drawn step. */
function elkGraph(
    journey: Journey,
    drawings: NodeHeights,
    steps: ReadonlyArray<{ position: number; from: string; to: string }>,
    direction: 'right' | 'down'
): ElkNode {
    const members = stageMembers(journey, drawings);
    return {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
            'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
            'elk.edgeRouting': 'ORTHOGONAL',
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
            'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
            // Stages keep their written order left to right, even when loops back or unconnected stages would move them.
            'elk.partitioning.activate': 'true',
            'elk.spacing.nodeNode': '28',
            'elk.layered.spacing.nodeNodeBetweenLayers': '48',
            'elk.layered.spacing.edgeNodeBetweenLayers': '18',
            'elk.spacing.edgeEdge': '10',
            'elk.json.shapeCoords': 'ROOT',
            'elk.json.edgeCoords': 'ROOT'
        },
        children: members.map((ids, stageIndex) => ({
            id: `stage:${stageIndex}`,
            layoutOptions: {
                'elk.padding': `[top=${CONTAINER_TOP},left=18,bottom=18,right=18]`,
                'elk.partitioning.partition': String(stageIndex)
            },
            children: ids.map(id => ({ id: `tp:${id}`, width: NODE_W, height: drawings.get(id)!.height })),
            // An empty stage still shows as a box wide enough for its title.
            width: 220,
            height: 90
        })),
        edges: steps.map(step => ({ id: `step:${step.position}`, sources: [`tp:${step.from}`], targets: [`tp:${step.to}`] }))
    };
}

/** The placement read back from ELK's laid-out graph (in root coordinates). */
function placementOfElkResult(result: ElkNode): Placement {
    const placement: Placement = {
        width: result.width ?? 0,
        height: result.height ?? 0,
        containers: [],
        nodes: new Map(),
        edges: new Map()
    };
    for (const container of result.children ?? []) {
        placement.containers.push({
            stageIndex: Number(container.id.slice('stage:'.length)),
            x: container.x ?? 0,
            y: container.y ?? 0,
            width: container.width ?? 0,
            height: container.height ?? 0
        });
        for (const node of container.children ?? []) {
            placement.nodes.set(node.id.slice('tp:'.length), { x: node.x ?? 0, y: node.y ?? 0 });
        }
    }
    for (const edge of collectEdges(result)) {
        const section = edge.sections?.[0];
        if (section) {
            placement.edges.set(Number(edge.id.slice('step:'.length)), [
                section.startPoint,
                ...(section.bendPoints ?? []),
                section.endPoint
            ]);
        }
    }
    return placement;
}

/** ELK's layered layout of the stages, their touchpoints and the steps between them. */
export async function elkPlacement(
    journey: Journey,
    drawings: NodeHeights,
    steps: ReadonlyArray<{ position: number; from: string; to: string }>,
    direction: 'right' | 'down'
): Promise<Placement> {
    const result = await layoutWithElk(elkGraph(journey, drawings, steps, direction));
    return placementOfElkResult(result);
}

/** ELK may move an edge into the container that holds both its ends: look everywhere. */
function collectEdges(node: ElkNode): ElkExtendedEdge[] {
    return [...(node.edges ?? []), ...(node.children ?? []).flatMap(collectEdges)];
}

/**
 * The fallback for huge journeys: each stage a column of touchpoints in a grid, in written
 * order; steps as straight arrows. Linear in size and safe at any size.
 */
export function linearPlacement(
    journey: Journey,
    drawings: NodeHeights,
    steps: ReadonlyArray<{ position: number; from: string; to: string }>
): Placement {
    const placement: Placement = { width: 0, height: 0, containers: [], nodes: new Map(), edges: new Map() };
    const rowHeight = Math.max(0, ...[...drawings.values()].map(drawing => drawing.height)) + 24;
    let x = 0;
    stageMembers(journey, drawings).forEach((ids, stageIndex) => {
        const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length / 3)));
        ids.forEach((id, i) =>
            placement.nodes.set(id, { x: x + 18 + (i % columns) * (NODE_W + 28), y: CONTAINER_TOP + Math.floor(i / columns) * rowHeight })
        );
        const width = Math.max(220, columns * (NODE_W + 28) - 28 + 36);
        const height = Math.max(90, CONTAINER_TOP + Math.ceil(ids.length / columns) * rowHeight);
        placement.containers.push({ stageIndex, x, y: 0, width, height });
        x += width + 48;
        placement.width = x - 48;
        placement.height = Math.max(placement.height, height);
    });
    for (const step of steps) {
        const from = placement.nodes.get(step.from)!;
        const to = placement.nodes.get(step.to)!;
        const fromHeight = drawings.get(step.from)!.height;
        const toHeight = drawings.get(step.to)!.height;
        placement.edges.set(step.position, [
            { x: from.x + NODE_W, y: from.y + fromHeight / 2 },
            { x: to.x, y: to.y + toHeight / 2 }
        ]);
    }
    return placement;
}
