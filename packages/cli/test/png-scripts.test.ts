/**
 * PNG text in every script: Chinese, Japanese, Korean, Arabic, Hebrew, Hindi, Thai, Russian and
 * emoji are drawn with real glyphs (the Noto fallbacks after Arimo), not missing-glyph boxes.
 * Each character is drawn alone with the CLI's fonts and must have ink and differ from the
 * missing-glyph box Arimo draws for a character it lacks (what a font without the script draws). A multilingual
 * journey renders to PNG deterministically.
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

/** Dark pixels of a text drawn alone with the given fonts. */
function ink(text: string, fontFiles: string[]): Uint8Array {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40"><rect width="64" height="40" fill="#ffffff"/><text x="16" y="28" font-size="20" font-family="Arimo">${text}</text></svg>`;
    const pixels = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).render().pixels;
    return Uint8Array.from({ length: pixels.length / 4 }, (_, index) => (pixels[index * 4] < 160 ? 1 : 0));
}

const count = (mask: Uint8Array) => mask.reduce((sum, value) => sum + value, 0);
const differ = (a: Uint8Array, b: Uint8Array) => a.reduce((sum, value, index) => sum + (value !== b[index] ? 1 : 0), 0);

describe('PNG glyphs for every script', () => {
    for (const [script, text] of Object.entries(SAMPLES)) {
        // Character by character (so bidi reordering and shaping cannot hide a box among glyphs): each is
        // drawn with the CLI's fonts and compared with the box Arimo alone draws.
        test(`${script}: every character is drawn with a glyph, not the missing-glyph box`, () => {
            const fonts = pngFonts(text);
            const arimoOnly = pngFonts('').files;
            try {
                if (charactersBeyondArimo(text).size > 0) expect(fonts.files.length, 'fallback fonts loaded').toBeGreaterThan(arimoOnly.length);
                // The box Arimo draws for a character it lacks (U+E000 is private use: no font has it).
                const box = ink('\uE000', arimoOnly);
                expect(count(box)).toBeGreaterThan(0);
                const boxed = [...new Set(text.replace(/\s/g, ''))].filter(char => {
                    const drawn = ink(char, fonts.files);
                    return count(drawn) === 0 || differ(drawn, box) === 0;
                });
                expect(boxed.map(char => `U+${char.codePointAt(0)!.toString(16)}`), 'characters drawn as boxes or not at all').toEqual([]);
            } finally {
                fonts.dispose();
            }
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
