/**
 * Stable element ids derived from model ids (`cj-touchpoint-Pricing`), so the preview can
 * link a click to the source and a diff can mark what changed. A broken model may repeat an
 * id; the repeat gets a numbered suffix so ids stay unique in the document.
 */
import { idFragment } from '../render/escape.js';

export class ElementIds {
    private readonly used = new Set<string>();

    /** `cj-<kind>-<id>[-<part>…]`, unique within the scene. */
    make(kind: string, ...parts: Array<string | number>): string {
        const base = ['cj', kind, ...parts.map(part => idFragment(String(part)))].join('-');
        let id = base;
        for (let n = 2; this.used.has(id); n++) {
            id = `${base}-${n}`;
        }
        this.used.add(id);
        return id;
    }
}
