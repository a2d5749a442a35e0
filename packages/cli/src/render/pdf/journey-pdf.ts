/**
 * `cjourney render … -o X.pdf --page poster|a4|a3|slides`: the pages of a journey's PDF.
 * poster: the drawing on one page of its own size. a4, a3: landscape pages; the map is cut
 * into parts of a few touchpoints (stage by stage) drawn at a readable size, each part in
 * bands between its lanes when taller than a page, stacked onto the pages; another view is
 * fitted to one page. slides: 16:9 pages — a title page, the summary (when the renderer has
 * that view), the journey a few touchpoints a slide at 14 pt (slide-parts.ts), the stakeholder
 * map and the opportunity portfolio (when the journey has them), a whole view cut into pieces
 * where one slide would draw it below 10 pt (view-blocks.ts).
 */
import type { CjourneyModel, Journey } from '@cjourney/model';
import { layout, PALETTES, renderScene, VIEWS, type Scene, type ThemeKind, type ViewName } from '@cjourney/render';
import { journeyParts, partHeading, sliceJourney } from './slice-journey.js';
import { marksInBand, sceneBands, stageHeaderBand, stagesTop, type Band } from './scene-bands.js';
import { cropToBand, stackSvgs } from './svg-for-pdf.js';
import {
    columnsFitting,
    contentBox,
    layoutPages,
    packDrawings,
    PAGE_FORMATS,
    type Drawing,
    type PageContent,
    type PageFormat,
    type PageKind
} from './page-plan.js';
import { slideMapParts, viewSlides } from './slide-parts.js';
import { textBlock, titlePageLines } from './page-text.js';
import { writePdf, type PdfMeta, type PdfPage } from './pdf-writer.js';

export interface JourneyPdfRequest {
    model: CjourneyModel;
    journey: Journey | undefined;
    view: ViewName;
    theme: ThemeKind;
    page: PageKind;
    /** The drawing of the view as the other formats get it (the poster's only page). */
    svg: string;
    notices: string[];
    title: string;
    fontFile: (request: string) => string;
    /** `--persona` and `--lanes`: every page draws only these (all when absent). */
    personas?: readonly string[];
    lanes?: readonly string[];
}

/** PDF pages may be at most 14,400 pt a side (200 in, the limit readers keep to). */
const MAX_PAGE_PT = 14_400;
const PX_PT = 0.75;

function drawingOf(svg: string): Drawing {
    const match = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
    return { svg, width: Number(match?.[1] ?? 1), height: Number(match?.[2] ?? 1) };
}

function posterPage(svg: string, theme: ThemeKind): { pages: PdfPage[]; warning?: string } {
    const drawing = drawingOf(svg);
    const scale = Math.min(PX_PT, MAX_PAGE_PT / Math.max(drawing.width, drawing.height));
    const page = {
        width: drawing.width * scale,
        height: drawing.height * scale,
        background: PALETTES[theme].background.fill ?? '#ffffff',
        pieces: [{ ...drawing, x: 0, y: 0, scale }]
    };
    const warning =
        scale < PX_PT
            ? `the drawing is ${Math.round(drawing.width)} px wide, more than a PDF page holds: it is drawn at ${Math.round((scale / PX_PT) * 100)}%`
            : undefined;
    return { pages: [page], warning };
}

function modelWith(model: CjourneyModel, journey: Journey): CjourneyModel {
    return { ...model, journeys: [journey] };
}

/** How many touchpoint columns fit the page's width at its readable scale, measured on the map itself. */
async function columnsPerPart(model: CjourneyModel, journey: Journey, format: PageFormat): Promise<number> {
    const ids = journey.touchpoints.map(touchpoint => touchpoint.id);
    return columnsFitting(
        ids.length,
        format,
        async count => (await layout(modelWith(model, sliceJourney(journey, ids.slice(0, count))), 'map')).width
    );
}

/** These bands of the scene, one under the other, as one drawing. */
function bandsDrawing(scene: Scene, bands: readonly Band[], theme: ThemeKind): Drawing {
    const drawings = bands.map(band => ({
        svg: cropToBand(renderScene(marksInBand(scene, band), { theme }), scene.width, band),
        height: band.bottom - band.top
    }));
    const svg = drawings.length === 1 ? drawings[0].svg : stackSvgs(scene.width, drawings);
    return { svg, width: scene.width, height: drawings.reduce((sum, drawing) => sum + drawing.height, 0) };
}

