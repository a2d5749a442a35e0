/**
 * The journey on slides: groups of consecutive touchpoints, as many columns as a 16:9 slide
 * holds at 14 pt body text (three with the map's geometry), one slide each. A slide draws the
 * lanes a presenter talks through — the touchpoints and their pains & opportunities — without
 * the lane-label column (the slide's heading names the stages and touchpoints instead); the
 * emotion curves of the whole journey are on the summary slide, and the other lanes (doing &
 * thinking, blueprint, stakeholders, KPIs, custom lanes) are left to the poster and paper
 * pages. `--lanes` chooses the slides' lanes instead. A group whose lanes are taller than a
 * slide continues on the next one, its stage headers repeated (scene-bands.ts).
 */
import type { Journey } from '@cjourney/model';
import { layout, renderScene, type Mark, type Scene, type ViewName } from '@cjourney/render';
import { markBounds } from './mark-bounds.js';
import { marksInBand, sceneBands, stageHeaderBand, stagesTop, type Band } from './scene-bands.js';
import { journeyParts, partHeading, sliceJourney } from './slice-journey.js';
import { cropToBox, stackSvgs } from './svg-for-pdf.js';
import { marksInBox, textSpan, viewBlocks } from './view-blocks.js';
import { imageDataUri } from '../../images.js';
import { columnsFitting, contentBox, PAGE_FORMATS, type Drawing, type PageContent } from './page-plan.js';
import type { JourneyPdfRequest } from './journey-pdf.js';

/** The lanes a journey slide draws unless `--lanes` says otherwise. */
export const SLIDE_LANES: readonly string[] = ['touchpoints', 'pains'];

interface Columns {
    left: number;
    right: number;
    /** The stage bands' bottom: below it is only the map's margin, left off a slide. */
    bottom: number;
}

/** The columns' horizontal extent: from the first stage band's left edge to the last one's right edge. */
function columnsExtent(scene: Scene): Columns {
    const bands = scene.marks.flatMap(mark => (mark.type === 'rect' && mark.role === 'stage-band' ? [mark] : []));
    if (bands.length === 0) return { left: 0, right: scene.width, bottom: scene.height };
    const pad = 6;
    return {
        left: Math.max(0, Math.min(...bands.map(band => band.x)) - pad),
        right: Math.min(scene.width, Math.max(...bands.map(band => band.x + band.width)) + pad),
        bottom: Math.min(scene.height, Math.max(...bands.map(band => band.y + band.height)) + pad)
    };
}

/** The columns widened to the texts kept in them that reach further (a curve's persona label left of its first point). */
function widenedToTexts(marks: readonly Mark[], columns: Columns, width: number): Columns {
    const texts = (list: readonly Mark[]): Mark[] => list.flatMap(mark => (mark.type === 'group' ? texts(mark.children) : [mark]));
    const spans = texts(marks).flatMap(mark => (mark.type === 'text' && !mark.rotate ? [textSpan(mark)] : []));
    return {
        ...columns,
        left: Math.max(0, Math.min(columns.left, ...spans.map(span => span.from))),
        right: Math.min(width, Math.max(columns.right, ...spans.map(span => span.to)))
    };
}

/** How far a mark reaches left and right (a text by its anchor point: the lane labels sit left of the columns). */
function markSpan(mark: Mark): { left: number; right: number } {
    return markBounds(mark);
}

/** The marks that reach into the columns (so the cropped-off label column leaves no hidden text). */
function keepInColumns(marks: readonly Mark[], columns: Columns): Mark[] {
    return marks.flatMap((mark): Mark[] => {
        const span = markSpan(mark);
        if (span.right < columns.left || span.left > columns.right) return [];
        if (mark.type !== 'group' || span.left >= columns.left) return [mark];
        const children = keepInColumns(mark.children, columns);
        return children.length === 0 ? [] : [{ ...mark, children }];
    });
}

/** These bands of the scene's columns, one under the other, as one drawing. */
function columnsDrawing(scene: Scene, columns: Columns, bands: readonly Band[], theme: JourneyPdfRequest['theme']): Drawing {
    const width = columns.right - columns.left;
    const drawings = bands.map(band => ({
        svg: cropToBox(renderScene(marksInBand(scene, band), { theme }), {
            x: columns.left,
            y: band.top,
            width,
            height: band.bottom - band.top
        }),
        height: band.bottom - band.top
    }));
    const svg = drawings.length === 1 ? drawings[0].svg : stackSvgs(width, drawings);
    return { svg, width, height: drawings.reduce((sum, drawing) => sum + drawing.height, 0) };
}

