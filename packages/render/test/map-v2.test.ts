/**
 * The journey map of version 2, checked on the laid-out scene and its SVG: a curve per
 * persona with its own shape, only over the steps it lives; the blueprint and custom lanes;
 * moments of truth, evidence, risks, opportunities' status and owner; KPI status, trend,
 * history and benchmarks; the baseline's curves; the persona and lane filters; truncation
 * that keeps the end of a text.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, renderScene, type Mark, type Scene, type TextMark } from '../src/index.js';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { groupsOf, drawn } from './scene-queries.js';
import { generateJourney } from '../../../bench/journey-generator.mjs';

let fashion: CjourneyModel;
beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
});

function texts(marks: readonly Mark[]): TextMark[] {
    return marks.flatMap(mark => (mark.type === 'group' ? texts(mark.children) : mark.type === 'text' ? [mark] : []));
}

/** A point's shape as a comparable signature: circle, square, or a polygon by its corners and which way it points. */
function shapeOf(mark: Mark): string {
    return mark.type === 'path' ? `polygon-${mark.segments.length - 1}-${pointsUp(mark)}` : mark.type;
}

function pointsUp(mark: Mark): string {
    if (mark.type !== 'path') return '';
    const ys = mark.segments.flatMap(segment => ('to' in segment ? [segment.to.y] : []));
    return ys[0] === Math.min(...ys) ? 'up' : 'down';
}

