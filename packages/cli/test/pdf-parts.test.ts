/**
 * The pure steps behind PDF pages: a long journey cut into parts of a few touchpoints (stage
 * by stage) and each part's journey model sliced to them; a tall drawing cut into bands at its
 * lane dividers; a whole view cut into blocks for slides; the SVG adapted to svg-to-pdfkit (halo text, fallback-font runs, a band's viewBox).
 */
import { layout, type Mark, type Scene } from '@cjourney/render';
import { generateJourney } from '@cjourney/test-support/hostile-input';
import { modelOfText } from '@cjourney/test-support/examples';
import { describe, expect, test } from 'vitest';
import { journeyParts, sliceJourney } from '../src/render/pdf/slice-journey.js';
import { markExtent, marksInBand, sceneBands, stageHeaderBand } from '../src/render/pdf/scene-bands.js';
import { cropToBand, markFallbackRuns, splitHalos, stackSvgs } from '../src/render/pdf/svg-for-pdf.js';
import { marksInBox, viewBlocks } from '../src/render/pdf/view-blocks.js';

const JOURNEY = `
journey Shop "Shop" {
  stage A "Find" {
    touchpoint A1 "Searches" { channel web emotion pleased }
    touchpoint A2 "Compares" { channel web emotion neutral }
    touchpoint A3 "Reads reviews" { channel web emotion frustrated }
  }
  stage B "Buy" {
    touchpoint B1 "Pays" { channel web emotion pleased }
  }
  stage C "Use" {
    touchpoint C1 "Unpacks" { channel store emotion delighted }
  }
  stage D "Empty" { }
  kpi Conversion "Conversion" { stage B current 2 target 3 unit "%" }
  kpi Nps "NPS" { current 30 target 50 }
  flow A1 -> A2 -> A3 -> B1 -> C1
}`;

async function journey() {
    return (await modelOfText(JOURNEY)).journeys[0];
}

describe('journeyParts: touchpoints in parts, stage by stage', () => {
    test('a stage larger than a part is cut; a stage that fits the room left joins the part; an empty stage is left out', async () => {
        expect(journeyParts(await journey(), 2)).toEqual([['A1', 'A2'], ['A3', 'B1'], ['C1']]);
        expect(journeyParts(await journey(), 3)).toEqual([
            ['A1', 'A2', 'A3'],
            ['B1', 'C1']
        ]);
        expect(journeyParts(await journey(), 10)).toEqual([['A1', 'A2', 'A3', 'B1', 'C1']]);
        expect(journeyParts(await journey(), 1)).toEqual([['A1'], ['A2'], ['A3'], ['B1'], ['C1']]);
    });

    test('every touchpoint of a 150-touchpoint journey is in exactly one part, in map order', async () => {
        const big = (await modelOfText(generateJourney({ touchpoints: 150 }))).journeys[0];
        const parts = journeyParts(big, 2);
        expect(parts.flat()).toEqual(big.stages.flatMap(stage => stage.touchpointIds));
        expect(parts.every(part => part.length >= 1 && part.length <= 2)).toBe(true);
    });
});

describe('sliceJourney: the journey model of one part', () => {
    test('keeps only those touchpoints, their stages, the flow steps between them and the KPIs of their stages', async () => {
        const slice = sliceJourney(await journey(), ['A3', 'B1']);
        expect(slice.touchpoints.map(touchpoint => touchpoint.id)).toEqual(['A3', 'B1']);
        expect(slice.stages.map(stage => [stage.id, stage.touchpointIds])).toEqual([
            ['A', ['A3']],
            ['B', ['B1']]
        ]);
        expect(slice.flows.map(step => `${step.from}->${step.to}`)).toEqual(['A3->B1']);
        expect(slice.path).toEqual(['A3', 'B1']);
        expect(slice.kpis.map(kpi => kpi.id)).toEqual(['Conversion']);
    });

    test('the journey-wide KPIs go with the last part only; personas and stakeholders stay whole', async () => {
        const whole = await journey();
        expect(sliceJourney(whole, ['C1'], true).kpis.map(kpi => kpi.id)).toEqual(['Nps']);
        expect(sliceJourney(whole, ['C1']).kpis).toEqual([]);
        expect(sliceJourney(whole, ['C1']).personas).toBe(whole.personas);
    });

    test('the sliced journey draws as a map of just those columns', async () => {
        const model = await modelOfText(JOURNEY);
        const full = await layout(model, 'map');
        const part = await layout({ ...model, journeys: [sliceJourney(model.journeys[0], ['A1', 'A2'])] }, 'map');
        expect(part.width).toBeLessThan(full.width);
        expect(JSON.stringify(part.marks)).toContain('Compares');
        expect(JSON.stringify(part.marks)).not.toContain('Unpacks');
    });
});

