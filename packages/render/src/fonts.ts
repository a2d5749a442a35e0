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

/** `@font-face` rules for Arimo; `urlOf` turns a package file into a URL (a webview URI, a data: URL). */
export function fontFaceCss(urlOf: (face: FontFace) => string): string {
    return (
        FONT_FACES.map(
            face =>
                `@font-face { font-family: Arimo; font-style: normal; font-display: block; font-weight: ${face.weight}; src: url(${urlOf(face)}) format('woff2'); unicode-range: ${face.unicodeRange}; }`
        ).join('\n') + '\n'
    );
}
