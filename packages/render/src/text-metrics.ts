/**
 * Text measurement from a fixed table of the Arimo font's advance widths, never from the
 * DOM: Node (CLI, tests) and the browser (preview) measure and break lines the same way, so
 * the same model gives the same SVG everywhere. The SVG names Arimo first, then the fonts
 * that share its metrics (Liberation Sans, Arial), so widths hold where Arimo is missing.
 * Hebrew, Arabic, Devanagari, Thai and Hangul take the widths of their Noto fallbacks (generated
 * tables too), Arabic and Devanagari shaped by rule (text-metrics-scripts.ts).
 */
import { scriptCharWidthEm, SHAPED_SCRIPT, shapedScriptsEm } from './text-metrics-scripts.js';
import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM } from './text-metrics-table.js';
import { widthInEm } from './width-ranges.js';
import { FONT_FACES } from './fonts.js';

/** The font family written into every SVG: Arimo and its metric-compatible fallbacks. */
export const FONT_FAMILY = 'Arimo, Liberation Sans, Arial, Helvetica, sans-serif';

export type FontWeight = 'normal' | 'bold';

export interface FontSpec {
    size: number;
    weight?: FontWeight;
}

/** Width in em of characters the tables lack: an average Latin letter, or a full em for wide scripts. */
const FALLBACK_EM = 0.6;
const WIDE_EM = 1;
/** Noto Emoji's advance (2600 of 2048 units), the emoji every output ships; colour emoji fonts are narrower. */
const EMOJI_EM = 2600 / 2048;

/** East Asian wide characters and emoji take about one em in any fallback font: first and last code point of each range. */
const WIDE_RANGES = [
    0x1100, 0x115f, 0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x1f000, 0x1faff,
    0x20000, 0x3fffd
] as const;

/** Combining marks, zero-width spaces and joiners, direction marks, variation selectors, the BOM: no advance. */
const ZERO_WIDTH_RANGES = [0x300, 0x36f, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0xfeff, 0xfeff, 0xfe00, 0xfe0f] as const;

/** Whether a code point lies in one of the ranges (pairs of first and last code points). */
function inRanges(code: number, ranges: readonly number[]): boolean {
    for (let i = 0; i < ranges.length; i += 2) {
        if (code >= ranges[i] && code <= ranges[i + 1]) {
            return true;
        }
    }
    return false;
}

function isWide(code: number): boolean {
    return inRanges(code, WIDE_RANGES);
}

function isZeroWidth(code: number): boolean {
    return inRanges(code, ZERO_WIDTH_RANGES);
}

/** Widths of the first 0x250 code points (Latin), per weight: the common case without a map lookup. */
const LATIN_LIMIT = 0x250;
const latin: Record<FontWeight, Float64Array | undefined> = { normal: undefined, bold: undefined };
const others: Record<FontWeight, Map<number, number>> = { normal: new Map(), bold: new Map() };

/** The characters of Arimo's web subsets (the preview and the HTML export draw Arimo from them). */
const WEB_ARIMO: readonly (readonly [number, number])[] = FONT_FACES.flatMap(face =>
    face.unicodeRange.split(',').map(part => {
        const [low, high] = part.trim().slice(2).split('-');
        return [parseInt(low, 16), parseInt(high ?? low, 16)] as const;
    })
);

/**
 * Symbols Arimo's TrueType file has but its web subsets lack (arrows, maths, shapes, suits: ♦ →):
 * a browser draws them with a fallback, about an em wide; the wider of the two is measured, so
 * they fit in the PNG (Arimo) and in the browser alike.
 */
function symbolWidth(code: number, arimo: number | undefined): number | undefined {
    if (arimo === undefined || code < 0x2190 || code > 0x2bff || WEB_ARIMO.some(([low, high]) => code >= low && code <= high)) return arimo;
    return Math.max(arimo, WIDE_EM);
}

function computeWidth(code: number, weight: FontWeight): number {
    return isZeroWidth(code) || (code >= LATIN_LIMIT && NON_SPACING.test(String.fromCodePoint(code)))
        ? 0
        : (symbolWidth(code, widthInEm(weight === 'bold' ? BOLD_WIDTHS : REGULAR_WIDTHS, code, UNITS_PER_EM)) ??
              (code >= 0x1f000 && code <= 0x1faff ? EMOJI_EM : undefined) ??
              // Hebrew, Arabic, Devanagari, Thai: the Noto fallback's regular width (these scripts are drawn regular in every weight).
              scriptCharWidthEm(code) ??
              (isWide(code) ? WIDE_EM : FALLBACK_EM));
}

