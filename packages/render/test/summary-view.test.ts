/**
 * The summary view: the emotion curves (one per persona, each with its own dash and point
 * shape; a future journey's baseline faded beneath), the top pains ranked by evidence, the
 * KPIs grouped by status in words, the quick wins; calm notices where a part has no data.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, renderView, type Mark } from '../src/index.js';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { frameOf, groupById, groupsOf, wordsOf } from './scene-queries.js';

let fashion: CjourneyModel;
beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
});

function pathsOf(marks: readonly Mark[]): Array<Extract<Mark, { type: 'path' }>> {
    return marks.flatMap(mark => (mark.type === 'group' ? pathsOf(mark.children) : mark.type === 'path' ? [mark] : []));
}

const EVIDENCE = `source S "Survey" { kind survey }
journey J "Ranked" {
  stage A "A" {
    touchpoint One "One" { emotion pleased pain "Once" evidence S "one finding" }
    touchpoint Two "Two" {
      emotion angry
      pain "Never"
      pain "Most" { evidence S "first" evidence S "second" evidence S "third" }
    }
  }
}`;

describe('the summary', () => {
    test('one curve per persona, each with its own dash pattern and point shape', async () => {
        const scene = await layout(fashion, 'summary');
        const jana = groupById(scene.marks, 'cj-emotion-line-Jana');
        const tobias = groupById(scene.marks, 'cj-emotion-line-Tobias');
        const line = (group: typeof jana) => group.children.find(child => child.type === 'path')!;
        expect(JSON.stringify(line(jana))).not.toBe(JSON.stringify({ ...line(tobias) }));
        expect([line(jana).role, line(tobias).role]).toEqual(['persona-line-0', 'persona-line-1']);
        expect(line(jana).type === 'path' && line(jana).dash).toBeFalsy();
        expect(line(tobias).type === 'path' && line(tobias).dash).toEqual([9, 5]);
        const shape = (group: typeof jana) => groupsOf(group.children).filter(point => point.kind === 'emotion')[0].children[0].type;
        expect(shape(jana)).toBe('circle');
        expect(shape(tobias)).toBe('rect');
        expect(groupById(scene.marks, 'cj-emotion-Size-Tobias').tooltip).toBe('Tobias, first-time gift buyer at Picks a size: frustrated');
    });

    test('personas feeling the same at the same steps get lines apart, never one on top of the other', async () => {
        const model = await modelOfText(`journey J "Shared feelings" {
  persona A "Ann"
  persona B "Ben"
  stage S "Stage" {
    touchpoint One "One" { emotion pleased }
    touchpoint Two "Two" { emotion angry }
  }
}`);
        const scene = await layout(model, 'summary');
        const ys = ['A', 'B'].map(id => {
            const line = groupById(scene.marks, `cj-emotion-line-${id}`).children.find(child => child.type === 'path')!;
            return line.type === 'path' ? line.segments.map(segment => (segment.op === 'Z' ? NaN : segment.to.y)) : [];
        });
        ys[0].forEach((y, i) => expect(Math.abs(y - ys[1][i])).toBeGreaterThanOrEqual(3));
    });

    test('the top pains are ranked by how many findings back them', async () => {
        const scene = await layout(await modelOfText(EVIDENCE), 'summary');
        const pains = groupsOf(scene.marks).filter(group => group.kind === 'pain');
        expect(pains.map(group => wordsOf([group]))).toEqual([
            '1. Most 3 findings · at Two (stage A)',
            '2. Once 1 finding · at One (stage A)',
            '3. Never no evidence yet · at Two (stage A)'
        ]);
        const ys = pains.map(group => frameOf(group).y);
        expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    });

    test('KPIs are grouped by status in words and colour; the quick wins are listed', async () => {
        const scene = await layout(fashion, 'summary');
        const words = wordsOf(scene.marks);
        expect(words).toMatch(/Off target\s+·\s+1/);
        const kpi = groupById(scene.marks, 'cj-kpi-ExitRate');
        expect(wordsOf([kpi])).toBe('Checkout exit rate off target · current 24% · target 12% by 2026-Q4 · lower is better · improving');
        expect(kpi.children.some(child => child.type === 'text' && child.role === 'kpi-status-off')).toBe(true);
        const wins = groupsOf(scene.marks).filter(group => group.kind === 'opportunity');
        expect(wins.map(group => group.id)).toEqual(['cj-opportunity-Size-0']);
    });

    test('a future journey shows its baseline curve faded under its own; a current one does not', async () => {
        const future = await layout(fashion, 'summary', { journeyId: 'FashionToBe' });
        const faded = pathsOf(future.marks).filter(path => path.role === 'baseline-line');
        expect(faded.length).toBeGreaterThan(1);
        const ownCurve = future.marks.findIndex(mark => mark.type === 'group' && mark.kind === 'emotion-line');
        const firstFaded = future.marks.findIndex(mark => mark.type === 'path' && mark.role === 'baseline-line');
        expect(firstFaded).toBeLessThan(ownCurve);
        expect(wordsOf(future.marks)).toContain('Baseline: Loom & Lane: first order (today) (faded)');
        expect(pathsOf((await layout(fashion, 'summary')).marks).filter(path => path.role === 'baseline-line')).toEqual([]);
    });

    test('a journey with nothing to summarise says how to add each part, without backticks', async () => {
        const model = await modelOfText('journey J "Bare" { stage S "Stage" { touchpoint T "Step" } }');
        const words = wordsOf((await layout(model, 'summary')).marks);
        expect(words).toContain('No emotions yet.');
        expect(words).toContain('No pains yet.');
        expect(words).toContain('No KPIs yet.');
        expect(words).toContain('No quick wins yet');
        expect(await renderView(model, 'summary')).not.toContain('`');
    });

    test('the same model gives the same bytes', async () => {
        expect(await renderView(fashion, 'summary', { journeyId: 'FashionToBe' })).toBe(
            await renderView(fashion, 'summary', { journeyId: 'FashionToBe' })
        );
    });
});
