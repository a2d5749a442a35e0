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
import { charactersWithGlyphs } from '../src/render/font-cmap.js';
import { journeyOfScripts } from '@cjourney/test-support/scripts-journey';

const SAMPLES: Record<string, string> = {
    Chinese: '价格不清楚',
    'Traditional Chinese': '價格說明',
    Japanese: 'カタカナとひらがな',
    Korean: '가격이 불분명',
    Arabic: 'السعر غير واضح',
    Hebrew: 'המחיר לא ברור',
    Hindi: 'कीमत स्पष्ट नहीं',
    Thai: 'ราคาไม่ชัดเจน',
    Russian: 'Цена неясна',
    Emoji: '😀🚀👍'
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
                if (charactersBeyondArimo(text).size > 0)
                    expect(fonts.files.length, 'fallback fonts loaded').toBeGreaterThan(arimoOnly.length);
                // The box Arimo draws for a character it lacks (U+E000 is private use: no font has it).
                const box = ink('\uE000', arimoOnly);
                expect(count(box)).toBeGreaterThan(0);
                const boxed = [...new Set(text.replace(/\s/g, ''))].filter(char => {
                    const drawn = ink(char, fonts.files);
                    return count(drawn) === 0 || differ(drawn, box) === 0;
                });
                expect(
                    boxed.map(char => `U+${char.codePointAt(0)!.toString(16)}`),
                    'characters drawn as boxes or not at all'
                ).toEqual([]);
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
        const model = await modelOfText(journeyOfScripts(SAMPLES, '多言語ジャーニー 🌏', 'touchpoint'));
        const svg = await renderView(model, 'map');
        const first = await encode(svg, 'png', { title: 'J', theme: 'light' });
        const second = await encode(svg, 'png', { title: 'J', theme: 'light' });
        expect(Buffer.compare(first.bytes as Buffer, second.bytes as Buffer)).toBe(0);
    });
});

describe('HTML export: fallback subsets only for the characters a drawing needs', () => {
    const fontFaces = (html: string) => html.match(/@font-face \{[^}]*\}/g) ?? [];

    test('a Latin-only journey embeds Arimo alone: its page does not grow', async () => {
        const svg = await renderView(
            await modelOfText('journey J "Café — naïve Ω Цена" { stage S { touchpoint T "Pays €5" { emotion pleased } } }'),
            'map'
        );
        const html = String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes);
        expect(fontFaces(html)).toHaveLength(8);
        expect(html).not.toContain('font/woff;');
    });

    test('Chinese and emoji: each character in exactly one embedded face named Arimo, with a unicode-range of just the used characters', async () => {
        const svg = await renderView(
            await modelOfText('journey J "价格 😀" { stage S { touchpoint T "价格不清楚" { emotion angry } } }'),
            'map'
        );
        const html = String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes);
        const fallback = fontFaces(html).filter(rule => rule.includes('font/woff;'));
        expect(fallback.length).toBeGreaterThan(0);
        // Once per weight of Arimo (a browser looks only at the faces of the best-matching weight).
        for (const weight of [400, 700]) {
            const ranges = fallback
                .filter(rule => rule.includes(`font-weight: ${weight};`))
                .flatMap(rule => /unicode-range: ([^;]+);/.exec(rule)![1].split(', '));
            expect([...ranges].sort(), String(weight)).toEqual(['U+1f600', 'U+4e0d', 'U+4ef7', 'U+683c', 'U+695a', 'U+6e05'].sort());
        }
        expect(fallback.every(rule => rule.includes('font-family: Arimo;'))).toBe(true);
    });

    test('emoji sequences: every part (joiner, selector, keycap) in one face of the whole Noto Emoji font, so they join', async () => {
        const svg = await renderView(await modelOfText('journey J "Dev 👩‍💻 🏳️‍🌈 1️⃣ 🇫🇷" { stage S { touchpoint T "x" } }'), 'map');
        const html = String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes);
        const faces = fontFaces(html).filter(rule => rule.includes('font/woff;') && rule.includes('font-weight: 400;'));
        expect(faces).toHaveLength(1);
        const range = /unicode-range: ([^;]+);/.exec(faces[0])![1].split(', ');
        for (const part of ['U+1f469', 'U+200d', 'U+1f4bb', 'U+fe0f', 'U+1f308', 'U+20e3', 'U+1f1eb', 'U+1f1f7'])
            expect(range).toContain(part);
        // The keycap's digit too, with the face declared before Arimo's (woff2): Arimo is asked first for a
        // plain 1 and the emoji font only for the keycap Arimo cannot draw, which it draws whole.
        expect(range).toContain('U+31');
        expect(html.indexOf(faces[0])).toBeLessThan(html.indexOf('font/woff2;'));
        // The whole font: its GSUB joins the sequences (a slice of @fontsource holds only some parts).
        const woff = Buffer.from(/base64,([^)]+)\)/.exec(faces[0])![1], 'base64');
        expect(woff.readUInt32BE(0)).toBe(0x774f4646);
        expect(woff.length).toBeGreaterThan(400_000);
    });

    test('a face is used only for the characters its font has a glyph for, not all its unicode-range claims', async () => {
        // Noto Sans SC's slices claim Hangul and Devanagari code points its files have no glyph for: they go to KR and Devanagari.
        const svg = await renderView(await modelOfText('journey J "가격 कीमत 价" { stage S { touchpoint T "x" } }'), 'map');
        const html = String((await encode(svg, 'html', { title: 'J', theme: 'light' })).bytes);
        const woffOf = (code: string) =>
            fontFaces(html).filter(
                rule => rule.includes('font-weight: 400;') && /unicode-range: ([^;]+);/.exec(rule)![1].split(', ').includes(code)
            );
        for (const code of ['U+ac00', 'U+915', 'U+4ef7']) expect(woffOf(code), code).toHaveLength(1);
        const fontOf = (code: string) =>
            charactersWithGlyphs(woffToSfnt(Buffer.from(/base64,([^)]+)\)/.exec(woffOf(code)[0])![1], 'base64')), [
                parseInt(code.slice(2), 16)
            ]);
        for (const code of ['U+ac00', 'U+915', 'U+4ef7']) expect(fontOf(code), code).toHaveLength(1);
    });
});
