/**
 * The flow view: an ELK layered graph, left to right, of the touchpoints grouped in stage
 * containers, with every flow step routed orthogonally; loops back are dashed. Above
 * `elkLimit` touchpoints (default 1,000) ELK would take seconds and a long chain can
 * overflow the stack, so the view falls back to a simplified linear layout and says so.
 */
import { plural, type Journey, type Touchpoint } from '@cjourney/model';
import { ElementIds } from '../element-ids.js';
import { journeyHeader } from '../journey-header.js';
import { JourneyIndex } from '../journey-index.js';
import type { LayoutOptions } from '../layout-options.js';
import { arrowHead, roundedPolyline, shiftMarks } from '../marks.js';
import type { GroupMark, Mark, Point, Role, Scene } from '../scene.js';
import { textBlock } from '../text-block.js';
import { elkPlacement, linearPlacement, NODE_W, type Placement } from './flow-placement.js';

const MARGIN = 32;
const PAD = 10;
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
