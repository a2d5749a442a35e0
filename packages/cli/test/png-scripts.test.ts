/**
 * PNG text in every script: Chinese, Japanese, Korean, Arabic, Hebrew, Hindi, Thai, Russian and
 * emoji are drawn with real glyphs (the Noto fallbacks after Arimo), not missing-glyph boxes.
 * Each text is drawn alone, and compared with the same number of characters no font has
 * (private-use U+E000, drawn as Arimo's missing-glyph box): a drawn text has ink and differs
 * from the boxes. A multilingual journey renders to PNG deterministically.
 */
import { Resvg } from '@resvg/resvg-js';
import { renderView } from '@cjourney/render';
import { modelOfText } from '@cjourney/test-support/examples';
import { describe, expect, test } from 'vitest';
import { encode, pngFonts } from '../src/render/output-formats.js';
import { charactersBeyondArimo, woffToSfnt } from '../src/render/fallback-fonts.js';

const SAMPLES: Record<string, string> = {
    Chinese: '价格不清楚', 'Traditional Chinese': '價格說明', Japanese: 'カタカナとひらがな', Korean: '가격이 불분명', Arabic: 'السعر غير واضح',
    Hebrew: 'המחיר לא ברור', Hindi: 'कीमत स्पष्ट नहीं', Thai: 'ราคาไม่ชัดเจน', Russian: 'Цена неясна', Emoji: '😀🚀👍'
};

function ink(text: string): Uint8Array {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><rect width="320" height="40" fill="#ffffff"/><text x="8" y="28" font-size="20" font-family="Arimo">${text}</text></svg>`;
    const fonts = pngFonts(svg);
    try {
        const pixels = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).render().pixels;
        return Uint8Array.from({ length: pixels.length / 4 }, (_, index) => (pixels[index * 4] < 160 ? 1 : 0));
    } finally {
        fonts.dispose();
    }
}

const count = (mask: Uint8Array) => mask.reduce((sum, value) => sum + value, 0);

describe('PNG glyphs for every script', () => {
    for (const [script, text] of Object.entries(SAMPLES)) {
        test(`${script}: drawn with glyphs, not missing-glyph boxes`, () => {
            const drawn = ink(text);
            const boxes = ink('\uE000'.repeat([...text].length));
            expect(count(boxes), 'the missing-glyph boxes have ink').toBeGreaterThan(0);
            expect(count(drawn), 'the text has ink').toBeGreaterThan(20);
            const differing = drawn.reduce((sum, value, index) => sum + (value !== boxes[index] ? 1 : 0), 0);
            expect(differing, 'the text is not drawn as boxes').toBeGreaterThan(count(boxes) / 3);
        });
    }

    test('Arimo keeps Latin, Cyrillic and Greek; only other scripts need a fallback', () => {
        expect(charactersBeyondArimo('Café — naïve Ω Цена “quoted” €5 …').size).toBe(0);
        expect([...charactersBeyondArimo('价a😀')].map(code => code.toString(16))).toEqual(['4ef7', '1f600']);
    });

    test('woff unpacks to a TrueType font with the same tables', () => {
        expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow(/WOFF/);
    });

    test('a multilingual journey renders to the same PNG twice', async () => {
        const stages = Object.entries(SAMPLES).map(([script, text], index) =>
            `stage S${index} "${text}" { touchpoint T${index} "${script}: ${text}" { emotion frustrated pain "${text}" } }`).join('\n');
        const model = await modelOfText(`journey J "多言語ジャーニー 🌏" {\n${stages}\n}\n`);
        const svg = await renderView(model, 'map');
        const first = await encode(svg, 'png', { title: 'J', theme: 'light' });
        const second = await encode(svg, 'png', { title: 'J', theme: 'light' });
        expect(Buffer.compare(first.bytes as Buffer, second.bytes as Buffer)).toBe(0);
    });
});
