/** Coordinates with one decimal and no `-0`: the same numbers print the same everywhere. */
export function fmt(value: number): string {
    if (!Number.isFinite(value)) {
        return '0';
    }
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