describe('sceneBands: a tall map cut between its lanes', () => {
    test('bands no taller than asked (where the lanes allow), covering the drawing, cut where no card is', async () => {
        const scene = await layout(await modelOfText(JOURNEY), 'map');
        const bands = sceneBands(scene, scene.height / 2.5);
        expect(bands.length).toBeGreaterThan(1);
        expect(bands[0].top).toBe(0);
        expect(bands.at(-1)!.bottom).toBe(scene.height);
        bands.slice(1).forEach((band, index) => expect(band.top).toBe(bands[index].bottom));
        // No touchpoint card crosses a cut.
        const cards = scene.marks.flatMap(function all(mark): typeof scene.marks {
            return mark.type === 'group' ? (mark.kind === 'touchpoint' ? [mark] : mark.children.flatMap(all)) : [];
        });
        for (const card of cards) {
            const extent = markExtent(card);
            expect(bands.some(band => extent.top >= band.top && extent.bottom <= band.bottom)).toBe(true);
        }
    });

    test('bands after the first leave room for the stage headers repeated above them', async () => {
        const scene = await layout(await modelOfText(JOURNEY), 'map');
        const header = stageHeaderBand(scene)!;
        expect(JSON.stringify(marksInBand(scene, header).marks)).toContain('Find');
        expect(JSON.stringify(marksInBand(scene, header).marks)).not.toContain('Searches');
        const reserve = header.bottom - header.top;
        const max = scene.height / 2.5;
        const dividers = scene.marks.flatMap(mark =>
            mark.type === 'path' && mark.role === 'lane-divider' && mark.segments[0].op === 'M' ? [mark.segments[0].to.y] : []
        );
        const bands = sceneBands(scene, max, 0, reserve);
        expect(bands.length).toBeGreaterThan(1);
        for (const band of bands.slice(1)) {
            // Within the room left, unless the band is a single lane taller than that.
            const lanesInside = dividers.filter(y => y > band.top && y < band.bottom).length;
            expect(band.bottom - band.top <= max - reserve || lanesInside === 0).toBe(true);
        }
    });

    test('a drawing that fits is one band; a band keeps only the marks that reach into it', async () => {
        const scene = await layout(await modelOfText(JOURNEY), 'map');
        expect(sceneBands(scene, scene.height)).toEqual([{ top: 0, bottom: scene.height }]);
        const [first, ...rest] = sceneBands(scene, scene.height / 2.5);
        const top = JSON.stringify(marksInBand(scene, first).marks);
        const bottom = JSON.stringify(marksInBand(scene, rest.at(-1)!).marks);
        expect(top).toContain('Searches');
        expect(bottom).not.toContain('Searches');
    });
});