function centre(mark: Mark): { x: number; y: number } {
    if (mark.type === 'circle') return { x: mark.cx, y: mark.cy };
    if (mark.type === 'rect') return { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
    if (mark.type === 'path') {
        const points = mark.segments.flatMap(segment => ('to' in segment ? [segment.to] : []));
        const xs = points.map(p => p.x);
        const ys = points.map(p => p.y);
        return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    }
    throw new Error(mark.type);
}

/** Each persona's points (by the id `cj-emotion-<step>-<persona>`) and its line's vertices. */
function curves(scene: Scene, personas: readonly string[]) {
    const points = groupsOf(scene.marks, 'emotion');
    const lines = groupsOf(scene.marks, 'persona');
    return personas.map(persona => {
        const own = points.filter(point => point.id!.endsWith(`-${persona}`));
        const line = lines.find(group => group.modelId === persona)?.children[0];
        const vertices = line?.type === 'path' ? line.segments.flatMap(segment => ('to' in segment ? [segment.to] : [])) : [];
        return { persona, points: own, vertices };
    });
}

const THREE_STEPS = `
journey Split "Two personas, apart" {
  persona Ann "Ann Example" {}
  persona Bo "Bo Example" {}
  stage One {
    touchpoint A "Both start" { emotion pleased }
    touchpoint B "Only Bo" { persona Bo emotion angry }
    touchpoint C "Only Ann" { persona Ann emotion delighted }
    touchpoint D "Both end" { emotion neutral emotion frustrated for Bo }
  }
}`;

/** Each part is in the SVG: a string as written, a pattern matched (each checked, and named when missing). */
function expectAllIn(svg: string, parts: readonly (string | RegExp)[]): void {
    parts.forEach(part => (typeof part === 'string' ? expect(svg).toContain(part) : expect(svg).toMatch(part)));
}

describe('emotion curves per persona', () => {
    test('each persona has its own point shape and line style, named at both ends of its curve', async () => {
        const scene = await layout(fashion, 'map');
        const [jana, tobias] = curves(scene, ['Jana', 'Tobias']);
        expect(jana.points).toHaveLength(2);
        expect(tobias.points).toHaveLength(2);
        expect(shapeOf(jana.points[0].children[0])).not.toBe(shapeOf(tobias.points[0].children[0]));
        const lines = groupsOf(scene.marks, 'persona').map(group => group.children[0] as { dash?: number[] });
        expect(JSON.stringify(lines[0].dash)).not.toBe(JSON.stringify(lines[1].dash));
        const names = texts(scene.marks).filter(text => text.role === 'emotion-label' && text.weight === 'bold');
        for (const title of ['Jana, repeat buyer', 'Tobias, first-time gift buyer']) {
            expect(names.filter(name => (name.title ?? name.lines[0]) === title)).toHaveLength(2);
        }
    });

    test('four personas of a generated journey have four different point shapes', async () => {
        const model = await modelOfText(generateJourney({ touchpoints: 24, personas: 4 }));
        const scene = await layout(model, 'map');
        const shapes = curves(scene, ['P0', 'P1', 'P2', 'P3']).map(curve => {
            expect(curve.points.length, curve.persona).toBeGreaterThan(0);
            return shapeOf(curve.points[0].children[0]);
        });
        expect(new Set(shapes).size).toBe(4);
    });

    test('a curve has no vertex at a step its persona does not live; it connects its own steps in path order', async () => {
        const scene = await layout(await modelOfText(THREE_STEPS), 'map');
        const x = (step: string) => centre(groupsOf(scene.marks, 'touchpoint').find(group => group.modelId === step)!.children[0]).x;
        const [ann, bo] = curves(scene, ['Ann', 'Bo']);
        const near = (vertices: { x: number }[], step: string) => vertices.some(vertex => Math.abs(vertex.x - x(step)) < 20);
        expect(['A', 'B', 'C', 'D'].filter(step => near(ann.vertices, step))).toEqual(['A', 'C', 'D']);
        expect(['A', 'B', 'C', 'D'].filter(step => near(bo.vertices, step))).toEqual(['A', 'B', 'D']);
        expect(ann.points.map(point => point.modelId)).toEqual(['A', 'C', 'D']);
    });

    test('no curve runs exactly through another persona’s point', async () => {
        const scene = await layout(await modelOfText(THREE_STEPS), 'map');
        const [ann, bo] = curves(scene, ['Ann', 'Bo']);
        for (const [line, other] of [
            [ann, bo],
            [bo, ann]
        ]) {
            for (const point of other.points.map(group => centre(group.children[0]))) {
                expect(line.vertices.some(vertex => vertex.x === point.x && vertex.y === point.y)).toBe(false);
            }
        }
    });

    test('a journey with one persona draws one curve of circles coloured by emotion, and no persona legend', async () => {
        const model = (await loadExampleModels()).get('saas-onboarding')!;
        const scene = await layout(model, 'map');
        expect(groupsOf(scene.marks, 'persona')).toHaveLength(0);
        expect(groupsOf(scene.marks, 'emotion-line')).toHaveLength(1);
        for (const point of groupsOf(scene.marks, 'emotion')) {
            expect(point.children[0]).toMatchObject({ type: 'circle', role: expect.stringMatching(/^emotion-/) });
        }
        expect(renderScene(scene)).not.toContain('Emotion by persona');
    });
});

describe('the version 2 lanes and marks', () => {
    test('the service blueprint: frontstage, a dashed line of visibility, backstage, support, with who does each', async () => {
        const { scene, svg } = await drawn(fashion, 'map');
        const y = (label: string) => texts(scene.marks).find(text => text.lines[0] === label)!.y;
        const order = ['Frontstage', 'line of visibility', 'Backstage', 'Support'].map(y);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(svg).toMatch(/class="cj-visibility-line"[^>]*stroke-dasharray/);
        expectAllIn(svg, [
            'Chat agent answers size questions (by Customer care)</title>',
            '>by Customer care<',
            '>Order management system<'
        ]);
    });

    test.each<[string, (string | RegExp)[]]>([
        ['custom lanes in declared order, with each step’s cell', ['>What we promise<', '>Free returns for 30 days<']],
        [
            'a moment of truth is starred on its step, its text in the title',
            ['<title>Moment of truth: Decides whether we can be trusted with a deadline</title>', '>Moment of truth<', 'class="cj-moment"']
        ],
        [
            'evidence is counted on cards, the findings with their sources’ titles in the title',
            [
                '>1 evidence<',
                'Evidence: 44% of gift buyers unsure of size (Exit survey after a cancelled order)',
                'Evidence: 22% exit on the delivery step (Checkout funnel analytics, Q2)'
            ]
        ],
        [
            'stakeholder risks, opportunities with status and owner',
            [
                'Risk: Peak-season backlog',
                'Risk: Peak-season backlog of 3 days</title>',
                '>OPPORTUNITY · PLANNED<',
                '>OPPORTUNITY · IDEA<',
                />Owner: Warehouse and carriers/
            ]
        ]
    ])('%s', async (_, parts) => {
        expectAllIn(renderScene(await layout(fashion, 'map')), parts);
    });

    test('the baseline’s curves, faded, under a future journey’s own, on the matching step', async () => {
        const { scene, svg } = await drawn(fashion, 'map', { journeyId: 'FashionToBe' });
        const baseline = groupsOf(scene.marks).filter(group => group.id?.startsWith('cj-baseline-line-'));
        expect(baseline.map(group => group.id)).toEqual(['cj-baseline-line-Jana', 'cj-baseline-line-Tobias']);
        expect(svg).toContain('class="cj-baseline-point"');
        const own = centre(groupsOf(scene.marks, 'emotion')[0].children[0]);
        const before = baseline.map(group => centre(group.children.find(mark => mark.type !== 'text')!));
        // Drawn first (under), left of this journey's point at the same step.
        expect(svg.indexOf('cj-baseline-line-Jana')).toBeLessThan(svg.indexOf('id="cj-emotion-Checkout"'));
        before.forEach(point => expect(Math.abs(point.x - own.x)).toBeLessThan(30));
        expect(svg).toContain('baseline: Loom &amp; Lane: first order (today)');
    });
});
