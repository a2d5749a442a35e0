/**
 * Measuring and breaking text of every script: wide East Asian characters are one em, a
 * grapheme cluster (a letter and its marks, an emoji with its skin tone, a ZWJ family, a flag)
 * is measured as the one glyph it is drawn as, lines break between ideographs (not only at
 * spaces) and never inside a cluster, and closing punctuation never starts a line.
 */
import { describe, expect, test, vi } from 'vitest';
import { measureText, wrapText } from '../src/index.js';
import { graphemes } from '../src/text-metrics.js';

const FONT = { size: 10 } as const;

describe('text metrics for every script', () => {
    test("Chinese and Japanese characters are one em each, Hangul Noto Sans KR's 0.92 em; Latin keeps Arimo's widths", () => {
        expect(measureText('价格不清楚', FONT)).toBeCloseTo(50, 5);
        expect(measureText('カタカナ', FONT)).toBeCloseTo(40, 5);
        // Hangul as Noto Sans KR draws it: 920 of 1000 units, not a full em (Korean wrapped early).
        expect(measureText('가격', FONT)).toBeCloseTo(18.4, 5);
        expect(measureText('Pricing', FONT)).toBeCloseTo(measureText('Pri', FONT) + measureText('cing', FONT), 5);
    });

    test("an emoji sequence is one glyph of Noto Emoji's advance: ZWJ family, flag; a skin tone adds its swatch", () => {
        const one = measureText('😀', FONT);
        // Noto Emoji (monochrome), which every output ships: 2600 of 2048 units.
        expect(one).toBeCloseTo((10 * 2600) / 2048, 5);
        for (const sequence of ['👨‍👩‍👧', '🇫🇷', '🏳️‍🌈']) expect(measureText(sequence, FONT), sequence).toBeCloseTo(one, 5);
        // The monochrome font draws a skin tone as a colour swatch after the emoji.
        expect(measureText('👍🏽', FONT)).toBeCloseTo(2 * one, 5);
        expect(measureText('a👍🏽b', FONT)).toBeCloseTo(measureText('a', FONT) + 2 * one + measureText('b', FONT), 5);
        // A keycap is one emoji too, at the start of a text or after other scripts; a plain digit stays Arimo's.
        expect(measureText('1️⃣', FONT)).toBeCloseTo(one, 5);
        expect(measureText('Step 1️⃣', FONT)).toBeCloseTo(measureText('Step ', FONT) + one, 5);
        expect(measureText('付款 2️⃣ #️⃣ 3', FONT)).toBeCloseTo(measureText('付款 ', FONT) + 2 * one + measureText('  3', FONT), 5);
    });

    test('combining marks add no width, in Latin and other scripts', () => {
        expect(measureText('e\u0301', FONT)).toBeCloseTo(measureText('e', FONT), 5);
        expect(measureText('Cafe\u0301 ok', FONT)).toBeCloseTo(measureText('Cafe ok', FONT), 5);
        // Thai: the vowel sign above (U+0E31, a non-spacing mark) rides on its consonant.
        expect(measureText('\u0e0a\u0e31', FONT)).toBeCloseTo(measureText('\u0e0a', FONT), 5);
    });

    test('graphemes keep clusters whole', () => {
        expect(graphemes('a👨‍👩‍👧🇫🇷e\u0301')).toEqual(['a', '👨‍👩‍👧', '🇫🇷', 'e\u0301']);
    });

    test("ICU's segmenters are made only for text that needs them (each costs a command's start-up ≈ 15 ms)", async () => {
        const made: (string | undefined)[] = [];
        const Real = Intl.Segmenter;
        class Counting extends Real {
            constructor(locale?: string, options?: Intl.SegmenterOptions) {
                super(locale, options);
                made.push(options?.granularity);
            }
        }
        Object.defineProperty(Intl, 'Segmenter', { value: Counting, configurable: true, writable: true });
        try {
            vi.resetModules();
            const fresh = await import('../src/index.js');
            const metrics = await import('../src/text-metrics.js');
            fresh.wrapText('Compare prices, then book a seat near the aisle', 60, FONT);
            expect(metrics.graphemes('Plain ASCII ~ text!')).toEqual([...'Plain ASCII ~ text!']);
            expect(made).toEqual([]);
            expect(metrics.graphemes('e\u0301!')).toEqual(['e\u0301', '!']);
            fresh.wrapText('ราคาที่นั่งไม่ชัดเจน', 40, FONT);
            expect(made).toEqual(['grapheme', 'word']);
        } finally {
            Object.defineProperty(Intl, 'Segmenter', { value: Real, configurable: true, writable: true });
        }
    });
});

describe('line breaking for every script', () => {
    test('Chinese breaks between ideographs, filling each line (not one character alone at the end)', () => {
        expect(wrapText('座位价格不清楚而且说明太长', 52, FONT).lines).toEqual(['座位价格不', '清楚而且说', '明太长']);
        // After a space the next ideographs continue the line (they used to move to the next line as one word).
        expect(wrapText('我们 价格不清楚', 55, FONT).lines).toEqual(['我们 价格不', '清楚']);
    });

    test('closing punctuation stays with the character before it, opening with the one after', () => {
        const { lines } = wrapText('价格不清楚。「说明」太长', 50, FONT);
        expect(lines).toEqual(['价格不清', '楚。「说', '明」太长']);
        for (const line of lines) expect(line[0], line).not.toMatch(/[。」]/);
    });

    test('Latin words inside Chinese stay whole, and spaces between words are kept', () => {
        const { lines } = wrapText('使用 SaaS 平台的价格', 45, FONT);
        expect(lines.join('|')).toContain('SaaS');
        expect(lines.every(line => measureText(line, FONT) <= 45)).toBe(true);
    });

    test('a line never breaks inside a cluster, even in a word wider than the line', () => {
        const text = '👍🏽👨‍👩‍👧🇫🇷e\u0301e\u0301e\u0301';
        const { lines } = wrapText(text, 15, FONT);
        expect(lines.join('')).toBe(text);
        for (const line of lines) expect(graphemes(line).join('')).toBe(line);
        expect(lines.slice(0, 3)).toEqual(['👍🏽', '👨‍👩‍👧', '🇫🇷']);
    });

    test('the ellipsis cuts between clusters, keeping the start and the end of the text', () => {
        const text = '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 价格不清楚价格不清楚';
        const { lines, truncated } = wrapText(text, 30, FONT, 1);
        expect(truncated).toBe(true);
        const [head, tail] = lines[0].split('…');
        expect(tail).toBeDefined();
        expect(graphemes(head).every(cluster => cluster === '👨‍👩‍👧')).toBe(true);
        expect(text.endsWith(tail)).toBe(true);
        expect(graphemes(text).join('')).toBe(text);
    });
});
