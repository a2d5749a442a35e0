/**
 * Turns any text into a valid, unique `.cjourney` identifier: ASCII letters, digits and `_`,
 * not starting with a digit, PascalCase (so never a lowercase keyword of the language).
 */
export class IdentifierFactory {
    private readonly taken = new Set<string>();

    constructor(private readonly fallback: string) {}

    /** The identifier for `text`, unique among those this factory made. */
    make(text: string): string {
        const base = identifierFor(text) || this.fallback;
        let id = base;
        for (let n = 2; this.taken.has(id); n++) {
            id = `${base}${n}`;
        }
        this.taken.add(id);
        return id;
    }
}

export function identifierFor(text: string): string {
    const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
    const id = words.map(word => word[0].toUpperCase() + word.slice(1)).join('').slice(0, 60);
    return /^[0-9]/.test(id) ? `N${id}` : id;
}
