/**
 * The semantic diff's data: what changed between two versions of a journey, in journey
 * terms. Plain JSON, so the CLI, a PR comment and the preview can all present it.
 */

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed' | 'moved';

export type ElementKind = 'journey' | 'stage' | 'touchpoint' | 'stakeholder' | 'persona' | 'channel' | 'kpi' | 'flow';

/** One property that changed, with its old and new value as text (absent means "not set"). */
export interface PropertyChange {
    property: string;
    old?: string;
    new?: string;
    /** For emotions, quadrants of concern and KPI gaps: did the journey get better or worse? */
    trend?: 'better' | 'worse';
}

export interface ElementChange {
    /** `changed` also covers renamed or moved elements with other changes: see `renamed`/`moved`. */
    kind: ChangeKind;
    element: ElementKind;
    /** The id in the new version (the old one for removed elements). */
    id: string;
    /** The old id when the element was renamed (matched by its content). */
    oldId?: string;
    title: string;
    /** For touchpoints: the stage it is in (new version; old for removed ones). */
    stageId?: string;
    /** Readable location, e.g. "Onboarding › Kick-off call". */
    path: string;
    /** For moved touchpoints: where from, e.g. "from Decision" or "earlier in Onboarding". */
    movedFrom?: string;
    properties: PropertyChange[];
    /** Items of lists added or removed (pains, opportunities, risks, needs…), as readable text. */
    added: string[];
    removed: string[];
}

export interface JourneyDiff {
    id: string;
    title: string;
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    changes: ElementChange[];
}

/** The diff of one file: its journeys and its shared (top-level) definitions. */
export interface ModelDiff {
    file: string;
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    journeys: JourneyDiff[];
    /** Changes to the file's top-level stakeholders, personas and channels. */
    shared: ElementChange[];
}

/** Counts of changes by kind and element, for summary lines. */
export interface DiffSummary {
    added: number;
    removed: number;
    changed: number;
    renamed: number;
    moved: number;
    emotionsWorse: number;
    emotionsBetter: number;
    painsAdded: number;
    painsRemoved: number;
}
