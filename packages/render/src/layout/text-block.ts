/**
 * Line breaking with the fixed font metrics: greedy word wrap, very long words broken by
 * characters, and a line limit with an ellipsis in the middle of the last line (its start and
 * the text's end stay). What is cut is never lost: the text mark carries the full text as its
 * `<title>`, and callers put it in the element's tooltip too.
 */
import { sanitizeText } from '../render/escape.js';
import { graphemes, measureText, type FontSpec } from '../text-metrics.js';
import type { Role, TextMark } from './scene.js';

const ELLIPSIS = '…';

export interface WrappedText {
    lines: string[];
    /** Some text did not fit in the allowed lines. */
    truncated: boolean;
}

/** Ideographs, kana, Hangul, fullwidth forms and emoji: a line may break before and after each (UAX #14 classes ID, H2, H3). */
const IDEOGRAPHIC =
    /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;
/** Closing punctuation never starts a line, opening punctuation never ends one (kinsoku). */
const NO_LINE_START = new Set([
    ...'、。，．！？：；）」』】〕〉》〙〗｝］’”…‥ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?:;)]}%'
]);
const NO_LINE_END = new Set([...'（「『【〔〈《〘〖｛［‘“([{']);

/** Thai, Lao, Khmer and Myanmar write words without spaces between them. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
/** Their word boundaries come from ICU's dictionaries (Intl.Segmenter, in Node and browsers alike); locale fixed. */
let words: Intl.Segmenter | undefined;

/** A word cut where a line may break inside it: between ideographs and between Thai words, never inside a grapheme cluster. */
function breakPieces(word: string): string[] {
    if (UNSPACED.test(word)) {
        // Made on first use: loading the dictionaries costs a text without these scripts ≈ 15 ms.
        words ??= new Intl.Segmenter('th', { granularity: 'word' });
        return Array.from(words.segment(word), segment => segment.segment);
    }
    if (!IDEOGRAPHIC.test(word)) return [word];
    const pieces: string[] = [];
    let previous: string | undefined;
    for (const cluster of graphemes(word)) {
        const breakable =
            previous !== undefined &&
            (IDEOGRAPHIC.test(previous) || IDEOGRAPHIC.test(cluster)) &&
            !NO_LINE_START.has(cluster) &&
            !NO_LINE_END.has(previous);
        if (breakable || pieces.length === 0) pieces.push(cluster);
        else pieces[pieces.length - 1] += cluster;
        previous = cluster;
    }
    return pieces;
}

/** Breaks a word wider than the line into pieces that fit, whole grapheme clusters each. */
function splitLongWord(word: string, maxWidth: number, font: FontSpec): string[] {
    const pieces: string[] = [];
    let current = '';
    for (const char of graphemes(word)) {
        if (current && measureText(current + char, font) > maxWidth) {
            pieces.push(current);
            current = char;
        } else {
            current += char;
        }
    }
    if (current) {
        pieces.push(current);
    }
    return pieces;
}

/** Shortens a line until it fits with an ellipsis after it. */
export function ellipsize(line: string, maxWidth: number, font: FontSpec): string {
    let chars = graphemes(line.trimEnd());
    while (chars.length > 0 && measureText(chars.join('') + ELLIPSIS, font) > maxWidth) {
        chars = chars.slice(0, -1);
    }
    return chars.join('').trimEnd() + ELLIPSIS;
}

/** The share of a cut line given to the text's end: enough for the word that tells two texts apart. */
const TAIL_SHARE = 0.4;

/**
 * A line that keeps the beginning of `head` and the end of `whole`, an ellipsis between
 * ("Owner: Guest-rel…tions team"): texts that start alike stay distinguishable. Cuts only
 * between grapheme clusters.
 */
export function middleEllipsis(head: string, whole: string, maxWidth: number, font: FontSpec): string {
    const ending = graphemes(whole.replace(/\s+/g, ' ').trim());
    let tail: string[] = [];
    for (let i = ending.length - 1; i >= 0; i--) {
        if (measureText([ending[i], ...tail].join(''), font) > maxWidth * TAIL_SHARE) break;
        tail = [ending[i], ...tail];
    }
    const tailText = tail.join('').trimStart();
    const start = graphemes(head.trimEnd());
    let kept = start.length;
    while (kept > 0 && measureText(start.slice(0, kept).join('') + ELLIPSIS + tailText, font) > maxWidth) kept--;
    if (kept === 0) return ellipsize(head, maxWidth, font);
    return start.slice(0, kept).join('').trimEnd() + ELLIPSIS + tailText;
}

