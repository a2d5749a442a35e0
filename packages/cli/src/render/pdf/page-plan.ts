/**
 * Page sizes and the pieces that fill them. A page of a series has a heading, its drawings
 * stacked top to bottom and a footer (journey title · page n/N); drawings are placed at a
 * scale that keeps the map's body text readable: as on screen (1 px = 0.75 pt, 9 pt body
 * text) on paper, 14 pt on a slide.
 */
import { PALETTES, type ThemeKind } from '@cjourney/render';
import type { RenderPage } from '../../command-options.js';
import type { PdfPage, PdfPiece } from './pdf-writer.js';
import { textBlock, type TextBlock } from './page-text.js';

export type PageKind = RenderPage;

export interface PageFormat {
    width: number;
    height: number;
    margin: number;
    /** Points per SVG px at which the map's 12 px body text is readable on this page. */
    readable: number;
}

/** The map's body text (card texts, pains, thoughts), in SVG px. */
const BODY_PX = 12;

/** Landscape A4 and A3 (ISO 216, in points) and a 16:9 slide of 13.33 × 7.5 in, the presentation programs' default. */
export const PAGE_FORMATS: Readonly<Record<Exclude<PageKind, 'poster'>, PageFormat>> = {
    a4: { width: 841.89, height: 595.28, margin: 28, readable: 9 / BODY_PX },
    a3: { width: 1190.55, height: 841.89, margin: 36, readable: 9 / BODY_PX },
    slides: { width: 960, height: 540, margin: 20, readable: 14 / BODY_PX }
};

/** A drawing to place: its SVG and size in px. */
export interface Drawing {
    svg: string;
    width: number;
    height: number;
}

/** One page's content before numbering: a heading and drawings. */
export interface PageContent {
    heading?: string;
    drawings: Drawing[];
    /** Scale cap: the page's readable scale unless a page (the title page) says otherwise. */
    maxScale?: number;
}

const HEADING_PT = 13;
const FOOTER_PT = 9;
const GAP = 10;

/** The room a drawing has on a page of this format, in points (below the heading, above the footer). */
export function contentBox(format: PageFormat): { width: number; height: number } {
    const heading = HEADING_PT * 1.3 + GAP;
    const footer = FOOTER_PT * 1.3 + GAP;
    return { width: format.width - 2 * format.margin, height: format.height - 2 * format.margin - heading - footer };
}

function placeBlock(block: TextBlock, x: number, y: number): PdfPiece {
    return { svg: block.svg, width: block.width, height: block.height, x, y, scale: 1 };
}

/** The pages with headings, drawings (scaled down to fit, never above the readable scale) and footers "title · page n/N". */
export function layoutPages(contents: readonly PageContent[], format: PageFormat, theme: ThemeKind, title: string): PdfPage[] {
    const box = contentBox(format);
    const background = PALETTES[theme].background.fill ?? '#ffffff';
    return contents.map((content, index) => {
        const pieces: PdfPiece[] = [];
        const top = format.margin;
        if (content.heading) {
            pieces.push(
                placeBlock(
                    textBlock([{ text: content.heading, size: HEADING_PT, bold: true, role: 'muted' }], box.width, theme),
                    format.margin,
                    top
                )
            );
        }
        let y = top + HEADING_PT * 1.3 + GAP;
        const totalHeight = content.drawings.reduce((sum, drawing) => sum + drawing.height, 0);
        const widest = Math.max(...content.drawings.map(drawing => drawing.width));
        const gaps = GAP * (content.drawings.length - 1);
        const scale = Math.min(content.maxScale ?? format.readable, box.width / widest, (box.height - gaps) / totalHeight);
        for (const drawing of content.drawings) {
            // Centred across the page: a part narrower than the page does not hug its left edge.
            pieces.push({ ...drawing, x: format.margin + (box.width - drawing.width * scale) / 2, y, scale });
            y += drawing.height * scale + GAP;
        }
        const footer = textBlock(
            [{ text: `${title} · page ${index + 1}/${contents.length}`, size: FOOTER_PT, role: 'muted' }],
            box.width,
            theme
        );
        pieces.push(placeBlock(footer, format.margin, format.height - format.margin - footer.height));
        return { width: format.width, height: format.height, background, pieces };
    });
}

/**
 * Drawings stacked onto pages in order: as many as fit one page's content height at the
 * readable scale (a drawing taller than a page gets a page of its own, scaled to fit).
 */
export function packDrawings(drawings: readonly { drawing: Drawing; heading: string }[], format: PageFormat): PageContent[] {
    const room = contentBox(format).height;
    const pages: PageContent[] = [];
    let used = Number.POSITIVE_INFINITY;
    for (const { drawing, heading } of drawings) {
        const height = drawing.height * format.readable;
        const last = pages.at(-1);
        if (last && used + GAP + height <= room) {
            last.drawings.push(drawing);
            used += GAP + height;
        } else {
            pages.push({ heading, drawings: [drawing] });
            used = height;
        }
    }
    return pages;
}

/**
 * How many touchpoint columns fit a page of `format` at its readable scale, from the width
 * the map draws for the first touchpoint (`widthOf(1)`) and the first two (one column more).
 */
export async function columnsFitting(
    touchpoints: number,
    format: PageFormat,
    widthOf: (count: number) => Promise<number>
): Promise<number> {
    if (touchpoints < 2) return 1;
    const [one, two] = [await widthOf(1), await widthOf(2)];
    const column = Math.max(1, two - one);
    return Math.max(1, Math.floor((contentBox(format).width / format.readable - (one - column)) / column));
}
