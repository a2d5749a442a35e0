/**
 * The flow view: an ELK layered graph, left to right, of the touchpoints grouped in stage
 * containers, with every flow step routed orthogonally; loops back are dashed. Above
 * `elkLimit` touchpoints (default 1,000) ELK would take seconds and a long chain can
 * overflow the stack, so the view falls back to a simplified linear layout and says so.
 */
import { plural, type Journey, type Touchpoint } from '@cjourney/model';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { ElementIds } from '../element-ids.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import type { LayoutOptions } from '../layout-options.js';
import { arrowHead, roundedPolyline, shiftMarks } from '../marks.js';
import type { GroupMark, Mark, Point, Role, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { layoutWithElk } from './elk-runner.js';

const MARGIN = 32;
const NODE_W = 200;
const PAD = 10;
const CONTAINER_TOP = 46;
export const DEFAULT_ELK_LIMIT = 1000;

interface NodeDrawing {
    touchpoint: Touchpoint;
    group: GroupMark;
    height: number;
}

/** A touchpoint node's content at (0, 0): channel, title, emotion in words. */
function nodeDrawing(touchpoint: Touchpoint, index: JourneyIndex, ids: ElementIds): NodeDrawing {
    const inner = NODE_W - 2 * PAD;
    const children: Mark[] = [
        { type: 'icon', name: index.channelIcon(touchpoint.channelId), x: PAD, y: PAD + 3.5, size: 13, role: 'icon' }
    ];
    children.push(
        textBlock(index.channelTitle(touchpoint.channelId) ?? 'No channel', PAD + 18, PAD + 3, inner - 18, {
            size: 11,
            role: 'tag-text',
            maxLines: 1
        }).mark
    );
    const title = textBlock(touchpoint.title, PAD, PAD + 23, inner, { size: 13, weight: 'bold', role: 'card-title', maxLines: 3 });
    children.push(title.mark);
    let y = PAD + 23 + title.height + 5;
    if (touchpoint.emotion) {
        children.push(
            { type: 'circle', cx: PAD + 5, cy: y + 6, r: 5, role: `emotion-${touchpoint.emotion}` as Role, strokeWidth: 0 },
            textBlock(touchpoint.emotion, PAD + 16, y, inner - 16, { size: 11, role: 'muted', maxLines: 1 }).mark
        );
        y += 16;
    }
    const height = y + PAD - 2;
    children.unshift(
        { type: 'rect', x: 0, y: 0, width: NODE_W, height, radius: 7, role: 'card' },
        { type: 'rect', x: 7, y: 0, width: NODE_W - 14, height: 3, radius: 1.5, role: 'card-accent' }
    );
    return {
        touchpoint,
        group: {
            type: 'group',
            id: ids.make('touchpoint', touchpoint.id),
            kind: 'touchpoint',
            modelId: touchpoint.id,
            tooltip: [touchpoint.title, touchpoint.description].filter(Boolean).join('\n'),
            children
        },
        height
    };
}

function edgeMarks(points: readonly Point[], loop: boolean): Mark[] {
    const tip = points[points.length - 1];
    const before = points[points.length - 2];
    const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
    const lineEnd = { x: tip.x - ((tip.x - before.x) / length) * 7, y: tip.y - ((tip.y - before.y) / length) * 7 };
    return [
        {
            type: 'path',
            role: loop ? 'edge-loop' : 'edge',
            strokeWidth: 1.6,
            dash: loop ? [6, 4] : undefined,
            segments: roundedPolyline([...points.slice(0, -1), lineEnd], 6)
        },
        arrowHead(before, tip, loop ? 'edge-loop-arrow' : 'edge-arrow')
    ];
}

interface Placement {
    /** The extent of everything placed, edges included. */
    width: number;
    height: number;
    containers: Array<{ stageIndex: number; x: number; y: number; width: number; height: number }>;
    nodes: Map<string, Point>;
    /** Per flow step (index in journey.flows), its route; absent when not drawn. */
    edges: Map<number, Point[]>;
}

/** Each touchpoint id once, in the first stage that lists it (a broken model may repeat one). */
function stageMembers(journey: Journey, drawings: Map<string, NodeDrawing>): string[][] {
    const seen = new Set<string>();
    return journey.stages.map(stage =>
        stage.touchpointIds.filter(id => {
            if (!drawings.has(id) || seen.has(id)) return false;
            seen.add(id);
            return true;
        })
    );
}

async function elkPlacement(
    journey: Journey,
    drawings: Map<string, NodeDrawing>,
    steps: ReadonlyArray<{ position: number; from: string; to: string }>,
    direction: 'right' | 'down'
): Promise<Placement> {
    const members = stageMembers(journey, drawings);
    const graph: ElkNode = {
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
    const result = await layoutWithElk(graph);
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

/** ELK may move an edge into the container that holds both its ends: look everywhere. */
function collectEdges(node: ElkNode): ElkExtendedEdge[] {
    return [...(node.edges ?? []), ...(node.children ?? []).flatMap(collectEdges)];
}

/**
 * The fallback for huge journeys: each stage a column of touchpoints in a grid, in written
 * order; steps as straight arrows. Linear in size and safe at any size.
 */
function linearPlacement(
    journey: Journey,
    drawings: Map<string, NodeDrawing>,
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

/** Each stage as a container with its title and touchpoint count, in stage order. */
function stageContainers(journey: Journey, placement: Placement, ids: ElementIds): Mark[] {
    const graphMarks: Mark[] = [];
    for (const container of [...placement.containers].sort((a, b) => a.stageIndex - b.stageIndex)) {
        const stage = journey.stages[container.stageIndex];
        const title = textBlock(stage.title, container.x + 18, container.y + 12, container.width - 36, {
            size: 14,
            weight: 'bold',
            role: 'container-header',
            maxLines: 1
        });
        const count = textBlock(
            plural(stage.touchpointIds.length, 'touchpoint'),
            container.x + 18,
            container.y + 29,
            container.width - 36,
            { size: 11, role: 'muted', maxLines: 1 }
        );
        graphMarks.push({
            type: 'group',
            id: ids.make('stage', stage.id),
            kind: 'stage',
            modelId: stage.id,
            tooltip: [stage.title, stage.description].filter(Boolean).join('\n'),
            children: [
                {
                    type: 'rect',
                    x: container.x,
                    y: container.y,
                    width: container.width,
                    height: container.height,
                    radius: 10,
                    role: 'container'
                },
                title.mark,
                count.mark
            ]
        });
    }
    return graphMarks;
}

/** ELK's layout, or the simple one when the journey is too big for ELK to be quick or ELK fails (the note says which). */
async function placeFlow(
    journey: Journey,
    drawings: Map<string, NodeDrawing>,
    steps: Parameters<typeof linearPlacement>[2],
    options: LayoutOptions,
    notes: string[]
): Promise<Placement> {
    const limit = options.elkLimit ?? DEFAULT_ELK_LIMIT;
    if (drawings.size > limit) {
        notes.push(
            `Simplified layout: ${plural(drawings.size, 'touchpoint')} is more than the ${plural(limit, 'touchpoint')} automatic layout handles quickly, so stages are grids in written order and steps are straight arrows.`
        );
        return linearPlacement(journey, drawings, steps);
    }
    try {
        return await elkPlacement(journey, drawings, steps, options.direction ?? 'right');
    } catch (error) {
        // ELK is a large engine; whatever it trips on, the view still draws.
        notes.push(`Simplified layout: automatic layout failed (${(error as Error)?.message ?? String(error)}).`);
        return linearPlacement(journey, drawings, steps);
    }
}

export async function layoutFlow(journey: Journey, options: LayoutOptions): Promise<Scene> {
    const index = new JourneyIndex(journey);
    const ids = new ElementIds();
    const drawings = new Map<string, NodeDrawing>();
    for (const stage of journey.stages) {
        for (const id of stage.touchpointIds) {
            const touchpoint = index.touchpoints.get(id);
            if (touchpoint && !drawings.has(id)) drawings.set(id, nodeDrawing(touchpoint, index, ids));
        }
    }
    const steps = journey.flows
        .map((step, position) => ({ position, from: step.from, to: step.to, backward: step.backward || step.selfLoop }))
        .filter(step => drawings.has(step.from) && drawings.has(step.to));
    const notes: string[] = [];
    const placement = await placeFlow(journey, drawings, steps, options, notes);

    const loops = journey.flows.filter(step => step.backward || step.selfLoop).length;
    const facts = [
        'Flow',
        plural(journey.stages.length, 'stage'),
        plural(journey.touchpoints.length, 'touchpoint'),
        plural(journey.flows.length, 'step'),
        plural(loops, 'loop back', 'loops back')
    ].join(' · ');
    const notices = [...(options.notices ?? []), ...notes];
    if (journey.stages.length === 0) notices.push('This journey has no stages yet: add “stage Name { touchpoint … }” to draw its flow.');
    else if (journey.flows.length === 0) notices.push('This journey has no flow yet: add “flow A -> B -> C” to connect its touchpoints.');
    const header = journeyHeader({ title: journey.title, facts, description: journey.description, notices }, MARGIN, MARGIN, 900);
    const top = MARGIN + header.height + 24;

    const graphMarks: Mark[] = stageContainers(journey, placement, ids);
    for (const [id, point] of placement.nodes) {
        const drawing = drawings.get(id)!;
        shiftMarks([drawing.group], point.x, point.y);
        graphMarks.push(drawing.group);
    }
    for (const step of steps) {
        const points = placement.edges.get(step.position);
        if (!points || points.length < 2) continue;
        const title = (id: string) => index.touchpoints.get(id)?.title ?? id;
        graphMarks.push({
            type: 'group',
            id: ids.make('flow', step.from, step.to),
            kind: 'flow',
            modelId: `${step.from}->${step.to}`,
            index: step.position,
            tooltip: `${step.backward ? 'Loop back' : 'Flow'}: ${title(step.from)} → ${title(step.to)}`,
            children: edgeMarks(points, step.backward)
        });
    }
    shiftMarks(graphMarks, MARGIN, top);
    const right = placement.width;
    const bottom = placement.height;
    return {
        view: 'flow',
        width: Math.max(MARGIN + right, MARGIN + header.width) + MARGIN,
        height: top + bottom + MARGIN,
        title: `${journey.title} — flow`,
        notes,
        marks: [...header.marks, ...graphMarks]
    };
}