function latinTable(weight: FontWeight): Float64Array {
    let table = latin[weight];
    if (!table) {
        table = new Float64Array(LATIN_LIMIT);
        for (let code = 0; code < LATIN_LIMIT; code++) {
            table[code] = computeWidth(code, weight);
        }
        latin[weight] = table;
    }
    return table;
}

/**
 * Grapheme clusters (what a reader sees as one character: a letter and its marks, an emoji with
 * its skin tone, a ZWJ family, a flag) by Unicode's rules, from the ECMAScript Intl API that
 * Node and browsers both have. Locale fixed, so every host splits the same way.
 */
let segmenter: Intl.Segmenter | undefined;
/**
 * Printable ASCII alone: every character is a cluster of its own. Most texts are, and creating
 * the first segmenter loads ICU's break rules (≈ 15 ms of a command's start-up), so it is made
 * only for a text that needs it.
 */
const ONE_CHARACTER_CLUSTERS = /^[\x20-\x7e]*$/;

export function graphemes(text: string): string[] {
    if (ONE_CHARACTER_CLUSTERS.test(text)) return text.split('');
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), segment => segment.segment);
}

/** Emoji sequences (ZWJ, skin tones, flags, keycaps) draw as one glyph, Noto Emoji's advance wide. */
const EMOJI_SEQUENCE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
/** Marks drawn on their base (Mn, Me): no advance of their own, in any script. */
const NON_SPACING = /^[\p{Mn}\p{Me}]$/u;

/** The advance of one grapheme cluster in em. */
export function clusterWidthEm(cluster: string, weight: FontWeight = 'normal'): number {
    const codes = Array.from(cluster, char => char.codePointAt(0)!);
    if (codes.length === 1) return charWidthEm(codes[0], weight);
    // Noto Emoji (monochrome) draws a skin tone as a swatch after its emoji: one advance more per modifier.
    if (EMOJI_SEQUENCE.test(cluster)) return EMOJI_EM * (1 + codes.filter(code => code >= 0x1f3fb && code <= 0x1f3ff).length);
    return codes.reduce(
        (sum, code, index) => sum + (index > 0 && NON_SPACING.test(String.fromCodePoint(code)) ? 0 : charWidthEm(code, weight)),
        0
    );
}

/** The advance of one code point in em. */
export function charWidthEm(code: number, weight: FontWeight = 'normal'): number {
    if (code < LATIN_LIMIT) {
        return latinTable(weight)[code];
    }
    const memo = others[weight];
    let width = memo.get(code);
    if (width === undefined) {
        width = computeWidth(code, weight);
        memo.set(code, width);
    }
    return width;
}

/** What a keycap sequence begins with (1️⃣, #️⃣, *️⃣). */
const KEYCAP_BASE = /^[0-9#*]$/;

/** What joins code points into one cluster: marks (and emoji presentation selectors), skin tones, flag letters, the zero-width joiner. */
const JOINING = /[\p{M}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d/u;

/** The width in px of a single line of text at the given font size and weight. */
export function measureText(text: string, font: FontSpec): number {
    return textEm(text, font.weight ?? 'normal', true) * font.size;
}

/** The width in em; `shaping`: measure Arabic letters and Devanagari conjuncts in context (text-metrics-scripts.ts). */
function textEm(text: string, weight: FontWeight, shaping: boolean): number {
    const table = latinTable(weight);
    let em = 0;
    // Tested once, at the first code point that could join or shape others: most texts never need it.
    let shaped: boolean | undefined;
    let joining: boolean | undefined;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < LATIN_LIMIT) {
            em += table[unit];
        } else if (shaping && unit >= 0x600 && (shaped ??= SHAPED_SCRIPT.test(text.slice(i)))) {
            return em + shapedScriptsEm(text.slice(i), run => textEm(run, weight, false));
        } else if (unit >= 0x300 && (joining ??= JOINING.test(text.slice(i)))) {
            // Marks, joiners and emoji sequences from here on: measure the rest cluster by cluster, from the
            // character before when it begins a keycap (1️⃣ is one emoji, not its digit counted on its own).
            const from = i > 0 && KEYCAP_BASE.test(text[i - 1]) ? i - 1 : i;
            const rest = graphemes(text.slice(from)).reduce((sum, cluster) => sum + clusterWidthEm(cluster, weight), 0);
            return em - (from < i ? table[text.charCodeAt(from)] : 0) + rest;
        } else {
            const code = text.codePointAt(i) ?? unit;
            if (code > 0xffff) i++;
            em += charWidthEm(code, weight);
        }
    }
    return em;
}
