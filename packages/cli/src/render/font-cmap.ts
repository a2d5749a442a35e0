/**
 * Which characters a TrueType/OpenType font really has a glyph for, from its `cmap` table
 * (formats 4 and 12, the ones Noto uses). @fontsource's unicode-ranges are Google's slices,
 * shared by every font of a script family, and claim characters some files lack: a browser
 * told a face covers a character draws that face's missing-glyph box, so the HTML export
 * asks the font itself.
 */

function tableOffset(font: Buffer, tag: string): number | undefined {
    const count = font.readUInt16BE(4);
    for (let index = 0; index < count; index++) {
        const at = 12 + index * 16;
        if (font.toString('latin1', at, at + 4) === tag) return font.readUInt32BE(at + 8);
    }
    return undefined;
}

function hasInFormat4(font: Buffer, at: number, code: number): boolean {
    if (code > 0xffff) return false;
    const segments = font.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let index = 0; index < segments; index++) {
        if (code > font.readUInt16BE(ends + index * 2)) continue;
        const start = font.readUInt16BE(starts + index * 2);
        if (code < start) return false;
        const rangeOffset = font.readUInt16BE(rangeOffsets + index * 2);
        if (rangeOffset === 0) return ((code + font.readInt16BE(deltas + index * 2)) & 0xffff) !== 0;
        const glyphAt = rangeOffsets + index * 2 + rangeOffset + (code - start) * 2;
        return font.readUInt16BE(glyphAt) !== 0;
    }
    return false;
}

function hasInFormat12(font: Buffer, at: number, code: number): boolean {
    const groups = font.readUInt32BE(at + 12);
    for (let index = 0; index < groups; index++) {
        const group = at + 16 + index * 12;
        if (code >= font.readUInt32BE(group) && code <= font.readUInt32BE(group + 4)) return true;
    }
    return false;
}

/** The characters among `codes` that the font (an sfnt) maps to a glyph. */
export function charactersWithGlyphs(font: Buffer, codes: readonly number[]): number[] {
    const cmap = tableOffset(font, 'cmap');
    if (cmap === undefined) return [];
    const subtables = Array.from({ length: font.readUInt16BE(cmap + 2) }, (_, index) => cmap + font.readUInt32BE(cmap + 4 + index * 8 + 4));
    const format12 = subtables.find(at => font.readUInt16BE(at) === 12);
    const format4 = subtables.find(at => font.readUInt16BE(at) === 4);
    return codes.filter(code =>
        format12 !== undefined ? hasInFormat12(font, format12, code) : format4 !== undefined && hasInFormat4(font, format4, code)
    );
}
