/** Where the incremental-update tests put their random edits (incremental-build, touchpoint-models). */
import { offsetIn } from '@cjourney/test-support/fuzz-mutations';

/** A touchpoint's head up to its opening brace: keyword, name, optional title. */
export const TOUCHPOINT_HEAD = /\btouchpoint [^\s{"]+(?: "(?:[^"\\\n]|\\.)*")?\s*\{/g;

/** Where an edit goes: `at` (0–1) picks the place, inside a touchpoint or anywhere in the text. */
export interface EditPlace {
    readonly inTouchpoint: boolean;
    readonly at: number;
}

/**
 * The offset of an edit in the current text. Those meant for a touchpoint go just after its
 * opening brace (a new line added there stays valid) or just inside its title.
 */
export function offsetOf(text: string, edit: EditPlace): number {
    const heads = edit.inTouchpoint ? [...text.matchAll(TOUCHPOINT_HEAD)] : [];
    if (heads.length === 0) return offsetIn(text, edit.at);
    const pick = Math.min(2 * heads.length - 1, Math.floor(edit.at * 2 * heads.length));
    const head = heads[pick >> 1];
    const quote = head[0].indexOf('"');
    return pick % 2 === 0 || quote < 0 ? head.index + head[0].length : head.index + quote + 1;
}
