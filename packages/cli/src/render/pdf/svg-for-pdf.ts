/**
 * The drawing's SVG adapted to what svg-to-pdfkit draws: it ignores `paint-order`, so a
 * haloed text (the outline behind emotion words) is written as two texts, outline first;
 * it picks one font per text run, so the characters Arimo lacks are put in runs of their own
 * naming the fallback font that has them (an emoji sequence whole, in the emoji font); and a band of a tall drawing is shown by its viewBox.
 * Pure string functions over the SVG the render package writes.
 */
import { graphemes } from '@cjourney/render';
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

/** A character that makes a grapheme an emoji sequence (👩‍💻, 🇩🇪, 1️⃣): drawn as one glyph of one font. */
const EMOJI_PART = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** The font family of a piece of text: an entity is Arimo's, an emoji sequence its emoji's font's, else its character's. */
function familyOfPiece(piece: string, familyOf: FallbackFamilyOf): string | undefined {
    if (piece.startsWith('&') && piece.length > 1) return undefined;
    const codes = Array.from(piece, char => char.codePointAt(0)!);
    if (codes.length > 1) {
        // The whole sequence in its emoji's font, whose ligature joins it: split between fonts it shows its parts.
        const emoji = codes.find(code => EMOJI_PART.test(String.fromCodePoint(code)));
        if (emoji !== undefined) return familyOf(emoji);
    }
    return familyOf(codes[0]);
}

function wrapRuns(text: string, familyOf: FallbackFamilyOf): string {
    let out = '';
    let run = '';
    let runFamily: string | undefined;
    const flush = () => {
        out += runFamily ? `<tspan font-family="${runFamily}">${run}</tspan>` : run;
        run = '';
    };
    // Entities (&amp; …) stay whole; so do graphemes, so that an emoji sequence stays in one run.
    for (const piece of (text.match(/&[^;\s]+;|[^&]+|&/gu) ?? []).flatMap(part => (part.startsWith('&') ? [part] : graphemes(part)))) {
        const family = familyOfPiece(piece, familyOf);
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
