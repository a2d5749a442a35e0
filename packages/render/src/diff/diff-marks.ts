/**
 * What a visual diff marks on a drawing, as plain data: the host (the CLI) computes it from
 * the semantic diff of two journey models and passes it to `renderView`; the renderer only
 * draws it. Elements are named the way the layout names its groups — a drawn kind and a
 * model id (and an index for pains and opportunities) — so one model element marks every
 * group that draws it (a stakeholder's chips in each stage of the map, say), and the groups
 * keep their stable element ids (`cj-touchpoint-Kickoff`).
 */
import type { GroupKind } from '../layout/scene.js';

/** A group of the drawing: its `kind`, `modelId` and `index` as the layout sets them. */
export interface DiffTarget {
    kind: GroupKind;
    modelId: string;
    index?: number;
}

/** An element that is new, or that changed, in the new version. */
export interface DiffMarkedElement {
    status: 'added' | 'changed';
    /** The groups that draw it; an element not drawn in a view is still listed among the changes. */
    targets: DiffTarget[];
    /** Where a reviewer finds it: "Onboarding › Kick-off call". */
    label: string;
    /** What changed, one phrase each: "emotion pleased → frustrated (worse)". */
    changes: string[];
}

/** An element of the old version that the new one no longer has: it can only be listed. */
export interface DiffRemovedElement {
    /** A word for what it was: `touchpoint`, `pain`, `stage`, `flow`… */
    kind: string;
    title: string;
    /** Where it was: "was in Awareness". */
    where?: string;
}

export interface DiffMarks {
    /** What the drawing is compared with: a file or a git revision, as the user named it. */
    against: string;
    /** The counted changes ("1 touchpoint added"); empty when nothing changed. */
    summary: string[];
    elements: DiffMarkedElement[];
    removed: DiffRemovedElement[];
    /** Said instead of marks, e.g. that the whole journey is new. */
    note?: string;
}

export function hasChanges(marks: DiffMarks): boolean {
    return marks.summary.length > 0 || marks.elements.length > 0 || marks.removed.length > 0 || marks.note !== undefined;
}