/**
 * Wrapped texts by width, font and line limit, then by text. Wrapping is a pure function of
 * these and the largest part of laying out a big map; the live preview lays the map out again
 * on every edit, with nearly all of its texts unchanged. The text itself is the inner key (a
 * string keeps its hash, so a lookup does not read it again). Emptied when full.
 */
const wrapped = new Map<string, Map<string, WrappedText>>();
let wrappedCount = 0;
const WRAPPED_LIMIT = 50_000;

/** Wraps text into at most `maxLines` lines of at most `maxWidth` px; newlines written by the user are kept. */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): WrappedText {
    const style = `${maxWidth} ${font.size} ${font.weight ?? 'normal'} ${maxLines}`;
    let texts = wrapped.get(style);
    if (!texts) {
        texts = new Map();
        wrapped.set(style, texts);
    }
    let result = texts.get(text);
    if (!result) {
        if (wrappedCount >= WRAPPED_LIMIT) {
            wrapped.clear();
            wrapped.set(style, texts);
            texts.clear();
            wrappedCount = 0;
        }
        result = wrapUncached(text, maxWidth, font, maxLines);
        texts.set(text, result);
        wrappedCount++;
    }
    // A copy: callers put the lines in marks of their own.
    return { lines: [...result.lines], truncated: result.truncated };
}

function wrapUncached(text: string, maxWidth: number, font: FontSpec, maxLines: number): WrappedText {
    const lines: string[] = [];
    const space = measureText(' ', font);
    const paragraphs = sanitizeText(text).split(/\r\n|\r|\n/);
    for (const paragraph of paragraphs) {
        let current = '';
        let currentWidth = 0;
        // Pieces of one word join without a space (ideographs), words with one.
        const units = paragraph
            .split(/[ \t\u00a0]+/)
            .filter(Boolean)
            .flatMap(word => breakPieces(word).map((piece, index) => ({ piece, spaced: index === 0 })));
        for (const { piece: word, spaced } of units) {
            // Widths add up word by word: measuring each candidate line again would be quadratic.
            const wordWidth = measureText(word, font);
            const gap = current && spaced ? space : 0;
            const candidateWidth = current ? currentWidth + gap + wordWidth : wordWidth;
            if (candidateWidth <= maxWidth) {
                current = current ? `${current}${gap ? ' ' : ''}${word}` : word;
                currentWidth = candidateWidth;
                continue;
            }
            if (current) {
                lines.push(current);
            }
            const pieces = wordWidth > maxWidth ? splitLongWord(word, maxWidth, font) : [word];
            lines.push(...pieces.slice(0, -1));
            current = pieces[pieces.length - 1] ?? '';
            currentWidth = measureText(current, font);
        }
        lines.push(current);
        if (lines.length > maxLines) {
            break;
        }
    }
    while (lines.length > 1 && lines[lines.length - 1] === '') {
        lines.pop();
    }
    if (lines.length <= maxLines) {
        return { lines, truncated: false };
    }
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = middleEllipsis(kept[maxLines - 1], text, maxWidth, font);
    return { lines: kept, truncated: true };
}

export interface TextBlockStyle {
    size: number;
    weight?: 'normal' | 'bold';
    italic?: boolean;
    role: Role;
    /** Line height as a multiple of the size; default 1.3. */
    leading?: number;
    maxLines?: number;
    anchor?: 'start' | 'middle' | 'end';
}

export interface TextBlock {
    mark: TextMark;
    height: number;
    truncated: boolean;
}

/** A wrapped text placed with its top-left corner at (x, top); height includes its last line's descent. */
export function textBlock(text: string, x: number, top: number, maxWidth: number, style: TextBlockStyle): TextBlock {
    const font = { size: style.size, weight: style.weight ?? 'normal' } as const;
    const { lines, truncated } = wrapText(text, maxWidth, font, style.maxLines);
    const lineHeight = Math.round(style.size * (style.leading ?? 1.3) * 10) / 10;
    const ascent = style.size * 0.93;
    return {
        mark: {
            type: 'text',
            x,
            y: top + ascent,
            lines,
            size: style.size,
            lineHeight,
            weight: font.weight,
            italic: style.italic,
            anchor: style.anchor,
            width: Number.isFinite(maxWidth) ? maxWidth : undefined,
            role: style.role,
            ...(truncated ? { title: sanitizeText(text) } : {})
        },
        height: lines.length * lineHeight,
        truncated
    };
}
