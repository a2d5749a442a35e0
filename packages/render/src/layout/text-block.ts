/**
 * Line breaking with the fixed font metrics: greedy word wrap, very long words broken by
 * characters, and a line limit with an ellipsis. What is cut is never lost: callers put the
 * full text in the element's tooltip.
 */
import { sanitizeText } from '../render/escape.js';
import { measureText, type FontSpec } from '../text-metrics.js';
import type { Role, TextMark } from './scene.js';

const ELLIPSIS = '…';

export interface WrappedText {
    lines: string[];
    /** Some text did not fit in the allowed lines. */
    truncated: boolean;
}

/** Breaks a word wider than the line into pieces that fit. */
function splitLongWord(word: string, maxWidth: number, font: FontSpec): string[] {
    const pieces: string[] = [];
    let current = '';
    for (const char of word) {
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
    let chars = Array.from(line.trimEnd());
    while (chars.length > 0 && measureText(chars.join('') + ELLIPSIS, font) > maxWidth) {
        chars = chars.slice(0, -1);
    }
    return chars.join('').trimEnd() + ELLIPSIS;
}

/** Wraps text into at most `maxLines` lines of at most `maxWidth` px; newlines written by the user are kept. */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): WrappedText {
    const lines: string[] = [];
    const space = measureText(' ', font);
    const paragraphs = sanitizeText(text).split(/\r\n|\r|\n/);
    for (const paragraph of paragraphs) {
        let current = '';
        let currentWidth = 0;
        for (const word of paragraph.split(/[ \t\u00a0]+/).filter(Boolean)) {
            // Widths add up word by word: measuring each candidate line again would be quadratic.
            const wordWidth = measureText(word, font);
            const candidateWidth = current ? currentWidth + space + wordWidth : wordWidth;
            if (candidateWidth <= maxWidth) {
                current = current ? `${current} ${word}` : word;
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
    kept[maxLines - 1] = ellipsize(kept[maxLines - 1], maxWidth, font);
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
            role: style.role
        },
        height: lines.length * lineHeight,
        truncated
    };
}
