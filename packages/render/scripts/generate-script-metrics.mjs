#!/usr/bin/env node
/**
 * Writes src/text-metrics-scripts-table.ts: advance widths of the Noto fonts that draw what
 * Arimo lacks, for Hebrew, Arabic, Devanagari and Thai (their Unicode blocks only), from the
 * regular TrueType files of @expo-google-fonts/noto-sans-* — the files the PNG draws with
 * (the HTML export embeds @fontsource's subsets of the same fonts). Only the regular weight:
 * every output draws these scripts with the regular face, bold text included (synthesised).
 *
 * Shaping changes widths, so a per-character table alone is not enough:
 * - Arabic letters take an isolated, final, initial or medial form; each is measured by
 *   shaping the letter between tatweels (U+0640) with fontkit and leaving the tatweels out.
 *   The joining type of each letter (does it join the next letter, the previous one?) comes
 *   from the same shaping: a letter with its own initial form joins both sides. Lam + alef
 *   draw as one ligature, measured alone and after a joining letter.
 * - Devanagari consonants before a virama and another consonant draw as half forms; their
 *   widths are measured from C + virama + KA less KA. A RA starting such a cluster is a reph
 *   above the next consonant (no advance), one after a virama is a stroke below (none either).
 * Run `npm run generate:text-metrics -w packages/render` after changing the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const open = (pkg, file) => fontkit.openSync(require.resolve(`@expo-google-fonts/${pkg}/400Regular/${file}`));
const FONTS = {
    hebrew: open('noto-sans-hebrew', 'NotoSansHebrew_400Regular.ttf'),
    arabic: open('noto-sans-arabic', 'NotoSansArabic_400Regular.ttf'),
    devanagari: open('noto-sans-devanagari', 'NotoSansDevanagari_400Regular.ttf'),
    thai: open('noto-sans-thai', 'NotoSansThai_400Regular.ttf')
};
/** The blocks measured, each with the font that draws it. */
const BLOCKS = [
    ['hebrew', 0x590, 0x5ff],
    ['arabic', 0x600, 0x6ff],
    ['arabic', 0x750, 0x77f],
    ['devanagari', 0x900, 0x97f],
    ['thai', 0xe00, 0xe7f]
];
const UNITS = FONTS.arabic.unitsPerEm;
if (Object.values(FONTS).some(font => font.unitsPerEm !== UNITS)) throw new Error('the Noto fonts differ in unitsPerEm');

const TATWEEL = '\u0640';
const VIRAMA = '\u094d';
const KA = '\u0915';

/** fontkit's shaping, or (where it fails on a rare mark's anchor) each character's own glyph unshaped. */
function layout(font, text) {
    try {
        return font.layout(text);
    } catch {
        const glyphs = Array.from(text, char => font.glyphForCodePoint(char.codePointAt(0)));
        return { glyphs, positions: glyphs.map(glyph => ({ xAdvance: glyph.advanceWidth })) };
    }
}

/** The shaped advance of a text in a font, leaving out the glyphs drawn for `skip` (tatweel). */
function shapedWidth(font, text, skip) {
    const run = layout(font, text);
    return run.glyphs.reduce(
        (sum, glyph, index) =>
            sum + (skip && glyph.codePoints.length === 1 && glyph.codePoints[0] === skip ? 0 : run.positions[index].xAdvance),
        0
    );
}

/** The glyphs drawn for a text's letters, tatweels left out. */
const letterGlyphs = (font, text) =>
    layout(font, text)
        .glyphs.filter(glyph => !(glyph.codePoints.length === 1 && glyph.codePoints[0] === 0x640))
        .map(glyph => glyph.id)
        .join(',');

function blockWidths(font, start, end) {
    const values = [];
    for (let code = start; code <= end; code++) {
        values.push(font.hasGlyphForCodePoint(code) ? font.glyphForCodePoint(code).advanceWidth : -1);
    }
    return values;
}

/**
 * Per Arabic letter: its joining type (D joins both sides, R only the previous letter, U neither,
 * '-' not a letter the font has) and its isolated, final, initial and medial widths.
 */
function arabicForms(start, end) {
    const font = FONTS.arabic;
    const tat = TATWEEL.codePointAt(0);
    let joining = '';
    const widths = [];
    for (let code = start; code <= end; code++) {
        const char = String.fromCodePoint(code);
        if (!font.hasGlyphForCodePoint(code) || /\p{M}/u.test(char) || code === tat) {
            joining += '-';
            widths.push(0, 0, 0, 0);
            continue;
        }
        const isolated = letterGlyphs(font, char);
        const initial = letterGlyphs(font, char + TATWEEL) !== isolated;
        const final = letterGlyphs(font, TATWEEL + char) !== isolated;
        joining += initial ? 'D' : final ? 'R' : 'U';
        widths.push(
            shapedWidth(font, char, tat),
            shapedWidth(font, TATWEEL + char, tat),
            shapedWidth(font, char + TATWEEL, tat),
            shapedWidth(font, TATWEEL + char + TATWEEL, tat)
        );
    }
    return { start, joining, widths };
}

/** Lam + each alef that ligates with it: the ligature's width alone and after a joining letter. */
function lamAlef() {
    const font = FONTS.arabic;
    return ['\u0622', '\u0623', '\u0625', '\u0627'].map(alef => [
        alef.codePointAt(0),
        shapedWidth(font, '\u0644' + alef, 0x640),
        shapedWidth(font, TATWEEL + '\u0644' + alef, 0x640)
    ]);
}