/** How many touchpoint columns a slide holds at its readable scale, measured on the map itself. */
async function columnsPerSlide(request: JourneyPdfRequest, journey: Journey, lanes: readonly string[]): Promise<number> {
    const ids = journey.touchpoints.map(touchpoint => touchpoint.id);
    return columnsFitting(ids.length, PAGE_FORMATS.slides, async count => {
        const scene = await layout({ ...request.model, journeys: [sliceJourney(journey, ids.slice(0, count))] }, 'map', { lanes });
        const columns = columnsExtent(scene);
        return columns.right - columns.left;
    });
}

/** One drawing per slide: each group of touchpoints (cut into bands of lanes when taller than a slide), with its heading. */
export async function slideMapParts(request: JourneyPdfRequest, journey: Journey): Promise<{ drawing: Drawing; heading: string }[]> {
    const lanes = request.lanes ?? SLIDE_LANES;
    const format = PAGE_FORMATS.slides;
    const parts = journeyParts(journey, await columnsPerSlide(request, journey, lanes));
    const maxHeight = contentBox(format).height / format.readable;
    const slides: { drawing: Drawing; heading: string }[] = [];
    let first = 0;
    for (const [index, ids] of parts.entries()) {
        const slice = sliceJourney(journey, ids, index === parts.length - 1);
        const full = await layout({ ...request.model, journeys: [slice] }, 'map', { notices: request.notices, lanes });
        const marks = keepInColumns(full.marks, columnsExtent(full));
        const columns = widenedToTexts(marks, columnsExtent(full), full.width);
        const scene = { ...full, height: columns.bottom, marks };
        const header = stageHeaderBand(scene);
        const reserve = header ? header.bottom - header.top : 0;
        const bands = sceneBands(scene, maxHeight, stagesTop(scene), reserve);
        bands.forEach((band, at) => {
            const shown = at > 0 && header ? [header, band] : [band];
            slides.push({
                drawing: columnsDrawing(scene, columns, shown, request.theme),
                heading: partHeading(journey, slice, first, at, bands.length)
            });
        });
        first += ids.length;
    }
    return slides;
}

/** The smallest body text a whole view is drawn at on a slide before it is cut into blocks (its 12 px at 10 pt). */
const VIEW_MIN_SCALE = 10 / 12;

/**
 * A whole view on as many slides as keep its body text at 10 pt or more: one slide when it fits,
 * else its blocks (view-blocks.ts), each slide's heading saying which part of how many it is.
 */
export async function viewSlides(request: JourneyPdfRequest, journey: Journey, view: ViewName, heading: string): Promise<PageContent[]> {
    const { theme, personas, lanes } = request;
    const options = { journeyId: journey.id, personas, lanes, imageHref: imageDataUri };
    const scene = await layout({ ...request.model, journeys: [journey] }, view, options);
    const room = contentBox(PAGE_FORMATS.slides);
    const fit = Math.min(room.width / scene.width, room.height / scene.height);
    if (fit >= VIEW_MIN_SCALE)
        return [{ heading, drawings: [{ svg: renderScene(scene, { theme }), width: scene.width, height: scene.height }] }];
    const maxWidth = room.width / VIEW_MIN_SCALE;
    // Bands as tall as the scale they will be drawn at allows: the view's width-limited scale when it is not cut across.
    const bandScale = scene.width > maxWidth * 1.5 ? VIEW_MIN_SCALE : Math.min(PAGE_FORMATS.slides.readable, room.width / scene.width);
    const blocks = viewBlocks(scene, { width: maxWidth, height: room.height / bandScale });
    const svgOf = (marks: Scene['marks']) => renderScene({ ...scene, marks }, { theme });
    if (blocks.length === 1) return [{ heading, drawings: [{ svg: svgOf(scene.marks), width: scene.width, height: scene.height }] }];
    return blocks.map((block, index) => ({
        heading: `${heading} (${index + 1}/${blocks.length})`,
        drawings: [{ svg: cropToBox(svgOf(marksInBox(scene.marks, block)), block), width: block.width, height: block.height }]
    }));
}
