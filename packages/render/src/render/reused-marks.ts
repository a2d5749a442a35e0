/**
 * The SVG text of the previous drawing's top-level marks, for the live preview: an edit
 * changes a few of a big map's thousands of top-level marks, and comparing a mark with the
 * one drawn at the same place last time costs far less than writing it again (numbers,
 * escaping, attributes). A mark is reused only when it is equal in every field, so the text
 * is byte-identical to writing it afresh.
 */
import type { IconName, Mark } from '../layout/scene.js';

/** One top-level mark as written: its lines (joined), and the icons they place (their symbols go in `<defs>`). */
export interface WrittenMark {
    mark: Mark;
    text: string;
    icons: readonly IconName[];
}

/**
 * Keeps what the last `renderScene` call wrote; pass the same object to the next call.
 * Drawings with another palette or paint are not compared (the cache starts over).
 */
export class MarkTextCache {
    private written: readonly WrittenMark[] = [];
    private paintKey = '';
    /** How many top-level marks the last drawing took from the one before (for tests and measurements). */
    reusedLast = 0;

    /** The previous text of the mark at `index`, when that mark was equal; `paintKey` names palette and paint. */
    reuse(index: number, mark: Mark, paintKey: string): WrittenMark | undefined {
        if (paintKey !== this.paintKey) return undefined;
        const previous = this.written[index];
        return previous && sameMark(previous.mark, mark) ? previous : undefined;
    }

    /** Remembers this drawing's marks; the caller must not change them afterwards. */
    remember(written: readonly WrittenMark[], paintKey: string): void {
        this.reusedLast = written.filter((entry, index) => this.written[index] === entry).length;
        this.written = written;
        this.paintKey = paintKey;
    }
}

/**
 * Deep equality of two marks (plain data), whatever the order of their keys: the writer reads
 * a mark's fields by name, so equal fields write the same text. A walk with no arrays of keys
 * made: it runs over every mark of a big map on each edit.
 */
function sameMark(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameMark(a[i], b[i])) return false;
        return true;
    }
    if (Array.isArray(b)) return false;
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    let keys = 0;
    for (const key in left) {
        if (!sameMark(left[key], right[key])) return false;
        keys++;
    }
    for (const _key in right) keys--;
    return keys === 0;
}
