/**
 * Emoji sequences drawn whole in the PNG. resvg keeps a fallback font's glyphs for a run only
 * when it shapes that run into as many glyphs as the first font (Arimo) did; a ZWJ sequence
 * (👩‍💻), a flag (🇫🇷) or a keycap (1️⃣) is one glyph of the emoji font where Arimo has
 * several, so resvg drew the whole run as missing-glyph boxes. An absolutely placed piece of
 * text is shaped on its own (an SVG "text chunk"), so each such sequence, and the text around
 * it, becomes a <tspan> with its own x, at the widths the layout measured: the line looks as
 * before, with the sequence drawn. Right-to-left lines (bidi marks) are left as they are.
 */
import { graphemes, measureText, type FontSpec } from '@cjourney/render';

const TEXT_ELEMENT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;
const LINE_TSPAN = /<tspan\b([^>]*)>([^<]*)<\/tspan>/g;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const BIDI_MARKS = /[\u202a-\u202e]/;
/** What only a sequence holds: joiner, selector, keycap, regional indicator, skin tone, tag. */
const SEQUENCE_PART = /\u200d|\ufe0f|\u20e3|[\u{1f1e6}-\u{1f1ff}]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]/u;
const ANCHOR_SHARE: Readonly<Record<string, number>> = { start: 0, middle: 0.5, end: 1 };

/** `svg` with every line holding an emoji sequence cut into absolutely placed pieces. */
export function chunkEmojiSequences(svg: string): string {
    return svg.replace(TEXT_ELEMENT, (whole, attributes: string, content: string) => {
        if (!hasSequence(content) || BIDI_MARKS.test(content)) return whole;
        const font = fontOf(attributes);
        const anchor = ANCHOR_SHARE[attributeOf(attributes, 'text-anchor') ?? 'start'] ?? 0;
        const x = Number(attributeOf(attributes, 'x') ?? 0);
        const lines = content.includes('<tspan')
            ? content.replace(LINE_TSPAN, (span, spanAttributes: string, line: string) =>
                  hasSequence(line) ? pieces(line, Number(attributeOf(spanAttributes, 'x') ?? x), anchor, font, spanAttributes) : span
              )
            : pieces(content, x, anchor, font, '');
        return `<text${attributes}>${lines}</text>`;
    });
}

/** A line as tspans: runs of text and each emoji sequence alone, each at its own x. */
function pieces(line: string, x: number, anchor: number, font: FontSpec, firstAttributes: string): string {
    const runs = splitAtSequences(line);
    const widths = runs.map(run => measureText(unescapeXml(run), font));
    const left = x - anchor * widths.reduce((sum, width) => sum + width, 0);
    let before = 0;
    return runs
        .map((run, index) => {
            const at = round(left + before + anchor * widths[index]);
            before += widths[index];
            // The first piece keeps the line's own attributes (its dy moves to the line), with its x.
            const rest = index === 0 ? withoutAttribute(firstAttributes, 'x') : '';
            return `<tspan x="${at}"${rest}>${run}</tspan>`;
        })
        .join('');
}

/** The line cut before and after each emoji sequence (a cluster of several code points with an emoji). */
function splitAtSequences(line: string): string[] {
    const runs: string[] = [];
    let text = '';
    for (const cluster of graphemes(line)) {
        if (isSequence(cluster)) {
            if (text) runs.push(text);
            runs.push(cluster);
            text = '';
        } else {
            text += cluster;
        }
    }
    if (text) runs.push(text);
    return runs;
}

function hasSequence(text: string): boolean {
    return SEQUENCE_PART.test(text) && graphemes(text).some(isSequence);
}

function isSequence(cluster: string): boolean {
    return Array.from(cluster).length > 1 && (EMOJI.test(cluster) || cluster.includes('\u20e3'));
}

function fontOf(attributes: string): FontSpec {
    return {
        size: Number(attributeOf(attributes, 'font-size') ?? 12),
        weight: attributeOf(attributes, 'font-weight') === 'bold' ? 'bold' : 'normal'
    };
}

function attributeOf(attributes: string, name: string): string | undefined {
    return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function withoutAttribute(attributes: string, name: string): string {
    return attributes.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

function unescapeXml(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
