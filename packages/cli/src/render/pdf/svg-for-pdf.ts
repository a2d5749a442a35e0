/**
 * The drawing's SVG adapted to what svg-to-pdfkit draws: it ignores `paint-order`, so a
 * haloed text (the outline behind emotion words) is written as two texts, outline first;
 * it picks one font per text run, so the characters Arimo lacks are put in runs of their own
 * naming the fallback font that has them; and a band of a tall drawing is shown by its viewBox.
 * Pure string functions over the SVG the render package writes.
 */
import type { Band } from './scene-bands.js';

const HALO_TEXT = /<text\b([^>]*?)\s*paint-order="stroke"([^>]*)>([\s\S]*?)<\/text>/g;

/** `<text … stroke paint-order="stroke">` → the outline alone (no fill), then the text without outline. */
export function splitHalos(svg: string): string {
    return svg.replace(HALO_TEXT, (_, before: string, after: string, content: string) => {
        const attributes = `${before}${after}`;
        const outline = attributes.replace(/\sfill="[^"]*"/, '') + ' fill="none"';
        const text = attributes.replace(/\s(stroke|stroke-width|stroke-linejoin)="[^"]*"/g, '');
        return `<text${outline}>${content}</text><text${text}>${content}</text>`;
    });
}

/** The font family of each fallback character: `family(code)` or undefined for Arimo's own. */
export type FallbackFamilyOf = (code: number) => string | undefined;

function wrapRuns(text: string, familyOf: FallbackFamilyOf): string {
    let out = '';
    let run = '';
    let runFamily: string | undefined;
    const flush = () => {
        out += runFamily ? `<tspan font-family="${runFamily}">${run}</tspan>` : run;
        run = '';
    };
    // Entities (&amp; …) stay whole and are Arimo's.
    for (const piece of text.match(/&[^;\s]+;|[\s\S]/gu) ?? []) {
        const family = piece.length > 1 && piece.startsWith('&') ? undefined : familyOf(piece.codePointAt(0)!);
        if (family !== runFamily) {
            flush();
            runFamily = family;
        }
        run += piece;
    }
    flush();
    return out;
}

/** Every character data between tags inside `<text>` elements, with the fallback characters in runs of their own. */
export function markFallbackRuns(svg: string, familyOf: FallbackFamilyOf): string {
    return svg.replace(/<text\b[\s\S]*?<\/text>/g, element =>
        element.replace(/>([^<]+)</g, (_, text: string) => `>${wrapRuns(text, familyOf)}<`)
    );
}

/** Drawings of one width stacked top to bottom into one SVG (each kept as a nested `<svg>`). */
export function stackSvgs(width: number, drawings: readonly { svg: string; height: number }[]): string {
    let y = 0;
    const nested = drawings.map(drawing => {
        const placed = drawing.svg.replace(/<svg\b/, `<svg x="0" y="${y}"`);
        y += drawing.height;
        return placed;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${nested.join('')}</svg>`;
}

/** The drawing shown from `band.top` to `band.bottom` only: its root's height and viewBox changed. */
export function cropToBand(svg: string, width: number, band: Band): string {
    const height = band.bottom - band.top;
    return svg.replace(/<svg\b[^>]*>/, root =>
        root.replace(/\sheight="[^"]*"/, ` height="${height}"`).replace(/\sviewBox="[^"]*"/, ` viewBox="0 ${band.top} ${width} ${height}"`)
    );
}

/** The drawing shown in this box only (a band of its columns): its root's size and viewBox changed. */
export function cropToBox(svg: string, box: { x: number; y: number; width: number; height: number }): string {
    return svg.replace(/<svg\b[^>]*>/, root =>
        root
            .replace(/\swidth="[^"]*"/, ` width="${box.width}"`)
            .replace(/\sheight="[^"]*"/, ` height="${box.height}"`)
            .replace(/\sviewBox="[^"]*"/, ` viewBox="${box.x} ${box.y} ${box.width} ${box.height}"`)
    );
}
