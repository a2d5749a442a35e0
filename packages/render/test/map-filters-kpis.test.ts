/**
 * The journey map's filters (personas, lanes), its KPI cards (status in words, trend,
 * history, benchmarks that say whose they are, a bar that reads right for `better lower`)
 * and truncation that keeps a text's distinguishing end, with the full text in a title.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, MAP_LANE_IDS, renderScene, type RectMark } from '../src/index.js';
import { textBlock } from '../src/layout/text-block.js';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { groupsOf, drawn } from './scene-queries.js';

let fashion: CjourneyModel;
beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
});

const KPIS = `
journey Kpis "Every KPI status" {
  stage S { touchpoint T "Step" {} }
  kpi Met "Met" { stage S current 50 target 40 }
  kpi Close "Close" { stage S current 38 target 40 }
  kpi Off "Off" { stage S current 10 target 40 history "2026-Q1" 20 }
  kpi Unknown "Unknown" { stage S current 10 }
  kpi WorstLower "Worst, lower is better" { stage S better lower current 30 target 10 benchmark 20 }
  kpi BestHigher "Best, higher is better" { stage S current 30 target 10 }
}`;

const FILTERED = `
journey Filtered "Filters" {
  persona Ann "Ann" {}
  persona Bo "Bo" {}
  lane Promise "What we promise"
  stage One {
    touchpoint A "Both" { emotion pleased lane Promise "Free returns" pain "Slow" }
    touchpoint B "Only Bo" { persona Bo emotion angry }
    touchpoint C "Only Ann" { persona Ann emotion delighted }
  }
}`;

describe('KPI cards', () => {
    test('status in words and colour: met, close, off, no status', async () => {
        const { svg } = await drawn(await modelOfText(KPIS), 'map');
        expect(svg).toMatch(/class="cj-kpi-good"[^>]*>● MET</);
        expect(svg).toMatch(/class="cj-kpi-close"[^>]*>≈ CLOSE</);
        expect(svg).toMatch(/class="cj-kpi-bad"[^>]*>■ OFF TARGET</);
        expect(svg).toMatch(/class="cj-muted"[^>]*>○ NO STATUS</);
    });

    test('trend in words and a sparkline of the history', async () => {
        const scene = await layout(await modelOfText(KPIS), 'map');
        const off = groupsOf(scene.marks, 'kpi').find(group => group.modelId === 'Off')!;
        expect(renderScene({ ...scene, marks: [off] })).toContain('>▼ worsening<');
        expect(off.children.some(mark => mark.type === 'path' && mark.role === 'kpi-current' && mark.segments.length === 2)).toBe(true);
    });

    test('better is to the right: a `better lower` KPI at its worst has an empty bar, a `better higher` one at its best a full bar', async () => {
        const scene = await layout(await modelOfText(KPIS), 'map');
        const bar = (id: string) => {
            const rects = groupsOf(scene.marks, 'kpi')
                .find(group => group.modelId === id)!
                .children.filter((mark): mark is RectMark => mark.type === 'rect');
            return { track: rects.find(rect => rect.role === 'kpi-track')!, current: rects.find(rect => rect.role === 'kpi-current')! };
        };
        const worst = bar('WorstLower');
        expect(worst.current.width).toBeLessThanOrEqual(worst.current.height);
        const best = bar('BestHigher');
        expect(best.current.width).toBeCloseTo(best.track.width, 5);
        const svg = renderScene(scene);
        expect(svg).toContain('>lower is better →<');
        expect(svg).toContain('>better →<');
    });

    test('benchmark markers are lettered and each letter names whose benchmark it is, on a labelled scale', async () => {
        const svg = renderScene(await layout(fashion, 'map'));
        expect(svg).toMatch(/class="cj-kpi-benchmark"[^>]*>A</);
        expect(svg).toMatch(/class="cj-kpi-benchmark"[^>]*>B</);
        expect(svg).toContain('A 9% · Pure-player fashion leader, annual report, 2025');
        expect(svg).toContain('B 19% · Fashion e-commerce median');
        expect(svg).toMatch(/class="cj-muted"[^>]*>24%</);
        expect(svg).toMatch(/class="cj-muted"[^>]*>0%</);
        expect(svg).toContain('>■ OFF TARGET<');
        expect(svg).toContain('>▲ improving<');
    });
});

describe('filters', () => {
    test('personas: only the steps a chosen persona lives, and only its curve', async () => {
        const scene = await layout(await modelOfText(FILTERED), 'map', { personas: ['Bo'] });
        expect(groupsOf(scene.marks, 'touchpoint').map(group => group.modelId)).toEqual(['A', 'B']);
        expect(groupsOf(scene.marks, 'emotion').map(group => group.id)).toEqual(['cj-emotion-A-Bo', 'cj-emotion-B-Bo']);
        expect(groupsOf(scene.marks, 'persona').map(group => group.modelId)).toEqual(['Bo']);
    });

    test('--persona Tobias on the contract’s example: only Tobias’ steps and curve', async () => {
        const scene = await layout(fashion, 'map', { personas: ['Tobias'] });
        expect(groupsOf(scene.marks, 'touchpoint').map(group => group.modelId)).toEqual(['Size', 'Checkout']);
        const points = groupsOf(scene.marks, 'emotion').map(group => group.id);
        expect(points).toEqual(['cj-emotion-Size-Tobias', 'cj-emotion-Checkout-Tobias']);
        expect(renderScene(scene)).not.toContain('Jana, repeat buyer');
    });

    test('lanes: only the lanes named, in that order', async () => {
        const { scene, svg } = await drawn(fashion, 'map', { lanes: ['emotion', 'touchpoints'] });
        const label = (title: string) => svg.search(new RegExp(`class="cj-lane-label"[^>]*>${title}<`));
        expect(label('Emotion')).toBeGreaterThan(0);
        expect(label('Emotion')).toBeLessThan(label('Touchpoints'));
        for (const kind of ['pain', 'opportunity', 'kpi', 'stakeholder', 'touchpoint-details']) {
            expect(groupsOf(scene.marks, kind), kind).toHaveLength(0);
        }
        expect(svg).not.toContain('>Frontstage<');
        expect(svg).not.toContain('>What we promise<');
    });

    test('a custom lane is chosen by its id; the built-in names come from one table', async () => {
        expect(MAP_LANE_IDS).toEqual(['touchpoints', 'doing', 'emotion', 'pains', 'blueprint', 'stakeholders', 'kpis']);
        const svg = renderScene(await layout(await modelOfText(FILTERED), 'map', { lanes: ['Promise'] }));
        expect(svg).toContain('>What we promise<');
        expect(svg).toContain('>Free returns<');
        expect(svg).not.toMatch(/class="cj-lane-label"[^>]*>Touchpoints</);
    });
});

describe('truncation', () => {
    test('keeps the beginning and the distinguishing end, the full text in the title', () => {
        const block = textBlock('Owner: Guest-relations team of the northern region', 0, 0, 150, { size: 11, role: 'muted', maxLines: 1 });
        const [line] = block.mark.lines;
        expect(block.truncated).toBe(true);
        expect(line).toMatch(/^Owner: .*….*region$/);
        expect(block.mark.title).toBe('Owner: Guest-relations team of the northern region');
        const svg = renderScene({ view: 'map', width: 200, height: 40, title: 't', notes: [], marks: [block.mark] });
        expect(svg).toContain('<title>Owner: Guest-relations team of the northern region</title>');
    });

    test('a text that fits is never cut and has no title of its own', () => {
        const block = textBlock('Owner: Guest relations', 0, 0, 300, { size: 11, role: 'muted', maxLines: 1 });
        expect(block.mark.lines).toEqual(['Owner: Guest relations']);
        expect(block.mark.title).toBeUndefined();
    });
});
