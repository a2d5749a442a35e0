/**
 * What the views must show, checked on the laid-out scene and the SVG of every example:
 * every touchpoint, pain, opportunity and stakeholder of the model appears with its id; the
 * emotion curve has one point per touchpoint with an emotion; stakeholders sit in the
 * quadrant the model gives them; flow steps are all drawn.
 */
import type { CjourneyModel, Journey } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, renderScene, type GroupMark, type Mark, type RectMark, type Scene } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { drawn } from './scene-queries.js';

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

function groups(marks: readonly Mark[], kind?: string): GroupMark[] {
    return marks.flatMap(mark =>
        mark.type === 'group' ? [...(kind === undefined || mark.kind === kind ? [mark] : []), ...groups(mark.children, kind)] : []
    );
}

function journeysOf(): Array<[string, Journey]> {
    return [...models].flatMap(([name, model]) => model.journeys.map(journey => [name, journey] as [string, Journey]));
}

/** The vertical centre of a point's shape (circle, square or polygon). */
function centreY(mark: Mark): number {
    if (mark.type === 'circle') return mark.cy;
    if (mark.type === 'rect') return mark.y + mark.height / 2;
    if (mark.type === 'path') {
        const ys = mark.segments.flatMap(segment => ('to' in segment ? [segment.to.y] : []));
        return (Math.min(...ys) + Math.max(...ys)) / 2;
    }
    throw new Error(`not a point shape: ${mark.type}`);
}

function frame(group: GroupMark): RectMark {
    const rect = group.children.find((mark): mark is RectMark => mark.type === 'rect');
    expect(rect, `${group.id} has a frame`).toBeDefined();
    return rect!;
}