/** Half forms of the Devanagari consonants (U+0915–0939, U+0958–095F), -1 where none is drawn. */
function devanagariHalves() {
    const font = FONTS.devanagari;
    const ka = shapedWidth(font, KA);
    const half = code => Math.max(0, shapedWidth(font, String.fromCodePoint(code) + VIRAMA + KA) - ka);
    const range = (start, end) => Array.from({ length: end - start + 1 }, (_, index) => half(start + index));
    return [
        { start: 0x915, widths: range(0x915, 0x939) },
        { start: 0x958, widths: range(0x958, 0x95f) }
    ];
}

/**
 * Conjuncts the half-form rule misses by more than 6 % of an em (ligatures such as क्ष, त्र, द्द):
 * [first consonant, second consonant, shaped width], consonants as offsets from U+0900.
 */
function devanagariConjuncts(halves) {
    const font = FONTS.devanagari;
    const consonants = Array.from({ length: 0x939 - 0x915 + 1 }, (_, index) => 0x915 + index);
    const full = code => font.glyphForCodePoint(code).advanceWidth;
    return consonants.flatMap(first =>
        consonants.flatMap(second => {
            if (first === 0x930 || second === 0x930) return [];
            const shaped = shapedWidth(font, String.fromCodePoint(first, 0x94d, second));
            const ruled = halves[0].widths[first - 0x915] + full(second);
            return Math.abs(shaped - ruled) > 0.06 * UNITS ? [[first - 0x900, second - 0x900, shaped]] : [];
        })
    );
}

const ranges = BLOCKS.map(([script, start, end]) => ({ start, values: blockWidths(FONTS[script], start, end) }));
const forms = [arabicForms(0x600, 0x6ff), arabicForms(0x750, 0x77f)];
const reph = shapedWidth(FONTS.devanagari, '\u0930' + VIRAMA + KA) - shapedWidth(FONTS.devanagari, KA);

/**
 * Hangul in Noto Sans KR, from @fontsource's regular slices (what every output draws Korean with):
 * its syllables and compatibility jamo share one advance (all 11,172 checked once; reading every
 * slice takes minutes), so the slices holding the first and last syllable and a jamo are asked.
 */
function hangulWidth() {
    const css = readFileSync(require.resolve('@fontsource/noto-sans-kr/index.css'), 'utf8');
    const faces = [...css.matchAll(/url\(\.\/(files\/[^)]+-400-normal\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)];
    const widths = new Set(
        [0xac00, 0xd7a3, 0x3131].map(code => {
            const [, file] = faces.find(([, , ranges]) =>
                ranges.split(',').some(part => {
                    const [low, high] = part
                        .trim()
                        .slice(2)
                        .split('-')
                        .map(hex => parseInt(hex, 16));
                    return code >= low && code <= (high ?? low);
                })
            );
            const font = fontkit.create(readFileSync(path.join(path.dirname(require.resolve('@fontsource/noto-sans-kr/index.css')), file)));
            if (font.unitsPerEm !== UNITS) throw new Error('Noto Sans KR differs in unitsPerEm');
            return font.glyphForCodePoint(code).advanceWidth;
        })
    );
    if (widths.size !== 1) throw new Error('Hangul has several advances in Noto Sans KR');
    return [...widths][0];
}

const text = `// Generated by scripts/generate-script-metrics.mjs from Noto Sans Hebrew, Arabic, Devanagari and Thai, Hangul of Noto Sans KR (regular): do not edit.
// Advance widths in font units (unitsPerEm below); -1 marks a character the font lacks.
import type { WidthRange } from './text-metrics-table.js';

export const SCRIPT_UNITS_PER_EM = ${UNITS};

/** Nominal advances (no shaping) of the Hebrew, Arabic, Devanagari and Thai blocks. */
export const SCRIPT_WIDTHS: readonly WidthRange[] = [
${ranges.map(range => `    { start: 0x${range.start.toString(16)}, widths: [${range.values.join(',')}] }`).join(',\n')}
];

export interface ArabicForms {
    readonly start: number;
    /** One letter per code point: D joins both sides, R joins the previous letter only, U neither, - not a letter. */
    readonly joining: string;
    /** Four widths per code point: isolated, final, initial, medial. */
    readonly widths: readonly number[];
}

export const ARABIC_FORMS: readonly ArabicForms[] = [
${forms.map(form => `    { start: 0x${form.start.toString(16)}, joining: '${form.joining}', widths: [${form.widths.join(',')}] }`).join(',\n')}
];

/** Lam + alef ligatures: [alef, width alone, width after a joining letter]. */
export const LAM_ALEF: readonly (readonly [number, number, number])[] = ${JSON.stringify(lamAlef())};

/** Devanagari half forms (a consonant before virama + consonant). */
export const DEVANAGARI_HALF_WIDTHS: readonly WidthRange[] = [
${devanagariHalves()
    .map(range => `    { start: 0x${range.start.toString(16)}, widths: [${range.widths.join(',')}] }`)
    .join(',\n')}
];

/** Devanagari conjuncts drawn as ligatures: [first consonant − U+0900, second − U+0900, width]. */
export const DEVANAGARI_CONJUNCTS: readonly (readonly [number, number, number])[] = ${JSON.stringify(devanagariConjuncts(devanagariHalves()))};

/** The advance a reph (RA + virama starting a cluster) adds. */
export const DEVANAGARI_REPH_WIDTH = ${reph};

/** The advance of every Hangul syllable and compatibility jamo in Noto Sans KR (regular). */
export const HANGUL_WIDTH = ${hangulWidth()};
`;
writeFileSync(fileURLToPath(new URL('../src/text-metrics-scripts-table.ts', import.meta.url)), text);
console.log('wrote src/text-metrics-scripts-table.ts');
