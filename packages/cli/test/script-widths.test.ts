/**
 * Widths of Arabic, Hebrew, Devanagari and Thai as the layout measures them (the Noto tables,
 * Arabic forms and Devanagari conjuncts by rule) against what resvg draws in the PNG: each card
 * title is taken from the journey's SVG, drawn alone with the CLI's fonts, and its ink box must
 * be within 10 % of the measured width. A pain written in Thai (no spaces between words) wraps
 * between words, every line within the card.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { measureText, renderView, wrapText } from '@cjourney/render';
import { modelOfText } from '@cjourney/test-support/examples';
import { describe, expect, test } from 'vitest';
import { pngFonts } from '../src/render/output-formats.js';

const TITLES: Record<string, string> = {
    Arabic: 'خدمة العملاء بطيئة جدا',
    'Arabic with a number': 'لا أستطيع الدفع 42 مرة',
    Hebrew: 'שירות הלקוחות איטי מאוד',
    Devanagari: 'भुगतान में देरी',
    Thai: 'การชำระเงินล้มเหลว'
};

/**
 * Devanagari with conjuncts and a reordered vowel sign (ि) before a space: resvg 2.6 drops the
 * space after such a syllable (a bug of its cluster handling; Chromium keeps it), so these are
 * checked against the font's own shaped advances (fontkit, an OpenType shaper) instead.
 */
const SHAPED_DEVANAGARI = ['भुगतान प्रक्रिया में त्रुटि', 'क्षमा सदस्यता रद्द', 'कीमत स्पष्ट नहीं', 'उत्पाद की जानकारी अधूरी है'];

/** What the test uses of fontkit (it ships no types). */
interface ShapingFont {
    unitsPerEm: number;
    layout(text: string): { positions: { xAdvance: number }[] };
}

interface DrawnText {
    size: number;
    weight: 'normal' | 'bold';
    text: string;
}

/** The card title's text element in a map SVG: its size, weight and characters. */
function cardTitle(svg: string): DrawnText {
    const match = /<text class="cj-card-title"[^>]*font-size="([\d.]+)"( font-weight="bold")?[^>]*>([^<]*)<\/text>/.exec(svg);
    expect(match, 'a one-line card title').not.toBeNull();
    return { size: Number(match![1]), weight: match![2] ? 'bold' : 'normal', text: match![3] };
}

/** The width of the ink resvg draws for a text alone, with the fonts the CLI gives it. */
function inkWidth({ size, weight, text }: DrawnText): number {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-family="Arimo" font-size="${size}" font-weight="${weight}">${text}</text></svg>`;
    const fonts = pngFonts(svg);
    try {
        const box = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).getBBox();
        return box?.width ?? 0;
    } finally {
        fonts.dispose();
    }
}

describe('measured widths of right-to-left and Indic scripts match what resvg draws', () => {
    for (const [script, title] of Object.entries(TITLES)) {
        test(`${script}: the card title's measured width is within 10 % of its drawn width`, async () => {
            const model = await modelOfText(`journey J "J" { stage S { touchpoint T "${title}" { emotion neutral } } }`);
            const drawn = cardTitle(await renderView(model, 'map'));
            // A right-to-left title is drawn inside RLE … PDF (zero-width controls).
            expect(drawn.text.replace('&#x202B;', '').replace('&#x202C;', '')).toBe(title);
            const measured = measureText(title, { size: drawn.size, weight: drawn.weight });
            const ink = inkWidth(drawn);
            expect(ink, 'drawn with glyphs').toBeGreaterThan(drawn.size);
            expect(Math.abs(measured - ink) / ink, `measured ${measured.toFixed(1)} px, drawn ${ink.toFixed(1)} px`).toBeLessThan(0.1);
        });
    }

    test("Devanagari conjuncts, half forms and reph: within 3 % of the font's shaped advances", () => {
        const require = createRequire(import.meta.url);
        const font = (fontkit as unknown as { openSync(file: string): ShapingFont }).openSync(
            require.resolve('@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf')
        );
        for (const text of SHAPED_DEVANAGARI) {
            const run = font.layout(text);
            const shaped = (run.positions.reduce((sum, position) => sum + position.xAdvance, 0) / font.unitsPerEm) * 100;
            expect(Math.abs(measureText(text, { size: 100 }) - shaped) / shaped, text).toBeLessThan(0.03);
        }
    });

    test('an Arabic letter is measured in its joined form: a word is narrower than its letters alone', () => {
        const word = 'تستطيع';
        const letters = [...word].reduce((sum, letter) => sum + measureText(letter, { size: 100 }), 0);
        expect(measureText(word, { size: 100 })).toBeLessThan(letters * 0.8);
    });
});

describe('Thai wraps between words', () => {
    const pain = 'การชำระเงินล้มเหลวหลายครั้งและลูกค้าต้องรอนานเกินไปมากจนไม่อยากกลับมาใช้บริการอีก';
    const words = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(pain), part => part.segment));

    test('each line of a Thai pain in the map is whole words, within the card, and nothing is lost', async () => {
        const model = await modelOfText(`journey J "J" { stage S { touchpoint T "T" { emotion neutral pain "${pain}" } } }`);
        const svg = await renderView(model, 'map');
        const text = /<text class="cj-pain-text"[^>]*font-size="([\d.]+)"[^>]*>(.*?)<\/text>/.exec(svg);
        expect(text).not.toBeNull();
        const lines = [...text![2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(match => match[1]);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.join('')).toBe(pain);
        const segments = (line: string) =>
            Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(line), part => part.segment);
        for (const line of lines)
            expect(
                segments(line).every(word => words.has(word)),
                line
            ).toBe(true);
    });

    test('wrapText keeps Thai lines within the width', () => {
        const font = { size: 12 };
        const { lines } = wrapText(pain, 150, font);
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(150);
    });
});
