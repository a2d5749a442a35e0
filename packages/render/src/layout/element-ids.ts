/**
 * Stable element ids derived from model ids (`cj-touchpoint-Pricing`), so the preview can
 * link a click to the source and a diff can mark what changed. A broken model may repeat an
 * id; the repeat gets a numbered suffix so ids stay unique in the document.
 */
import { idFragment } from '../render/escape.js';

export class ElementIds {
    private readonly used = new Set<string>();
    /** The ids made since `recording` began, or undefined when none is under way. */
    private made: string[] | undefined;
    /** Whether an id made since `recording` began carries a suffix (it depended on what came before). */
    private suffixed = false;

    /** `cj-<kind>-<id>[-<part>…]`, unique within the scene. */
    make(kind: string, ...parts: Array<string | number>): string {
        const base = ['cj', kind, ...parts.map(part => idFragment(String(part)))].join('-');
        let id = base;
        for (let n = 2; this.used.has(id); n++) {
            id = `${base}-${n}`;
        }
        this.used.add(id);
        this.made?.push(id);
        if (id !== base) this.suffixed = true;
        return id;
    }

    /**
     * Runs `build` and tells which ids it made, so the layout memo can take them again
     * (`claim`) when it reuses what `build` returned; undefined ids when one had a suffix,
     * because that suffix depends on the ids made before.
     */
    recording<T>(build: () => T): { result: T; made: readonly string[] | undefined } {
        const outer = { made: this.made, suffixed: this.suffixed };
        this.made = [];
        this.suffixed = false;
        try {
            const result = build();
            return { result, made: this.suffixed ? undefined : this.made };
        } finally {
            outer.made?.push(...(this.made ?? []));
            this.made = outer.made;
            this.suffixed ||= outer.suffixed;
        }
    }

    /**
     * Takes the ids a remembered build made, when making them afresh here would give the
     * same ids (none is taken yet); false, taking nothing, otherwise.
     */
    claim(made: readonly string[]): boolean {
        if (made.some(id => this.used.has(id))) return false;
        for (const id of made) {
            this.used.add(id);
            this.made?.push(id);
        }
        return true;
    }
}
