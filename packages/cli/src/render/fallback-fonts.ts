/**
 * The fonts after Arimo for the PNG: Noto families from @fontsource (OFL-1.1), in the order
 * resvg falls back through them. resvg reads only TrueType/OpenType and @fontsource ships
 * woff, so the subsets a drawing needs — the files whose unicode-range holds a character
 * Arimo lacks — are unpacked from woff into a fresh temporary folder for one rendering.
 * A Latin-only drawing loads none of them, and the same text always loads the same files
 * in the same order, so the pixels stay deterministic.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { FONT_FACES } from '@cjourney/render';
import { emojiFontCss, hasEmojiFont, sequenceParts } from './emoji-font.js';
import { charactersWithGlyphs } from './font-cmap.js';

/**
 * The chain, first match wins: the right-to-left and Indic scripts and Thai first (the CJK fonts
 * have some of their characters, at other widths than the layout measures), then Simplified
 * Chinese (its Han glyphs also serve Traditional Chinese and Japanese kanji), Japanese (kana) and
 * Korean (Hangul), and monochrome emoji (resvg does not draw colour emoji fonts).
 */
export const FALLBACK_FONT_PACKAGES = [
    '@fontsource/noto-sans-arabic',
    '@fontsource/noto-sans-hebrew',
    '@fontsource/noto-sans-devanagari',
    '@fontsource/noto-sans-thai',
    '@fontsource/noto-sans-sc',
    '@fontsource/noto-sans-jp',
    '@fontsource/noto-sans-kr',
    '@fontsource/noto-emoji'
] as const;

/**
 * For the PNG, the scripts that shaping rewrites (Arabic, Hebrew, Devanagari, Thai) use the whole
 * font, Latin included, from @expo-google-fonts (OFL-1.1, the same Google Fonts release): resvg
 * falls back per text line, not per character, and gives up when the fallback shapes the line into
 * a different number of glyphs than Arimo did — which a decomposed Arabic letter or a Devanagari
 * conjunct does — unless the fallback has every character of the line. An Arabic title with a
 * number in it was drawn as boxes with the @fontsource subsets, which have no digits.
 */
export const WHOLE_FONT_FILES: Readonly<Partial<Record<(typeof FALLBACK_FONT_PACKAGES)[number], string>>> = {
    '@fontsource/noto-sans-arabic': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    '@fontsource/noto-sans-hebrew': '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    '@fontsource/noto-sans-devanagari': '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    '@fontsource/noto-sans-thai': '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf'
};

/**
 * The Chinese, Japanese and Korean faces: ten of the fallbacks' eleven megabytes. The CLI
 * ships them; the VS Code extension leaves them out of its PDF export to stay a small download
 * (its preview draws CJK from subsets of the common characters: packaging/preview-cjk-fonts.mjs).
 */
