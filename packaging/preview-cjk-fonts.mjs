/**
 * The preview's Chinese, Japanese, Korean and emoji fonts, made when the extension is built.
 * The whole Noto faces are ten megabytes, too heavy for the .vsix, so each @fontsource slice of
 * Noto Sans SC, JP and KR (Google's frequency slices, each with its unicode-range) is cut down
 * by HarfBuzz (subset-font) to the commonly used characters it holds: the first level of GB 2312
 * (simplified hanzi), of Big5 (traditional hanzi) and of JIS X 0208 (kanji), kana, CJK
 * punctuation and fullwidth forms, and the Hangul syllables and jamo of KS X 1001. The sets are
 * read from Node's own decoders of those legacy encodings, so no list is kept here. Each
 * character goes to the first of SC, JP and KR whose font has a glyph for it — the order the
 * PNG's fallback chain and the layout's width table follow. Monochrome Noto Emoji is one subset
 * of every emoji with its sequences. Same sources, same files: HarfBuzz and WOFF2 are deterministic.
 * Needs the built workspace (packages/cli/out).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(ROOT, 'packages/extension/package.json'));

/** The faces a subset's characters are taken from, in the order of the PNG's fallback chain. */
export const CJK_SOURCE_PACKAGES = ['@fontsource/noto-sans-sc', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-kr'];
/** The emoji the PNG draws (its ranges say which characters are emoji), and the same font whole, to subset. */
export const EMOJI_PACKAGE = '@fontsource/noto-emoji';
export const EMOJI_FONT = '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf';
const EMOJI_FILE = 'noto-emoji-400-normal.woff2';
const KEYCAP_FILE = 'noto-emoji-keycaps.woff2';

const span = (low, high) => Array.from({ length: high - low + 1 }, (_, index) => low + index);

/** The characters of the given rows and cells of a two-byte legacy encoding (EUC layout), as Node's decoder maps them. */
function decoded(encoding, rows, cells) {
    const decoder = new TextDecoder(encoding);
    return rows.flatMap(row => cells.map(cell => decoder.decode(new Uint8Array([row, cell])).codePointAt(0)));
}

const isHan = code => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isHangul = code => (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3130 && code <= 0x318f);

/** The commonly used characters the preview ships glyphs for, sorted. */
export function commonCjkCharacters() {
    const han = [
        ...decoded('gbk', span(0xb0, 0xd7), span(0xa1, 0xfe)), // GB 2312 level 1: 3,755 hanzi
        ...decoded('big5', span(0xa4, 0xc6), [...span(0x40, 0x7e), ...span(0xa1, 0xfe)]), // Big5 level 1: 5,401 hanzi
        ...decoded('euc-jp', span(0xb0, 0xcf), span(0xa1, 0xfe)) // JIS X 0208 level 1: 2,965 kanji
    ].filter(isHan);
    const hangul = decoded('euc-kr', span(0xb0, 0xc8), span(0xa1, 0xfe)).filter(isHangul); // KS X 1001: 2,350 syllables
    const others = [
        ...span(0x3000, 0x303f), // CJK symbols and punctuation
        ...span(0x3040, 0x30ff), // hiragana, katakana
        ...span(0x31f0, 0x31ff), // katakana phonetic extensions
        ...span(0x3130, 0x318f), // Hangul compatibility jamo
        ...span(0xff01, 0xff9f), // fullwidth forms, halfwidth katakana
        ...span(0xffe0, 0xffe6)
    ];
    return [...new Set([...han, ...hangul, ...others])].sort((a, b) => a - b);
}

/** `U+4e00-4e01, U+4e03`: the code points as the fewest ranges. */
export function unicodeRangeOf(codes) {
    const ranges = [];
    for (const code of codes) {
        const last = ranges.at(-1);
        if (last && code === last[1] + 1) last[1] = code;
        else ranges.push([code, code]);
    }
    return ranges.map(([low, high]) => `U+${low.toString(16)}${high > low ? `-${high.toString(16)}` : ''}`).join(',');
}

async function fallbackHelpers() {
    const load = file => import(pathToFileURL(path.join(ROOT, 'packages/cli/out/render', file)).href);
    return { ...(await load('fallback-fonts.js')), ...(await load('font-cmap.js')) };
}

/** Each slice of the CJK packages with the wanted characters it is the first to have a glyph for. */
export async function cjkGlyphOwners(characters) {
    const { FALLBACK_FONT_CSS, parseFallbackCss, woffToSfnt, charactersWithGlyphs } = await fallbackHelpers();
    let left = characters;
    const slices = [];
    for (const pkg of CJK_SOURCE_PACKAGES) {
        const faces = parseFallbackCss(readFileSync(require.resolve(`${pkg}/${FALLBACK_FONT_CSS}`), 'utf8'));
        for (const face of faces) {
            const inRange = left.filter(code => face.ranges.some(([low, high]) => code >= low && code <= high));
            if (inRange.length === 0) continue;
            const sfnt = woffToSfnt(readFileSync(require.resolve(`${pkg}/${face.file}`)));
            const codes = charactersWithGlyphs(sfnt, inRange);
            if (codes.length === 0) continue;
            slices.push({ pkg, file: face.file, sfnt, codes });
            const taken = new Set(codes);
            left = left.filter(code => !taken.has(code));
        }
    }
    return slices;
}

/** The subsets and emoji slices, written into `folder`, as faces (file name, unicode-range) in declaration order. */
async function makeFaces(folder) {
    const { default: subsetFont } = await import(pathToFileURL(require.resolve('subset-font')).href);
    const { charactersBeyondArimo, parseFallbackCss, FALLBACK_FONT_CSS } = await fallbackHelpers();
    const faces = [];
    const owned = new Set();
    for (const slice of await cjkGlyphOwners(commonCjkCharacters())) {
        const name = path.basename(slice.file).replace(/-400-normal\.woff$/, '-common.woff2');
        const text = String.fromCodePoint(...slice.codes);
        writeFileSync(path.join(folder, name), await subsetFont(slice.sfnt, text, { targetFormat: 'woff2' }));
        faces.push({ file: name, unicodeRange: unicodeRangeOf(slice.codes) });
        slice.codes.forEach(code => owned.add(code));
    }
    // Emoji after the CJK faces, as in the PNG's chain: a character both have (〽, ㊗) stays with the CJK face.
    // One file, not @fontsource's slices: a ZWJ sequence (👩‍💻) is one ligature only when all its parts are in the same font.
    const emoji = parseFallbackCss(readFileSync(require.resolve(`${EMOJI_PACKAGE}/${FALLBACK_FONT_CSS}`), 'utf8'));
    const all = String.fromCodePoint(...emoji.flatMap(face => face.ranges.flatMap(([low, high]) => span(low, high))));
    const codes = [...charactersBeyondArimo(all)].filter(code => !owned.has(code)).sort((a, b) => a - b);
    // With the joiner, selectors, keycap and tag characters its sequences are made of, in its range too (Arimo
    // has the joiner, but the face declared last is asked first): a sequence split between two fonts draws as its parts.
    const sequenceParts = [0x200d, 0x20e3, 0xfe0e, 0xfe0f, ...span(0xe0020, 0xe007f)];
    const withParts = [...new Set([...codes, ...sequenceParts])].sort((a, b) => a - b);
    const font = readFileSync(require.resolve(EMOJI_FONT));
    writeFileSync(path.join(folder, EMOJI_FILE), await subsetFont(font, String.fromCodePoint(...withParts), { targetFormat: 'woff2' }));
    faces.push({ file: EMOJI_FILE, unicodeRange: unicodeRangeOf(withParts) });
    // Keycaps (1️⃣) in a face of their own with the digits and signs they start with, declared before Arimo's
    // (previewFontCssBeforeArimo): Arimo is asked first for a plain digit, this face for the keycap Arimo
    // cannot draw, whole. In the emoji face above, every digit would go to the emoji font.
    const keycaps = [0x23, 0x2a, ...span(0x30, 0x39), 0xfe0f, 0x20e3];
    writeFileSync(path.join(folder, KEYCAP_FILE), await subsetFont(font, String.fromCodePoint(...keycaps), { targetFormat: 'woff2' }));
    faces.push({ file: KEYCAP_FILE, unicodeRange: unicodeRangeOf(keycaps), beforeArimo: true });
    return faces;
}

/** An installed package's version, from the package.json above its entry point (not every package exports it). */
function versionOf(pkg) {
    for (let folder = path.dirname(require.resolve(pkg)); folder !== path.dirname(folder); folder = path.dirname(folder)) {
        const file = path.join(folder, 'package.json');
        if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === pkg) return JSON.parse(readFileSync(file, 'utf8')).version;
    }
    throw new Error(`no package.json for ${pkg}`);
}

