/**
 * The HTML export's emoji face: the whole Noto Emoji font (@expo-google-fonts/noto-emoji,
 * OFL-1.1) as one WOFF file, not @fontsource's slices. A ZWJ sequence (👩‍💻), a keycap (1️⃣),
 * a flag or a skin tone is one ligature of the font only when all its parts are in the same
 * file: from two slices a browser draws each part, about twice as wide as the layout measured.
 * Embedded only when the drawing has an emoji; the same font always gives the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const EMOJI_FONT = '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf';

/** The characters sequences are made of besides their emoji: joiner, presentation selectors, keycap, tags. */
const SEQUENCE_PART = /\u200d|\ufe0e|\ufe0f|\u20e3|[\u{e0020}-\u{e007f}]/gu;

/** The sequence parts a text uses: in the emoji face's range too, or a sequence is split between two fonts. */
export function sequenceParts(text: string): number[] {
    return [...new Set(Array.from(text.matchAll(SEQUENCE_PART), match => match[0].codePointAt(0)!))];
}

/** A keycap (1️⃣, #️⃣, *️⃣): its digit or sign, the optional selector and the combining keycap. */
const KEYCAP = /([0-9#*])\ufe0f?\u20e3/gu;

/**
 * The digits and signs that start a keycap in the text. In the emoji face's range too: its digit
 * alone would stay Arimo's, and the keycap would draw as a missing glyph and an empty key beside it.
 */
export function keycapBases(text: string): number[] {
    return [...new Set(Array.from(text.matchAll(KEYCAP), match => match[1].codePointAt(0)!))];
}

/** sfnt (TrueType/OpenType) → WOFF 1.0: each table deflated when that makes it smaller. */
export function sfntToWoff(sfnt: Buffer): Buffer {
    const count = sfnt.readUInt16BE(4);
    const tables = Array.from({ length: count }, (_, index) => {
        const at = 12 + index * 16;
        const [offset, length] = [sfnt.readUInt32BE(at + 8), sfnt.readUInt32BE(at + 12)];
        const raw = sfnt.subarray(offset, offset + length);
        const packed = deflateSync(raw, { level: 9 });
        return { tag: sfnt.readUInt32BE(at), checksum: sfnt.readUInt32BE(at + 4), length, data: packed.length < length ? packed : raw };
    });
    const header = Buffer.alloc(44 + count * 20);
    const bodies: Buffer[] = [];
    let offset = header.length;
    tables.forEach((table, index) => {
        const at = 44 + index * 20;
        header.writeUInt32BE(table.tag, at);
        header.writeUInt32BE(offset, at + 4);
        header.writeUInt32BE(table.data.length, at + 8);
        header.writeUInt32BE(table.length, at + 12);
        header.writeUInt32BE(table.checksum, at + 16);
        const padded = Buffer.alloc((table.data.length + 3) & ~3);
        table.data.copy(padded);
        bodies.push(padded);
        offset += padded.length;
    });
    const sfntSize = 12 + count * 16 + tables.reduce((sum, table) => sum + ((table.length + 3) & ~3), 0);
    header.writeUInt32BE(0x774f4646, 0); // 'wOFF'
    header.writeUInt32BE(sfnt.readUInt32BE(0), 4);
    header.writeUInt32BE(offset, 8);
    header.writeUInt16BE(count, 12);
    header.writeUInt32BE(sfntSize, 16);
    header.writeUInt16BE(1, 20); // font version 1.0
    return Buffer.concat([header, ...bodies]);
}

let woff: Buffer | undefined;

/** Whether this build carries the whole font (the extension's fonts folder does not: its export keeps the slices). */
export function hasEmojiFont(fontFile: (request: string) => string): boolean {
    try {
        return existsSync(fontFile(EMOJI_FONT));
    } catch {
        return false;
    }
}

/**
 * `@font-face` rules (both weights, named Arimo) drawing `codes`, the text's sequence parts and keycap
 * digits with the whole emoji font; declared before Arimo's, so Arimo still draws every other digit.
 */
export function emojiFontCss(codes: readonly number[], text: string, fontFile: (request: string) => string): string {
    if (codes.length === 0) return '';
    woff ??= sfntToWoff(readFileSync(fontFile(EMOJI_FONT)));
    const data = woff.toString('base64');
    const range = [...new Set([...codes, ...sequenceParts(text), ...keycapBases(text)])]
        .sort((a, b) => a - b)
        .map(code => `U+${code.toString(16)}`)
        .join(', ');
    return [400, 700]
        .map(
            weight =>
                `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${weight}; src: url(data:font/woff;base64,${data}) format('woff'); unicode-range: ${range}; }\n`
        )
        .join('');
}