describe('the journey map', () => {
    test('shows every stage, touchpoint, pain and opportunity with ids derived from the model', async () => {
        for (const [name, journey] of journeysOf()) {
            const { svg } = await drawn(models.get(name)!, 'map', { journeyId: journey.id });
            for (const stage of journey.stages) {
                expect(svg, `${name}: stage ${stage.id}`).toContain(
                    `id="cj-stage-${stage.id}" data-cj-kind="stage" data-cj-id="${stage.id}"`
                );
            }
            for (const touchpoint of journey.touchpoints) {
                expect(svg, `${name}: touchpoint ${touchpoint.id}`).toContain(
                    `id="cj-touchpoint-${touchpoint.id}" data-cj-kind="touchpoint" data-cj-id="${touchpoint.id}"`
                );
                touchpoint.pains.forEach((_, index) =>
                    expect(svg).toContain(
                        `id="cj-pain-${touchpoint.id}-${index}" data-cj-kind="pain" data-cj-id="${touchpoint.id}" data-cj-index="${index}"`
                    )
                );
                touchpoint.opportunities.forEach((_, index) =>
                    expect(svg).toContain(
                        `id="cj-opportunity-${touchpoint.id}-${index}" data-cj-kind="opportunity" data-cj-id="${touchpoint.id}" data-cj-index="${index}"`
                    )
                );
            }
            for (const kpi of journey.kpis) {
                expect(svg, `${name}: KPI ${kpi.id}`).toContain(`id="cj-kpi-${kpi.id}"`);
            }
        }
    });

    test('each curve has one point per step with an emotion for it, at its score', async () => {
        for (const [name, journey] of journeysOf()) {
            const scene = await layout(models.get(name)!, 'map', { journeyId: journey.id });
            const points = groups(scene.marks, 'emotion');
            const several =
                new Set(journey.touchpoints.flatMap(touchpoint => touchpoint.personaEmotions.map(entry => entry.personaId))).size > 1;
            // Several personas: a point per persona that lives the step and feels there; else one per step that feels.
            const expected = several
                ? journey.touchpoints.flatMap(touchpoint =>
                      touchpoint.personaEmotions.map(entry => ({
                          id: `cj-emotion-${touchpoint.id}-${entry.personaId}`,
                          score: entry.score
                      }))
                  )
                : journey.touchpoints.flatMap(touchpoint => {
                      const score = touchpoint.personaEmotions[0]?.score ?? touchpoint.emotionScore;
                      return score === undefined ? [] : [{ id: `cj-emotion-${touchpoint.id}`, score }];
                  });
            expect(points.map(point => point.id).sort(), name).toEqual(expected.map(point => point.id).sort());
            // Higher scores are drawn higher: y decreases as the score rises.
            const y = (id: string) => centreY(points.find(point => point.id === id)!.children[0]);
            for (const a of expected) {
                for (const b of expected) {
                    if (a.score > b.score) expect(y(a.id)).toBeLessThan(y(b.id));
                }
            }
        }
    });

    test('one line per persona when several personas have emotions', async () => {
        const retail = models.get('retail-repurchase')!;
        const scene = await layout(retail, 'map');
        const lines = groups(scene.marks, 'persona').map(group => group.modelId);
        expect(lines).toEqual(['Claire', 'Marco']);
    });

    test('each opportunity sits right under the pain it answers', async () => {
        const scene = await layout(models.get('retail-repurchase')!, 'map');
        const pain = groups(scene.marks, 'pain').find(group => group.modelId === 'StockOut' && group.index === 0)!;
        const answers = groups(scene.marks, 'opportunity').filter(group => group.modelId === 'StockOut');
        expect(answers).toHaveLength(2);
        const painFrame = frame(pain);
        for (const answer of answers) {
            const answerFrame = frame(answer);
            expect(answerFrame.y).toBeGreaterThan(painFrame.y + painFrame.height - 1);
            expect(answerFrame.x).toBeGreaterThan(painFrame.x);
        }
    });

    test('every flow step is drawn, loops back dashed', async () => {
        for (const [name, journey] of journeysOf()) {
            const scene = await layout(models.get(name)!, 'map', { journeyId: journey.id });
            const flows = groups(scene.marks, 'flow');
            expect(
                flows.map(flow => flow.index),
                name
            ).toEqual(journey.flows.map((_, index) => index));
            flows.forEach(flow => {
                const step = journey.flows[flow.index!];
                const line = flow.children[0] as { role: string; dash?: number[] };
                expect(line.role, `${name} ${step.from}->${step.to}`).toBe(step.backward || step.selfLoop ? 'edge-loop' : 'edge');
            });
        }
    });

    test('touchpoint cards never overlap and share one height', async () => {
        for (const [name, journey] of journeysOf()) {
            const scene = await layout(models.get(name)!, 'map', { journeyId: journey.id });
            const cards = groups(scene.marks, 'touchpoint').map(frame);
            expect(new Set(cards.map(card => card.height)).size, name).toBeLessThanOrEqual(1);
            cards.slice(1).forEach((card, i) => expect(card.x, name).toBeGreaterThanOrEqual(cards[i].x + cards[i].width));
        }
    });
});

