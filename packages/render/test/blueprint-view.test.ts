/**
 * The blueprint view: the customer's steps over frontstage, the dashed line of visibility,
 * backstage and support, each entry under its step with who does it; a calm notice when the
 * journey has no blueprint yet.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, renderView, type Mark, type PathMark } from '../src/index.js';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { frameOf, groupById, groupsOf, textsOf, wordsOf } from './scene-queries.js';

let fashion: CjourneyModel;
beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
});

function lineOfVisibilityY(marks: readonly Mark[]): number {
    const label = textsOf(marks).find(text => text.lines[0] === 'line of visibility')!;
    const lines = marks.filter((mark): mark is PathMark => mark.type === 'path' && mark.dash !== undefined && mark.dash[0] === 8);
    expect(lines.length).toBe(1);
    const y = lines[0].segments[0].op === 'M' ? lines[0].segments[0].to.y : NaN;
    expect(Math.abs(label.y - y)).toBeLessThan(10);
    return y;
}

describe('the blueprint of the contract example', () => {
    test('lanes run top to bottom: customer steps, frontstage, line of visibility, backstage, support', async () => {
        const scene = await layout(fashion, 'blueprint');
        const labelY = (title: string) => textsOf(scene.marks).find(text => text.lines[0] === title)!.y;
        const order = ['Customer steps', 'Frontstage', 'Backstage', 'Support'].map(labelY);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        const visibility = lineOfVisibilityY(scene.marks);
        const frontstage = frameOf(groupById(scene.marks, 'cj-blueprint-Size-frontstage-0'));
        const backstage = frameOf(groupById(scene.marks, 'cj-blueprint-Checkout-backstage-0'));
        const support = frameOf(groupById(scene.marks, 'cj-blueprint-Checkout-support-1'));
        expect(frontstage.y + frontstage.height).toBeLessThan(visibility);
        expect(backstage.y).toBeGreaterThan(visibility);
        expect(support.y).toBeGreaterThan(backstage.y + backstage.height);
    });

    test('each entry stands under its step and says who does it', async () => {
        const scene = await layout(fashion, 'blueprint');
        const step = frameOf(groupById(scene.marks, 'cj-touchpoint-Size'));
        const entry = groupById(scene.marks, 'cj-blueprint-Size-frontstage-0');
        expect(frameOf(entry).x).toBe(step.x);
        expect(entry).toMatchObject({ kind: 'touchpoint-details', modelId: 'Size', index: 0 });
        expect(wordsOf([entry])).toBe('Chat agent answers size questions by Customer care');
        expect(wordsOf([groupById(scene.marks, 'cj-blueprint-Checkout-backstage-0')])).toContain('by E-commerce team');
        expect(wordsOf(scene.marks)).toMatch(/Service blueprint · 2 customer steps · 3 blueprint entries/);
        // Personas who feel differently at a step are each named with their own emotion.
        expect(wordsOf([groupById(scene.marks, 'cj-touchpoint-Size')])).toContain(
            'Jana, repeat buyer: pleased · Tobias, first-time gift buyer: frustrated'
        );
    });

    test('a journey without blueprint entries gets a calm notice saying how to write one, without backticks', async () => {
        const model = await modelOfText('journey J "No blueprint" { stage S "Stage" { touchpoint T "Step" { emotion pleased } } }');
        const scene = await layout(model, 'blueprint');
        expect(wordsOf(scene.marks)).toContain('No blueprint yet. Under a touchpoint, write frontstage');
        expect(await renderView(model, 'blueprint')).not.toContain('`');
        expect(
            groupsOf(scene.marks)
                .filter(group => group.kind === 'touchpoint')
                .map(group => group.modelId)
        ).toEqual(['T']);
    });

    test('the same model gives the same bytes', async () => {
        expect(await renderView(fashion, 'blueprint')).toBe(await renderView(fashion, 'blueprint'));
    });
});
