/**
 * An SVG that carries its fonts: `@font-face` rules with the woff2 files as data: URLs, for
 * the faces its text uses — Arimo's subsets and the Noto script subsets the preview ships
 * (fonts.ts), each only when a character of its unicode-range occurs. So an SVG (or the PNG
 * made from it) exported from the preview looks the same on a machine without Arimo: its
 * text was measured with Arimo's widths, and another font makes labels overlap.
 */
import { FONT_FACES, fontFaceCss, SCRIPT_FONT_FACES, scriptFontFaceCss, type FontFace, type ScriptFontFace } from '../fonts.js';

/** A face's file name without its folder, as hosts ship them (the extension's dist/webview/fonts). */
export function fontFileName(face: { file: string }): string {
    return face.file.slice(face.file.lastIndexOf('/') + 1);
}

/** `U+0000-00FF, U+0131` as code point intervals. */
function parseRange(unicodeRange: string): [number, number][] {
    return unicodeRange.split(',').map(part => {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
}

/** A character of the text in the face's range (a letter where there is one), or undefined. */
function sampleOf(face: { unicodeRange: string }, characters: ReadonlySet<number>): string | undefined {
    const ranges = parseRange(face.unicodeRange);
    let found: string | undefined;
    for (const code of characters) {
        if (!ranges.some(([from, to]) => code >= from && code <= to)) continue;
        const character = String.fromCodePoint(code);
        if (/\p{L}/u.test(character)) return character;
        if (found === undefined && /\S/u.test(character)) found = character;
    }
    return found;
}

/** A character of a face the text uses, at the face's weight: what a host waits for before rasterising. */
export interface FontSample {
    character: string;
    weight: 400 | 700;
}

/**
 * The faces whose ranges hold a visible character of the text (ASCII markup always selects
 * Arimo's Latin), and one such character per face and weight.
 */
export function facesUsedBy(text: string): { faces: FontFace[]; scriptFaces: ScriptFontFace[]; samples: FontSample[] } {
    const characters = new Set<number>();
    for (const character of text) characters.add(character.codePointAt(0)!);
    const samples: FontSample[] = [];
    const used = (face: { unicodeRange: string }, weights: readonly (400 | 700)[]): boolean => {
        const character = sampleOf(face, characters);
        if (character !== undefined) samples.push(...weights.map(weight => ({ character, weight })));
        return character !== undefined;
    };
    const faces = FONT_FACES.filter(face => used(face, [face.weight]));
    // A script face is declared at both weights (fonts.ts): each declaration loads on its own.
    const scriptFaces = SCRIPT_FONT_FACES.filter(face => used(face, [400, 700]));
    return { faces, scriptFaces, samples };
}

/**
 * The SVG with a `<style>` of `@font-face` rules right after its root's open tag, for the
 * faces its text uses whose file `dataUrlOf` has (a face without one is left out).
 */
export function svgWithFonts(svg: string, dataUrlOf: (fileName: string) => string | undefined): string {
    const { faces, scriptFaces } = facesUsedBy(svg);
    const has = (face: { file: string }) => dataUrlOf(fontFileName(face)) !== undefined;
    const url = (face: { file: string }) => dataUrlOf(fontFileName(face))!;
    const css = fontFaceCss(url, faces.filter(has)) + scriptFontFaceCss(url, scriptFaces.filter(has));
    const rootEnd = svg.indexOf('>', svg.indexOf('<svg')) + 1;
    if (rootEnd === 0 || !css.trim()) return svg;
    return `${svg.slice(0, rootEnd)}\n  <defs>\n    <style>\n${css}    </style>\n  </defs>${svg.slice(rootEnd)}`;
}
