/** Reading the generated width tables (text-metrics-table.ts, text-metrics-scripts-table.ts). */
import type { WidthRange } from './text-metrics-table.js';

/** A character's advance in em from a table in font units; undefined where the font lacks it (a negative width). */
export function widthInEm(ranges: readonly WidthRange[], code: number, unitsPerEm: number): number | undefined {
    for (const range of ranges) {
        const offset = code - range.start;
        if (offset >= 0 && offset < range.widths.length) {
            const width = range.widths[offset];
            return width >= 0 ? width / unitsPerEm : undefined;
        }
    }
    return undefined;
}
