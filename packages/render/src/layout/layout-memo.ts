/**
 * What the live preview's last layout of the map built, touchpoint by touchpoint, to build
 * again only what an edit changed. The preview receives each new model as a copy of the last
 * one that shares every part the edit left alone (`applyValueChanges`), so a touchpoint's card
 * whose touchpoint, column and context are the same objects as last time is the same card.
 *
 * A remembered mark is never changed afterwards: where a fresh mark is moved in place
 * (`shiftMarks`), a remembered one is moved by a copy, and the same move gives the same copy
 * next time. The marks of an unchanged card are then the very objects drawn last time, which
 * the SVG writer's reuse (`MarkTextCache`) recognises without comparing them.
 */
import type { ElementIds } from './element-ids.js';
import { movedMark, shiftMarks } from './marks.js';
import type { Mark } from './scene.js';

/** What building remembered marks needs: the scene's ids and the memo. */
export interface Builds {
    ids: ElementIds;
    memo: LayoutMemo;
}

interface Built {
    inputs: readonly unknown[];
    result: unknown;
    /** The element ids the build made, taken again when the result is reused. */
    made: readonly string[];
}

interface Move {
    dx: number;
    dy: number;
    moved: Mark;
}

export class LayoutMemo {
    /** Off: every build runs and marks move in place (the CLI and exports, which draw once). */
    static readonly off = new LayoutMemo(false);

    private previous = new Map<string, Built>();
    private current = new Map<string, Built>();
    private readonly kept = new WeakSet<Mark>();
    private readonly moves = new WeakMap<Mark, Move>();
    /** How many builds the last layout took from the one before (for tests and measurements). */
    reusedLast = 0;

    constructor(private readonly on = true) {}

    /** Starts a layout: what the layout before built may be reused; anything older is dropped. */
    nextLayout(): void {
        if (!this.on) return;
        this.previous = this.current;
        this.current = new Map();
        this.reusedLast = 0;
    }

    /**
     * What `build` returned for `slot` in the layout before, when its `inputs` are the same
     * objects and values (in order) and the element ids it made are still free; otherwise
     * `build` runs. `marksOf` names the result's marks, which nobody may change from now on.
     */
    reuse<T>(slot: string, inputs: readonly unknown[], ids: ElementIds, build: () => T, marksOf: (result: T) => readonly Mark[]): T {
        if (!this.on) return build();
        const before = this.previous.get(slot);
        if (before && sameInputs(before.inputs, inputs) && ids.claim(before.made)) {
            this.current.set(slot, before);
            this.reusedLast++;
            return before.result as T;
        }
        const { result, made } = ids.recording(build);
        if (made) {
            this.current.set(slot, { inputs, result, made });
            for (const mark of marksOf(result)) this.kept.add(mark);
        }
        return result;
    }

    /** `marks` moved by (dx, dy): fresh ones in place, remembered ones as their copy for that move. */
    place(marks: readonly Mark[], dx: number, dy: number): readonly Mark[] {
        if (!this.on) {
            shiftMarks(marks, dx, dy);
            return marks;
        }
        return marks.map(mark => {
            if (!this.kept.has(mark)) {
                shiftMarks([mark], dx, dy);
                return mark;
            }
            return this.moved(mark, dx, dy);
        });
    }

    private moved(mark: Mark, dx: number, dy: number): Mark {
        const last = this.moves.get(mark);
        if (last && last.dx === dx && last.dy === dy) return last.moved;
        const moved = movedMark(mark, dx, dy);
        this.kept.add(moved);
        this.moves.set(mark, { dx, dy, moved });
        return moved;
    }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((value, index) => value === b[index]);
}