describe('the stakeholder map', () => {
    function quadrantRects(scene: Scene): Map<string, RectMark> {
        return new Map(groups(scene.marks, 'quadrant').map(group => [group.modelId!, frame(group)]));
    }

    test('every stakeholder of the journey appears, inside the quadrant the model gives it, without overlap', async () => {
        for (const [name, journey] of journeysOf()) {
            const scene = await layout(models.get(name)!, 'stakeholders', { journeyId: journey.id });
            const quadrants = quadrantRects(scene);
            expect([...quadrants.keys()].sort()).toEqual(['keep-informed', 'keep-satisfied', 'manage-closely', 'monitor']);
            const nodes = groups(scene.marks, 'stakeholder');
            expect(nodes.map(node => node.modelId).sort(), name).toEqual(journey.stakeholders.map(stakeholder => stakeholder.id).sort());
            const boxes = nodes.map(node => {
                const marker = node.children[0] as {
                    x?: number;
                    y?: number;
                    cx?: number;
                    cy?: number;
                    segments?: Array<{ to?: { x: number; y: number } }>;
                };
                const centre =
                    marker.cx !== undefined
                        ? { x: marker.cx, y: marker.cy! }
                        : marker.x !== undefined
                          ? { x: marker.x, y: marker.y! }
                          : marker.segments![0].to!;
                return { id: node.modelId!, centre };
            });
            for (const stakeholder of journey.stakeholders) {
                const box = boxes.find(candidate => candidate.id === stakeholder.id)!;
                if (!stakeholder.quadrant) continue;
                const area = quadrants.get(stakeholder.quadrant)!;
                expect(box.centre.x, `${name}: ${stakeholder.id} in ${stakeholder.quadrant}`).toBeGreaterThan(area.x);
                expect(box.centre.x).toBeLessThan(area.x + area.width);
                expect(box.centre.y).toBeGreaterThan(area.y);
                expect(box.centre.y).toBeLessThan(area.y + area.height);
            }
            // Markers of different stakeholders are never closer than a node's size.
            for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                    const apart =
                        Math.abs(boxes[i].centre.x - boxes[j].centre.x) >= 150 || Math.abs(boxes[i].centre.y - boxes[j].centre.y) >= 30;
                    expect(apart, `${name}: ${boxes[i].id} and ${boxes[j].id} overlap`).toBe(true);
                }
            }
        }
    });

    test('influences are drawn as edges', async () => {
        const scene = await layout(models.get('retail-repurchase')!, 'stakeholders');
        const edges = groups(scene.marks, 'influence').map(edge => edge.modelId);
        expect(edges).toEqual(expect.arrayContaining(['ClubMembers->Merchandising', 'BrandPartners->Merchandising']));
    });

    test('a file of shared definitions only: its shared stakeholders on the map, a message in other views', async () => {
        const shared = models.get('shared/stakeholders')!;
        const map = await layout(shared, 'stakeholders');
        expect(
            groups(map.marks, 'stakeholder')
                .map(node => node.modelId)
                .sort()
        ).toEqual(shared.shared.stakeholders.map(stakeholder => stakeholder.id).sort());
        for (const view of ['map', 'flow'] as const) {
            const scene = await layout(shared, view);
            expect(scene.notes.join(' ')).toContain('no journey, only shared definitions');
        }
    });
});

describe('the flow', () => {
    test('every touchpoint in its stage container, every step routed', async () => {
        for (const [name, journey] of journeysOf()) {
            const scene = await layout(models.get(name)!, 'flow', { journeyId: journey.id });
            const containers = new Map(groups(scene.marks, 'stage').map(group => [group.modelId!, frame(group)]));
            const nodes = new Map(groups(scene.marks, 'touchpoint').map(group => [group.modelId!, frame(group)]));
            for (const touchpoint of journey.touchpoints) {
                const node = nodes.get(touchpoint.id)!;
                const container = containers.get(touchpoint.stageId)!;
                expect(node, `${name}: ${touchpoint.id}`).toBeDefined();
                expect(node.x).toBeGreaterThanOrEqual(container.x);
                expect(node.x + node.width).toBeLessThanOrEqual(container.x + container.width);
                expect(node.y).toBeGreaterThanOrEqual(container.y);
                expect(node.y + node.height).toBeLessThanOrEqual(container.y + container.height);
            }
            expect(
                groups(scene.marks, 'flow').map(flow => flow.index),
                name
            ).toEqual(journey.flows.map((_, index) => index));
        }
    });

    test('above the ELK limit: a simplified layout that still shows every touchpoint and step, and says so', async () => {
        const retail = models.get('retail-repurchase')!;
        const scene = await layout(retail, 'flow', { elkLimit: 5 });
        expect(scene.notes.join(' ')).toContain('Simplified layout: 14 touchpoints is more than the 5 touchpoints');
        expect(groups(scene.marks, 'touchpoint')).toHaveLength(14);
        expect(groups(scene.marks, 'flow')).toHaveLength(retail.journeys[0].flows.length);
        expect(renderScene(scene)).toContain('Simplified layout');
    });
});