describe('the SVG as svg-to-pdfkit draws it', () => {
    test('a haloed text becomes its outline, then the text without outline', () => {
        const svg =
            '<text x="1" y="2" fill="#333" stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">pleased</text>';
        expect(splitHalos(svg)).toBe(
            '<text x="1" y="2" stroke="#fff" stroke-width="4" stroke-linejoin="round" fill="none">pleased</text><text x="1" y="2" fill="#333">pleased</text>'
        );
    });

    test('characters Arimo lacks get runs naming their fallback font; entities and title stay as they are', () => {
        const family = (code: number) => (code >= 0x3000 ? 'cjfb-0' : undefined);
        const svg = '<title>価格</title><text x="0">Price 価格 &amp; <tspan>注文</tspan>!</text>';
        expect(markFallbackRuns(svg, family)).toBe(
            '<title>価格</title><text x="0">Price <tspan font-family="cjfb-0">価格</tspan> &amp; <tspan><tspan font-family="cjfb-0">注文</tspan></tspan>!</text>'
        );
    });

    test('drawings stacked: nested, each placed below the one before', () => {
        expect(
            stackSvgs(300, [
                { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"></svg>', height: 40 },
                { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="90"></svg>', height: 90 }
            ])
        ).toBe(
            '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="130" viewBox="0 0 300 130"><svg x="0" y="0" xmlns="http://www.w3.org/2000/svg" width="300" height="40"></svg><svg x="0" y="40" xmlns="http://www.w3.org/2000/svg" width="300" height="90"></svg></svg>'
        );
    });

    test('a band is shown through the root viewBox', () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="900" viewBox="0 0 300 900"><rect/></svg>';
        expect(cropToBand(svg, 300, { top: 200, bottom: 500 })).toBe(
            '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 200 300 300"><rect/></svg>'
        );
    });
});

describe('viewBlocks: a whole view cut for slides along its empty space', () => {
    const text = (y: number, words: string): Mark => ({
        type: 'text',
        x: 20,
        y,
        lines: [words],
        size: 12,
        lineHeight: 15,
        weight: 'normal',
        role: 'text'
    });
    const box = (y: number, height: number, x = 20, width = 300): Mark => ({ type: 'rect', x, y, width, height, role: 'card' });

    test('a tall view: bands cut at the widest gap in the lower half, so a heading stays with its section', () => {
        const scene: Scene = {
            width: 400,
            height: 1000,
            marks: [text(20, 'Title'), box(60, 400), text(488, 'Section two'), box(500, 450)]
        };
        const blocks = viewBlocks(scene, { width: 500, height: 560 });
        expect(blocks.map(block => [block.y, block.y + block.height])).toEqual([
            [0, 468],
            [468, 1000]
        ]);
        expect(marksInBox(scene.marks, blocks[1])).toEqual([text(488, 'Section two'), box(500, 450)]);
    });

    test('a band far wider than a slide is cut between its boxes, never through one; a band a little too wide stays whole', () => {
        const scene: Scene = { width: 1700, height: 300, marks: [box(20, 260, 20, 800), box(20, 260, 840, 800)] };
        expect(viewBlocks(scene, { width: 1000, height: 500 }).map(block => [block.x, block.x + block.width])).toEqual([
            [0, 830],
            [830, 1700]
        ]);
        expect(viewBlocks(scene, { width: 1200, height: 500 })).toHaveLength(1);
    });

    test('the stakeholder grid of a 150-touchpoint journey: every text lies whole in the block that shows it', async () => {
        const model = await modelOfText(generateJourney({ touchpoints: 150 }));
        const scene = await layout(model, 'stakeholders');
        const blocks = viewBlocks(scene, { width: 1104, height: 522 });
        expect(blocks.length).toBeGreaterThan(1);
        const texts = (marks: readonly Mark[]): Mark[] =>
            marks.flatMap(mark => (mark.type === 'group' ? texts(mark.children) : mark.type === 'text' && !mark.rotate ? [mark] : []));
        for (const mark of texts(scene.marks)) {
            const { top, bottom } = markExtent(mark);
            const shown = blocks.filter(block => marksInBox([mark], block).length > 0);
            expect(shown.length).toBeGreaterThan(0);
            for (const block of shown) expect(top >= block.y - 0.5 && bottom <= block.y + block.height + 0.5).toBe(true);
        }
    });
});