export const CJK_FONT_PACKAGES = ['@fontsource/noto-sans-sc', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-kr'] as const;

/** The stylesheet that lists each package's regular subsets with their unicode-range. */
export const FALLBACK_FONT_CSS = 'index.css';

type Range = readonly [number, number];

export interface FallbackFace {
    /** Path inside its package, e.g. `files/noto-sans-sc-4-400-normal.woff`. */
    file: string;
    ranges: Range[];
}

function parseRanges(text: string): Range[] {
    return text
        .split(',')
        .map(part => part.trim().replace(/^U\+/i, ''))
        .filter(Boolean)
        .map(part => {
            const [low, high] = part.split('-').map(hex => parseInt(hex, 16));
            return [low, high ?? low] as const;
        });
}

/** The woff faces of a @fontsource stylesheet, with the characters each covers. */
export function parseFallbackCss(css: string): FallbackFace[] {
    return [...css.matchAll(/url\(\.\/(files\/[^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map(([, file, ranges]) => ({
        file,
        ranges: parseRanges(ranges)
    }));
}

const covers = (ranges: readonly Range[], code: number) => ranges.some(([low, high]) => code >= low && code <= high);

const ARIMO_RANGES: Range[] = FONT_FACES.flatMap(face => parseRanges(face.unicodeRange));

/** The characters of a text that Arimo has no glyph for (the ones a fallback must draw). */
export function charactersBeyondArimo(text: string): Set<number> {
    const found = new Set<number>();
    for (const char of text) {
        const code = char.codePointAt(0)!;
        // Below U+0250 Arimo covers everything printable, and SVG markup is mostly there: skip fast.
        if (code >= 0x250 && !covers(ARIMO_RANGES, code)) found.add(code);
    }
    return found;
}

/**
 * The characters with those their compatibility decomposition adds: a shaper draws Thai SARA AM
 * (U+0E33) as NIKHAHIT + SARA AA, and a browser looks up the face of each drawn character, so a
 * unicode-range without them sends the syllable to another font, at other widths.
 */
export function withDecompositions(characters: ReadonlySet<number>): Set<number> {
    const all = new Set(characters);
    for (const code of characters) {
        for (const part of String.fromCodePoint(code).normalize('NFKD')) {
            const partCode = part.codePointAt(0)!;
            if (partCode >= 0x250) all.add(partCode);
        }
    }
    return all;
}

/** The faces, in chain order, that hold at least one of the characters; a package with a whole font gives that font once instead. */
export function facesFor(characters: ReadonlySet<number>, faces: ReadonlyArray<readonly [string, FallbackFace[]]>): string[] {
    if (characters.size === 0) return [];
    return faces.flatMap(([pkg, list]) => {
        const used = list.filter(face => [...characters].some(code => covers(face.ranges, code))).map(face => `${pkg}/${face.file}`);
        const whole = WHOLE_FONT_FILES[pkg as keyof typeof WHOLE_FONT_FILES];
        return whole && used.length > 0 ? [whole] : used;
    });
}

/** WOFF 1.0 → the sfnt (TrueType/OpenType) it wraps: each table inflated when compressed, offsets rebuilt. */
export function woffToSfnt(woff: Buffer): Buffer {
    if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
    const count = woff.readUInt16BE(12);
    const tables = Array.from({ length: count }, (_, index) => {
        const at = 44 + index * 20;
        const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
        const raw = woff.subarray(offset, offset + compressed);
        return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
    });
    const header = Buffer.alloc(12 + count * 16);
    const power = 2 ** Math.floor(Math.log2(count));
    header.writeUInt32BE(woff.readUInt32BE(4), 0);
    header.writeUInt16BE(count, 4);
    header.writeUInt16BE(power * 16, 6);
    header.writeUInt16BE(Math.log2(power), 8);
    header.writeUInt16BE(count * 16 - power * 16, 10);
    const bodies: Buffer[] = [];
    let offset = header.length;
    tables.forEach((table, index) => {
        header.writeUInt32BE(table.tag, 12 + index * 16);
        header.writeUInt32BE(table.checksum, 16 + index * 16);
        header.writeUInt32BE(offset, 20 + index * 16);
        header.writeUInt32BE(table.data.length, 24 + index * 16);
        const padded = Buffer.alloc((table.data.length + 3) & ~3);
        table.data.copy(padded);
        bodies.push(padded);
        offset += padded.length;
    });
    return Buffer.concat([header, ...bodies]);
}

/** A package's faces; none when a build carries no copy of it (an older Action bundle's fonts folder): that script stays unglyphed, the PNG is still made. */
function facesOf(pkg: string, fontFile: (request: string) => string): FallbackFace[] {
    try {
        return parseFallbackCss(readFileSync(fontFile(`${pkg}/${FALLBACK_FONT_CSS}`), 'utf8'));
    } catch {
        return [];
    }
}

/** The fallback faces a drawing needs, as TrueType files in a temporary folder; `dispose` removes them. */
export function fallbackFontFiles(svg: string, fontFile: (request: string) => string): { files: string[]; dispose: () => void } {
    const characters = charactersBeyondArimo(svg);
    const faces = characters.size === 0 ? [] : FALLBACK_FONT_PACKAGES.map(pkg => [pkg, facesOf(pkg, fontFile)] as const);
    const needed = facesFor(characters, faces);
    if (needed.length === 0) return { files: [], dispose: () => {} };
    const folder = mkdtempSync(path.join(tmpdir(), 'cjourney-fonts-'));
    const files = needed.map((request, index) => {
        if (request.endsWith('.ttf')) return fontFile(request);
        const file = path.join(folder, `${String(index).padStart(3, '0')}.ttf`);
        writeFileSync(file, woffToSfnt(readFileSync(fontFile(request))));
        return file;
    });
    return { files, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * A font that takes the place of the Chinese, Japanese and Korean packages in the chain, for a fonts
 * folder that has none of them (the VS Code extension ships the preview's subsets of the commonly
 * used characters instead): its name and exactly the characters it has glyphs for.
 */
export interface StandInFace {
    request: string;
    codes: ReadonlySet<number>;
}

/**
 * Each character of the drawing that Arimo lacks, under the first face of the chain whose font
 * has a glyph for it (font-cmap.ts): face file (`<package>/files/….woff`) → its characters.
 * Stand-ins, when given, are asked where the CJK packages stand in the chain, and those are not.
 * Characters no face has are left out.
 */
export function fallbackGlyphOwners(
    svg: string,
    fontFile: (request: string) => string,
    standIns: readonly StandInFace[] = []
): Map<string, number[]> {
    const characters = [...withDecompositions(charactersBeyondArimo(svg))].sort((a, b) => a - b);
    const byFile = new Map<string, number[]>();
    const unclaimed = (code: number) => ![...byFile.values()].some(list => list.includes(code));
    const isCjk = (pkg: string) => (CJK_FONT_PACKAGES as readonly string[]).includes(pkg);
    for (const pkg of characters.length === 0 ? [] : FALLBACK_FONT_PACKAGES) {
        if (standIns.length > 0 && isCjk(pkg)) {
            for (const face of pkg === CJK_FONT_PACKAGES[0] ? standIns : []) {
                const mine = characters.filter(code => face.codes.has(code) && unclaimed(code));
                if (mine.length > 0) byFile.set(face.request, mine);
            }
            continue;
        }
        for (const face of facesOf(pkg, fontFile)) {
            const claimed = characters.filter(code => covers(face.ranges, code) && unclaimed(code));
            const mine =
                claimed.length === 0 ? [] : charactersWithGlyphs(woffToSfnt(readFileSync(fontFile(`${pkg}/${face.file}`))), claimed);
            if (mine.length > 0) byFile.set(`${pkg}/${face.file}`, mine);
        }
    }
    return byFile;
}

/**
 * `@font-face` rules for an HTML export: each character Arimo lacks, in the first face of the chain
 * whose font has a glyph for it (font-cmap.ts), embedded as woff. They are named Arimo, with a unicode-range of exactly those
 * characters, so the drawing's `font-family` reaches them and Arimo keeps every other character.
 * Emoji come from one whole font instead of the slices (emoji-font.ts), so their sequences join;
 * that face goes `first`, before Arimo's, so that Arimo is asked first for a keycap's digit (in the
 * emoji face's range too) and the emoji face only for the keycap that Arimo cannot draw. The others
 * go after Arimo's faces (`rest`). A drawing whose text Arimo covers gets none: its page does not grow.
 */
export function fallbackFontCss(svg: string, fontFile: (request: string) => string): { first: string; rest: string } {
    const owners = [...fallbackGlyphOwners(svg, fontFile)];
    const whole = hasEmojiFont(fontFile);
    const isEmoji = (request: string) => whole && request.startsWith('@fontsource/noto-emoji/');
    const emoji = owners.filter(([request]) => isEmoji(request)).flatMap(([, codes]) => codes);
    // The emoji face alone draws the parts of sequences (selectors, keycap): split between two fonts, a sequence shows its parts.
    const parts = new Set(emoji.length > 0 ? sequenceParts(svg) : []);
    const rest = owners
        .filter(([request]) => !isEmoji(request))
        .map(([request, all]) => [request, all.filter(code => !parts.has(code))] as const)
        .filter(([, codes]) => codes.length > 0)
        .map(([request, codes]) => {
            const data = readFileSync(fontFile(request)).toString('base64');
            const range = codes.map(code => `U+${code.toString(16)}`).join(', ');
            // Once per weight Arimo has: a browser picks the faces of the best-matching weight first and
            // looks no further in the family, so a face of another weight (or a range) would never be used.
            return [400, 700]
                .map(
                    weight =>
                        `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${weight}; src: url(data:font/woff;base64,${data}) format('woff'); unicode-range: ${range}; }\n`
                )
                .join('');
        })
        .join('');
    return { first: emojiFontCss(emoji, svg, fontFile), rest };
}
