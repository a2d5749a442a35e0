/**
 * The stakeholder map's arrows and risks, on the laid-out scene: an influence arrow is routed
 * around every other card and leaves and enters its cards straight, so between neighbours it is
 * a line with a head, not a lone head; a stakeholder's risks show on its card (a warning mark,
 * the count and the first risk in words) and every risk is in the card's tooltip.
 */
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { layout, renderScene, type GroupMark, type Mark, type Point } from '../src/index.js';
import { OrthogonalRouter, type Box } from '../src/layout/stakeholders/orthogonal-router.js';

async function modelOf(text: string): Promise<CjourneyModel> {
    const { documents } = await loadSources([{ uri: 'file:///tmp/stakeholders.cjourney', text }]);
    return buildCjourneyModel(documents[0], { fileName: () => 'stakeholders.cjourney' });
}

function groups(marks: readonly Mark[], kind: string): GroupMark[] {
    return marks.flatMap(mark => (mark.type === 'group' ? [...(mark.kind === kind ? [mark] : []), ...groups(mark.children, kind)] : []));
}

function texts(marks: readonly Mark[]): string[] {
    return marks.flatMap(mark => (mark.type === 'text' ? [mark.lines.join(' ')] : mark.type === 'group' ? texts(mark.children) : []));
}

const insideBox = (p: Point, box: Box) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;

/** Whether the straight segment a–b (axis-parallel) enters the box's inside. */
function enters(a: Point, b: Point, box: Box): boolean {
    const steps = 50;
    return Array.from({ length: steps + 1 }, (_, i) => ({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps })).some(
        p => insideBox(p, box)
    );
}

const pathLength = (points: readonly Point[]) =>
    points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - points[i].x, p.y - points[i].y), 0);

describe('the orthogonal router', () => {
    const options = { clearance: 7, stub: 18, bendCost: 40, bounds: { x: 0, y: 0, width: 800, height: 600 } };

    test('goes around a card that stands between source and target, with straight, axis-parallel stretches', () => {
        const boxes: Box[] = [
            { x: 50, y: 250, width: 150, height: 60 },
            { x: 320, y: 200, width: 150, height: 160 },
            { x: 600, y: 250, width: 150, height: 60 }
        ];
        const route = new OrthogonalRouter(boxes, options).route(0, 2, 2)!;
        expect(route.length).toBeGreaterThan(3);
        route.slice(1).forEach((p, i) => {
            expect(p.x === route[i].x || p.y === route[i].y, `stretch ${i} is axis-parallel`).toBe(true);
            expect(enters(route[i], p, boxes[1]), `stretch ${i} stays out of the card between`).toBe(false);
        });
    });

    test('between neighbours the arrow leaves and enters straight and is longer than its head', () => {
        const boxes: Box[] = [
            { x: 100, y: 100, width: 176, height: 50 },
            { x: 304, y: 100, width: 176, height: 50 }
        ];
        const route = new OrthogonalRouter(boxes, options).route(0, 1, 2)!;
        expect(pathLength(route)).toBeGreaterThanOrEqual(20);
        const [last, before] = [route[route.length - 1], route[route.length - 2]];
        expect(Math.hypot(last.x - before.x, last.y - before.y)).toBeGreaterThanOrEqual(16);
    });

    test('a second arrow into the same side enters at another point, so the two heads stay apart', () => {
        const boxes: Box[] = [
            { x: 100, y: 100, width: 150, height: 50 },
            { x: 100, y: 300, width: 150, height: 50 },
            { x: 500, y: 200, width: 150, height: 50 }
        ];
        const router = new OrthogonalRouter(boxes, options);
        const first = router.route(0, 2, 2)!;
        const second = router.route(1, 2, 2)!;
        expect(first[first.length - 1]).not.toEqual(second[second.length - 1]);
    });
});

describe('the stakeholder map', () => {
    test("draws a stakeholder's risks on its card, and all of them in its tooltip", async () => {
        const model = await modelOf(`journey J "Risks" {
  stage S "Stage" { touchpoint T "Touchpoint" }
  stakeholder Ops "Operations" { power high interest high risk "Peak backlog" risk "Carrier strike" }
  stakeholder Legal "Legal" { power low interest low risk "Blocks the pilot" influences Ops }
  stakeholder Fans "Fans" { power low interest high }
}`);
        const scene = await layout(model, 'stakeholders');
        const cards = groups(scene.marks, 'stakeholder');
        const card = (id: string) => cards.find(group => group.modelId === id)!;
        expect(texts([card('Ops')]).join(' ')).toContain('2 risks: Peak backlog');
        expect(texts([card('Legal')]).join(' ')).toContain('Risk: Blocks the pilot');
        expect(texts([card('Fans')]).join(' ')).not.toContain('Risk');
        expect(card('Ops').tooltip).toContain('Risk: Peak backlog\nRisk: Carrier strike');
        const svg = renderScene(scene);
        expect(svg).toMatch(/<title>[^<]*Risk: Carrier strike/);
    });
});
