/**
 * Widths of Arabic and Devanagari text as a shaping engine draws it, from the Noto tables
 * (text-metrics-scripts-table.ts), without a shaper: the renderers (resvg, Chromium) shape
 * these scripts, and a letter's width depends on its neighbours.
 * - Arabic: each letter takes its isolated, final, initial or medial form by the Unicode
 *   joining rules (marks are transparent; tatweel and ZWJ join both sides), and lam + alef
 *   is one ligature.
 * - Devanagari: a consonant before virama + consonant is a half form, or with it a ligature
 *   (क्ष, द्द: the pairs the half-form rule misses are listed); RA starting such a cluster is a
 *   reph (no advance); RA after a virama is a stroke under the consonant.
 * Longer conjuncts and Arabic stylistic ligatures are approximated by these rules: measured texts land within a few per cent of the shaped width (see the tests).
 */
import { widthInEm } from './width-ranges.js';
import {
    ARABIC_FORMS,
    DEVANAGARI_CONJUNCTS,
    DEVANAGARI_HALF_WIDTHS,
    DEVANAGARI_REPH_WIDTH,
    HANGUL_WIDTH,
    LAM_ALEF,
    SCRIPT_UNITS_PER_EM,
    SCRIPT_WIDTHS
} from './text-metrics-scripts-table.js';

const isHangul = (code: number) => (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3130 && code <= 0x318f);

/** The nominal advance in em of a Hebrew, Arabic, Devanagari, Thai or Hangul character, if the Noto fonts have it. */
export function scriptCharWidthEm(code: number): number | undefined {
    // Noto Sans KR draws Hangul narrower than an em (0.92): measured at 1 em, Korean wrapped early.
    return isHangul(code) ? HANGUL_WIDTH / SCRIPT_UNITS_PER_EM : widthInEm(SCRIPT_WIDTHS, code, SCRIPT_UNITS_PER_EM);
}

/** Text that needs context to measure: Arabic letters, Devanagari viramas. */
export const SHAPED_SCRIPT = /[\u0600-\u06ff\u0750-\u077f]|\u094d/;
const ARABIC_TEST = /^[\u0600-\u06ff\u0750-\u077f]$/;

const TATWEEL = 0x640;
const ZWJ = 0x200d;
const LAM = 0x644;
const VIRAMA = 0x94d;
const RA = 0x930;

type Joining = 'D' | 'R' | 'U' | 'T' | 'C';

function joiningOf(code: number): Joining {
    if (code === TATWEEL || code === ZWJ) return 'C';
    if (/^\p{M}$/u.test(String.fromCodePoint(code))) return 'T';
    for (const block of ARABIC_FORMS) {
        const offset = code - block.start;
        if (offset >= 0 && offset < block.joining.length) {
            const type = block.joining[offset];
            return type === 'D' || type === 'R' ? type : 'U';
        }
    }
    return 'U';
}

/** Width in em of an Arabic letter in one of its forms: 0 isolated, 1 final, 2 initial, 3 medial. */
function arabicFormWidth(code: number, form: number): number | undefined {
    for (const block of ARABIC_FORMS) {
        const offset = code - block.start;
        if (offset >= 0 && offset < block.joining.length && block.joining[offset] !== '-') {
            return block.widths[offset * 4 + form] / SCRIPT_UNITS_PER_EM;
        }
    }
    return undefined;
}

/** The nearest code point before/after `index` that is not transparent (a mark). */
function neighbour(codes: readonly number[], index: number, step: 1 | -1): number | undefined {
    for (let at = index + step; at >= 0 && at < codes.length; at += step) {
        if (joiningOf(codes[at]) !== 'T') return codes[at];
    }
    return undefined;
}

const joinsNext = (code: number | undefined) => code !== undefined && ['D', 'C'].includes(joiningOf(code));
const joinsPrevious = (code: number | undefined) => code !== undefined && ['D', 'R', 'C'].includes(joiningOf(code));

/** One Arabic letter at `index`: its width in em and how many code points it used (2 for lam + alef). */
function arabicLetter(codes: readonly number[], index: number): { em: number; used: number } | undefined {
    const code = codes[index];
    const type = joiningOf(code);
    if (type !== 'D' && type !== 'R' && type !== 'U') return undefined;
    const previous = neighbour(codes, index, -1);
    const next = neighbour(codes, index, 1);
    const joinedBefore = type !== 'U' && joinsNext(previous);
    if (code === LAM && next !== undefined) {
        const ligature = LAM_ALEF.find(([alef]) => alef === next);
        if (ligature)
            return { em: (joinedBefore ? ligature[2] : ligature[1]) / SCRIPT_UNITS_PER_EM, used: codes.indexOf(next, index) - index + 1 };
    }
    const joinedAfter = type === 'D' && joinsPrevious(next);
    const form = joinedBefore ? (joinedAfter ? 3 : 1) : joinedAfter ? 2 : 0;
    const em = arabicFormWidth(code, form);
    return em === undefined ? undefined : { em, used: 1 };
}

const isConsonant = (code: number | undefined) =>
    code !== undefined && ((code >= 0x915 && code <= 0x939) || (code >= 0x958 && code <= 0x95f));

const CONJUNCTS = new Map(DEVANAGARI_CONJUNCTS.map(([first, second, width]) => [(first << 8) | second, width / SCRIPT_UNITS_PER_EM]));

/** The width in em of a consonant pair drawn as a ligature (क्ष), if the half-form rule would miss it. */
function conjunctWidth(first: number, second: number): number | undefined {
    return CONJUNCTS.get(((first - 0x900) << 8) | (second - 0x900));
}

/** A Devanagari consonant followed by virama + consonant: its width in em and the code points used. */
function devanagariConjunct(codes: readonly number[], index: number): { em: number; used: number } | undefined {
    const code = codes[index];
    if (!isConsonant(code) || codes[index + 1] !== VIRAMA || !isConsonant(codes[index + 2])) return undefined;
    if (code === RA && codes[index - 1] !== VIRAMA) return { em: DEVANAGARI_REPH_WIDTH / SCRIPT_UNITS_PER_EM, used: 2 };
    // Consonant + virama + RA: the full consonant with a stroke below it.
    if (codes[index + 2] === RA) return { em: scriptCharWidthEm(code) ?? 0, used: 3 };
    const ligature = codes[index + 3] === VIRAMA ? undefined : conjunctWidth(code, codes[index + 2]);
    if (ligature !== undefined) return { em: ligature, used: 3 };
    const half = widthInEm(DEVANAGARI_HALF_WIDTHS, code, SCRIPT_UNITS_PER_EM);
    return half === undefined ? undefined : { em: half, used: 2 };
}

/**
 * The width in em of a text with Arabic or Devanagari in it; `otherEm` measures the runs
 * between (any other script, emoji, spaces) as text-metrics does.
 */
export function shapedScriptsEm(text: string, otherEm: (run: string) => number): number {
    const codes = Array.from(text, char => char.codePointAt(0)!);
    let em = 0;
    let run = '';
    for (let index = 0; index < codes.length;) {
        const shaped = ARABIC_TEST.test(String.fromCodePoint(codes[index])) ? arabicLetter(codes, index) : devanagariConjunct(codes, index);
        if (shaped) {
            if (run) em += otherEm(run);
            run = '';
            em += shaped.em;
            index += shaped.used;
        } else {
            run += String.fromCodePoint(codes[index]);
            index++;
        }
    }
    return run ? em + otherEm(run) : em;
}