/** The map of each part, cut into bands that fit a page at the readable scale, with a heading each. */
async function mapParts(
    request: JourneyPdfRequest,
    journey: Journey,
    format: PageFormat
): Promise<{ drawing: Drawing; heading: string }[]> {
    const parts = journeyParts(journey, await columnsPerPart(request.model, journey, format));
    const maxHeight = contentBox(format).height / format.readable;
    const drawings: { drawing: Drawing; heading: string }[] = [];
    let first = 0;
    for (const [index, ids] of parts.entries()) {
        const slice = sliceJourney(journey, ids, index === parts.length - 1);
        const scene = await layout(modelWith(request.model, slice), 'map', { notices: request.notices });
        const header = stageHeaderBand(scene);
        const reserve = header ? header.bottom - header.top : 0;
        const bands = sceneBands(scene, maxHeight, index === 0 ? 0 : stagesTop(scene), reserve);
        bands.forEach((band, at) => {
            // A band below the stage headers gets them again above it: every page says whose columns these are.
            const shown = at > 0 && header ? [header, band] : [band];
            drawings.push({
                drawing: bandsDrawing(scene, shown, request.theme),
                heading: partHeading(journey, slice, first, at, bands.length)
            });
        });
        first += ids.length;
    }
    return drawings;
}

/** The view of that name when this renderer has it (`summary` and `opportunities` come with a later one). */
function viewNamed(name: string): ViewName | undefined {
    return VIEWS.find(view => view === name);
}

/** The title page: the journey's words, at presentation size, scaled down only when they would not fit. */
function titlePage(journey: Journey, format: PageFormat, theme: ThemeKind): PageContent {
    const box = contentBox(format);
    const block = textBlock(titlePageLines(journey), box.width, theme);
    return { drawings: [block], maxScale: 1 };
}

async function slidePages(request: JourneyPdfRequest, journey: Journey): Promise<PageContent[]> {
    const format = PAGE_FORMATS.slides;
    const pages: PageContent[] = [titlePage(journey, format, request.theme)];
    const summary = viewNamed('summary');
    if (summary) pages.push(...(await viewSlides(request, journey, summary, 'Summary')));
    pages.push(...(await slideMapParts(request, journey)).map(({ drawing, heading }) => ({ heading, drawings: [drawing] })));
    if (journey.stakeholders.length > 0) {
        pages.push(...(await viewSlides(request, journey, 'stakeholders', 'Stakeholders')));
    }
    const opportunities = viewNamed('opportunities');
    if (opportunities && journey.touchpoints.some(touchpoint => touchpoint.opportunities.length > 0)) {
        pages.push(...(await viewSlides(request, journey, opportunities, 'Opportunities')));
    }
    return pages;
}

async function printPages(request: JourneyPdfRequest, journey: Journey | undefined, format: PageFormat): Promise<PageContent[]> {
    if (request.view === 'map' && journey && journey.touchpoints.length > 0) {
        return packDrawings(await mapParts(request, journey, format), format);
    }
    return [{ heading: request.title, drawings: [drawingOf(request.svg)] }];
}

/** The drawing on one page of its size: the bytes, and a warning when it had to be drawn smaller. */
export async function posterPdf(svg: string, meta: PdfMeta & { theme: ThemeKind }): Promise<{ bytes: Buffer; warning?: string }> {
    const poster = posterPage(svg, meta.theme);
    return { bytes: await writePdf(poster.pages, meta), warning: poster.warning };
}

/** The PDF's bytes for any `--page`. */
export async function journeyPdf(request: JourneyPdfRequest): Promise<{ bytes: Buffer; warning?: string }> {
    const fonts = { title: request.title, fontFile: request.fontFile };
    if (request.page === 'poster') return posterPdf(request.svg, { ...fonts, theme: request.theme });
    const format = PAGE_FORMATS[request.page];
    const journey = request.journey;
    const contents = request.page === 'slides' && journey ? await slidePages(request, journey) : await printPages(request, journey, format);
    const footerTitle = journey?.title ?? request.title;
    return { bytes: await writePdf(layoutPages(contents, format, request.theme, footerTitle), fonts) };
}