/** What the fonts are made from: this file and the versions of the fonts and of the subsetter. */
function sourcesKey() {
    const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
    for (const pkg of [...CJK_SOURCE_PACKAGES, EMOJI_PACKAGE, '@expo-google-fonts/noto-emoji', 'subset-font', 'harfbuzzjs', 'wawoff2']) {
        hash.update(`${pkg}@${versionOf(pkg)}\n`);
    }
    return hash.digest('hex').slice(0, 16);
}

/** The list of the faces (file, unicode-range) beside the fonts. */
export const PREVIEW_CJK_FACES = 'cjk-faces.json';

/**
 * Writes the fonts and their list (PREVIEW_CJK_FACES) into `fontsDir` and returns their faces. Subsetting takes most of a minute,
 * so the result is kept in node_modules/.cache under a key of its sources and copied from there.
 */
export async function writePreviewCjkFonts(fontsDir) {
    const caches = path.join(ROOT, 'node_modules/.cache/cjourney-preview-cjk-fonts');
    const key = sourcesKey();
    const cache = path.join(caches, key);
    if (!existsSync(path.join(cache, 'faces.json'))) {
        // Fonts made from other sources are stale: only the newest are kept.
        for (const name of existsSync(caches) ? readdirSync(caches) : []) {
            if (/^[0-9a-f]{16}$/.test(name) && name !== key) rmSync(path.join(caches, name), { recursive: true, force: true });
        }
        // Made in a folder of this process, then moved into place: another build at the same time makes the same bytes.
        const building = `${cache}.${process.pid}`;
        mkdirSync(building, { recursive: true });
        writeFileSync(path.join(building, 'faces.json'), JSON.stringify(await makeFaces(building), null, 1));
        if (existsSync(cache)) rmSync(building, { recursive: true, force: true });
        else renameSync(building, cache);
    }
    const faces = JSON.parse(readFileSync(path.join(cache, 'faces.json'), 'utf8'));
    mkdirSync(fontsDir, { recursive: true });
    for (const face of faces) cpSync(path.join(cache, face.file), path.join(fontsDir, face.file));
    // The characters of each face, for the extension's PDF export (it draws CJK with these subsets: pdf-cjk-fonts.ts).
    cpSync(path.join(cache, 'faces.json'), path.join(fontsDir, PREVIEW_CJK_FACES));
    return faces;
}

/**
 * `@font-face` rules naming the faces Arimo, as the other script faces, so the drawing's
 * font-family reaches them; once per weight Arimo has (the layout measures these scripts
 * regular), because Chromium looks only at the faces declared for the best-matching weight.
 */
export function previewCjkFontCss(faces, urlOf) {
    return fontFaceRules(
        faces.filter(face => !face.beforeArimo),
        urlOf
    );
}

/** The `@font-face` rules to declare before Arimo's (the keycaps' face, whose range holds the digits). */
export function previewFontCssBeforeArimo(faces, urlOf) {
    return fontFaceRules(
        faces.filter(face => face.beforeArimo),
        urlOf
    );
}

function fontFaceRules(faces, urlOf) {
    return faces
        .flatMap(face =>
            [400, 700].map(
                weight =>
                    `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${weight}; src: url(${urlOf(face.file)}) format('woff2'); unicode-range: ${face.unicodeRange}; }\n`
            )
        )
        .join('');
}
