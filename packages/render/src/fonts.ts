/**
 * The font files that match the metrics table: Arimo from @fontsource/arimo (woff2 subsets,
 * regular and bold). Browser hosts (the preview, the HTML export) load
 * them with `fontFaceCss`, giving each file's URL; this module only names them.
 */
export interface FontFace {
    /** Path inside the @fontsource/arimo package. */
    file: string;
    weight: 400 | 700;
    unicodeRange: string;
}

const LATIN =
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT =
    'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

const CYRILLIC = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';
const GREEK = 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03FF';

/** The scripts of the metrics table: Latin, Latin Extended, Cyrillic and Greek, regular and bold. */
export const FONT_FACES: readonly FontFace[] = ([400, 700] as const).flatMap(weight => [
    { file: `files/arimo-latin-${weight}-normal.woff2`, weight, unicodeRange: LATIN },
    { file: `files/arimo-latin-ext-${weight}-normal.woff2`, weight, unicodeRange: LATIN_EXT },
    { file: `files/arimo-cyrillic-${weight}-normal.woff2`, weight, unicodeRange: CYRILLIC },
    { file: `files/arimo-greek-${weight}-normal.woff2`, weight, unicodeRange: GREEK }
]);

/** `@font-face` rules for Arimo (all its faces, or those given); `urlOf` turns a package file into a URL (a webview URI, a data: URL). */
export function fontFaceCss(urlOf: (face: FontFace) => string, faces: readonly FontFace[] = FONT_FACES): string {
    return (
        faces
            .map(
                face =>
                    `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${face.weight}; src: url(${urlOf(face)}) format('woff2'); unicode-range: ${face.unicodeRange}; }`
            )
            .join('\n') + '\n'
    );
}

/** A Noto subset for a script Arimo lacks, from its @fontsource package (woff2, regular). */
export interface ScriptFontFace {
    package: string;
    /** Path inside the package. */
    file: string;
    /** The script's own blocks only: the subsets' ranges also claim punctuation Arimo draws. */
    unicodeRange: string;
}

/**
 * The scripts the layout measures with Noto widths (text-metrics-scripts-table.ts), for a browser
 * host that ships them (the preview): about 115 KB in all, each downloaded only when a drawing
 * uses a character of its range. Chinese, Japanese, Korean and emoji are megabytes: the preview
 * gets subsets of their common characters, made when the extension is built
 * (packaging/preview-cjk-fonts.mjs).
 */
export const SCRIPT_FONT_FACES: readonly ScriptFontFace[] = [
    {
        package: '@fontsource/noto-sans-hebrew',
        file: 'files/noto-sans-hebrew-hebrew-400-normal.woff2',
        unicodeRange: 'U+0590-05FF, U+FB1D-FB4F'
    },
    {
        package: '@fontsource/noto-sans-arabic',
        file: 'files/noto-sans-arabic-arabic-400-normal.woff2',
        unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF'
    },
    {
        package: '@fontsource/noto-sans-devanagari',
        file: 'files/noto-sans-devanagari-devanagari-400-normal.woff2',
        unicodeRange: 'U+0900-097F, U+A8E0-A8FF'
    },
    { package: '@fontsource/noto-sans-thai', file: 'files/noto-sans-thai-thai-400-normal.woff2', unicodeRange: 'U+0E00-0E7F' }
];

/**
 * `@font-face` rules naming the script subsets Arimo, so the drawing's font-family reaches them;
 * the regular file serves both weights (the layout measures these scripts regular), declared at
 * each weight because a browser looks only at the faces of the best-matching weight.
 */
export function scriptFontFaceCss(urlOf: (face: ScriptFontFace) => string, faces: readonly ScriptFontFace[] = SCRIPT_FONT_FACES): string {
    return faces
        .flatMap(face =>
            [400, 700].map(
                weight =>
                    `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${weight}; src: url(${urlOf(face)}) format('woff2'); unicode-range: ${face.unicodeRange}; }\n`
            )
        )
        .join('');
}
