/**
 * Emoji sequences in the PNG: a ZWJ sequence, a flag, a keycap or a skin tone inside a line of
 * text is drawn as the emoji font's one glyph, not as missing-glyph boxes. Before the PNG is
 * drawn, each line holding one is cut into absolutely placed pieces at the layout's widths.
 */
import { Resvg } from '@resvg/resvg-js';
import { measureText } from '@cjourney/render';
import { describe, expect, test } from 'vitest';
import { pngFonts } from '../src/render/output-formats.js';
import { chunkEmojiSequences } from '../src/render/png-emoji-chunks.js';

const SIZE = 20;
const X = 10;

/** Dark pixels of an SVG text element drawn with the CLI's PNG fonts, on a 200 × 40 canvas. */
function ink(textElement: string, fontFiles: string[]): string {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#ffffff"/>${textElement}</svg>`;
    const pixels = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).render().pixels;
    return Array.from({ length: pixels.length / 4 }, (_, index) => (pixels[index * 4] < 160 ? '1' : '0')).join('');
}

const text = (x: number, content: string) => `<text x="${x}" y="28" font-size="${SIZE}">${content}</text>`;

describe('emoji sequences in the PNG', () => {
    test('a line with a sequence becomes pieces at the measured widths; its first piece keeps the line attributes', () => {
        const svg = '<text x="10" y="20" font-size="13" font-weight="bold" fill="#000">Dev 👩‍💻 ok</text>';
        const width = (part: string) => measureText(part, { size: 13, weight: 'bold' });
        const at = (value: number) => Math.round(value * 100) / 100;
        expect(chunkEmojiSequences(svg)).toBe(
            `<text x="10" y="20" font-size="13" font-weight="bold" fill="#000"><tspan x="10">Dev </tspan>` +
                `<tspan x="${at(10 + width('Dev '))}">👩‍💻</tspan><tspan x="${at(10 + width('Dev 👩‍💻'))}"> ok</tspan></text>`
        );
    });

    test('centred lines and lines of several tspans keep their anchor and their line spacing', () => {
        const centred = chunkEmojiSequences('<text x="100" y="20" font-size="12" text-anchor="middle">🇫🇷 Paris</text>');
        const whole = measureText('🇫🇷 Paris', { size: 12 });
        const flag = measureText('🇫🇷', { size: 12 });
        expect(centred).toContain(`<tspan x="${Math.round((100 - whole / 2 + flag / 2) * 100) / 100}">🇫🇷</tspan>`);
        const lines = chunkEmojiSequences(
            '<text x="5" y="20" font-size="12"><tspan x="5" dy="0">one</tspan><tspan x="5" dy="14">1️⃣ two</tspan></text>'
        );
        expect(lines).toContain('<tspan x="5" dy="0">one</tspan><tspan x="5" dy="14">1️⃣</tspan><tspan x=');
    });

    test('lines without sequences, single emoji and right-to-left lines are left byte for byte', () => {
        const svg = [
            '<text x="1" y="2" font-size="12">Plain 😀 &amp; text</text>',
            '<text x="1" y="2" font-size="12" text-anchor="end">\u202bשלום 👩‍💻\u202c</text>'
        ].join('\n');
        expect(chunkEmojiSequences(svg)).toBe(svg);
    });

    for (const sequence of ['👩‍💻', '👨‍👩‍👧', '🇫🇷', '🏳️‍🌈', '1️⃣', '👍🏽']) {
        test(`${sequence} inside a line is drawn as it is drawn alone, not as boxes`, () => {
            const line = `Ab ${sequence}`;
            const fonts = pngFonts(line);
            try {
                const drawn = ink(chunkEmojiSequences(text(X, line)), fonts.files);
                const where = X + measureText('Ab ', { size: SIZE });
                const expected = ink(text(X, 'Ab') + text(where, sequence), fonts.files);
                const box = ink(text(X, 'Ab') + text(where, '\uE000'), fonts.files);
                expect(drawn).toBe(expected);
                expect(drawn).not.toBe(box);
                expect(drawn).not.toBe(ink(text(X, 'Ab'), fonts.files));
            } finally {
                fonts.dispose();
            }
        });
    }
});
