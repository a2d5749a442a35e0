/**
 * The direction of a text as the Unicode bidi algorithm sets a paragraph's (rules P2–P3): that
 * of its first strong character. Letters of the right-to-left scripts make it right-to-left,
 * any other letter left-to-right; digits, spaces and punctuation are weak and skipped.
 */
const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT =
    /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/** Right-to-left when the first letter of the lines is Hebrew, Arabic or another right-to-left script. */
export function isRightToLeft(lines: readonly string[]): boolean {
    for (const line of lines) {
        for (const char of line) {
            if (LETTER.test(char)) return RIGHT_TO_LEFT.test(char);
        }
    }
    return false;
}

/**
 * How a right-to-left text is written into SVG so that resvg and Chromium draw it alike: each
 * line inside RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING (both honour it; resvg
 * ignores the `direction` attribute, and with `direction="rtl"` Chromium would swap what
 * `text-anchor` start and end mean), anchored by `text-anchor` as any text. A text the layout
 * starts at its box's left edge is drawn against the right edge instead, when the box is known.
 */
export function rightToLeftPlacement(
    x: number,
    anchor: 'start' | 'middle' | 'end' | undefined,
    width: number | undefined
): { x: number; anchor: 'start' | 'middle' | 'end' | undefined } {
    if ((anchor ?? 'start') === 'start' && width !== undefined) return { x: x + width, anchor: 'end' };
    return { x, anchor };
}

export const RLE = '&#x202B;';
export const PDF = '&#x202C;';
