/**
 * The semantic diff of two versions of a workspace's journeys: plain, JSON-serialisable data
 * in journey terms (a touchpoint moved to another stage, an emotion got worse, a KPI's gap
 * to target grew), never in terms of lines. The CLI formats it as text, Markdown or JSON;
 * the preview can use it to mark changed elements. Langium-free, like the model.
 *
 * Elements are matched by id (the written name); an element whose id changed is matched by
 * its title, or by its content, when exactly one candidate fits (see match-elements.ts).
 */

export type DiffElementKind = 'journey' | 'stage' | 'touchpoint' | 'persona' | 'stakeholder' | 'channel' | 'kpi';

export type DiffStatus = 'added' | 'removed' | 'changed';

/** An element as a reviewer reads it: its id and its title. */
export interface ElementRef {
    id: string;
    title: string;
    /** For stages: the 0-based position left to right (in the old version for a removed stage). */
    index?: number;
}

/**
 * A single-valued fact that changed (`emotion pleased → frustrated`). Values are the words
 * or numbers a user writes; a missing side means the fact was added or removed.
 */
export interface ValueChange {
    type: 'value';
    /** What changed, as the keyword reads: `emotion`, `channel`, `target`, `gap to target`, `quadrant`… */
    property: string;
    /** Which one, for repeatable things: the benchmark's source, the pain's text. */
    subject?: string;
    before?: string;
    after?: string;
    /** On an ordered scale or a number: did it go up or down? */
    direction?: 'up' | 'down';
    /** For the customer or the business: emotion up, a KPI moving its `better` way, a gap shrinking. */
    verdict?: 'better' | 'worse';
}

/** Items of a repeatable property (pains, opportunities, risks, involved stakeholders…) added or removed. */
export interface ListChange {
    type: 'list';
    /** Singular, as the keyword reads: `pain`, `opportunity`, `involves`, `risk`, `objective`… */
    property: string;
    added: string[];
    removed: string[];
}

export type PropertyChange = ValueChange | ListChange;

/** A stage that changed its place, or a touchpoint that moved to another stage or in its stage. */
export interface Move {
    /** For touchpoints moved to another stage. */
    fromStage?: ElementRef;
    toStage?: ElementRef;
    /** 0-based position before and after (in the journey for stages, in the stage for touchpoints). */
    fromIndex: number;
    toIndex: number;
}

export interface ElementDiff {
    kind: DiffElementKind;
    status: DiffStatus;
    /** The id now (before, for a removed element). */
    id: string;
    /** The title now (before, for a removed element). */
    title: string;
    /** The id before, when the element was renamed. */
    renamedFrom?: string;
    /** For touchpoints (and stage-bound KPIs): the stage it is in now (before, when removed). */
    stage?: ElementRef;
    /** For stages: the 0-based position left to right now (before, when removed). */
    index?: number;
    moved?: Move;
    changes: PropertyChange[];
    /** 1-based line of the element in its file (the old file, for a removed element). */
    line?: number;
    /** For shared (top-level) definitions: the file that declares it. */
    file?: string;
}

export interface FlowEdge {
    from: ElementRef;
    to: ElementRef;
}

export interface JourneyChange extends ElementDiff {
    kind: 'journey';
    /** The file the journey is written in now (before, for a removed journey). */
    file: string;
    /** The file it was written in before, when it moved to another file. */
    fileBefore?: string;
    stages: ElementDiff[];
    touchpoints: ElementDiff[];
    personas: ElementDiff[];
    stakeholders: ElementDiff[];
    channels: ElementDiff[];
    kpis: ElementDiff[];
    flows: { added: FlowEdge[]; removed: FlowEdge[] };
    /** For an added or removed journey: what it holds (its parts are not listed one by one). */
    size?: { stages: number; touchpoints: number };
}

/** A journey's parts when none changed (or, for an added or removed journey, none are listed). */
export function noChangedParts(): Pick<
    JourneyChange,
    'stages' | 'touchpoints' | 'personas' | 'stakeholders' | 'channels' | 'kpis' | 'flows'
> {
    return { stages: [], touchpoints: [], personas: [], stakeholders: [], channels: [], kpis: [], flows: { added: [], removed: [] } };
}

export interface JourneyDiff {
    /** Journeys added, removed or changed: in the new version's order, removed ones last. */
    journeys: JourneyChange[];
    /** Top-level stakeholders, personas and channels added, removed or changed. */
    shared: ElementDiff[];
    summary: DiffSummary;
}

/** One counted kind of change, e.g. `{ count: 2, text: '2 touchpoints moved' }`. */
export interface SummaryItem {
    key: string;
    count: number;
    text: string;
}

export interface DiffSummary {
    /** Nothing changed that the model records (comments and layout are not journey facts). */
    identical: boolean;
    /** Counted changes, in a fixed reading order. */
    items: SummaryItem[];
}
