/**
 * The facts version 2 of the language added to the journey model (shared/spec, "Version 2"):
 * research sources and the evidence that cites them, competitors for benchmarks, custom lanes
 * and the service blueprint, per-persona emotions and thoughts, KPI history. Kept apart from
 * journey-model.ts so each file stays readable; both are the one model of `MODEL_VERSION`.
 */
import type { BlueprintLane, CompetitorKind, Emotion, SourceKind } from './vocabulary.js';
import type { DefinitionScope, Quantity, SourceLocation } from './journey-model.js';

/** What supports a fact: a source, a finding, or both (at least one is present). */
export interface Evidence {
    /** The cited `source`, resolved. */
    sourceId?: string;
    /** What the research found, in the author's words. */
    finding?: string;
}

/** Research behind the map (`source`), cited by `evidence`. */
export interface Source {
    id: string;
    title: string;
    scope: DefinitionScope;
    kind?: SourceKind;
    date?: string;
    sample?: string;
    link?: string;
    description?: string;
    /** How many evidence lines of this journey cite it (0 in `shared`). */
    citations: number;
    loc: SourceLocation;
}

/** Who a KPI is benchmarked against (`competitor`). */
export interface Competitor {
    id: string;
    title: string;
    scope: DefinitionScope;
    kind?: CompetitorKind;
    description?: string;
    loc: SourceLocation;
}

/** A custom lane of the map (`lane ID "Title"` in a journey), in declared order. */
export interface Lane {
    id: string;
    title: string;
    loc: SourceLocation;
}

/** One touchpoint's cell in a custom lane (`lane LANE "…"` in a touchpoint). */
export interface LaneCell {
    laneId: string;
    text: string;
}

/** One entry of the service blueprint under a touchpoint. */
export interface BlueprintEntry {
    lane: BlueprintLane;
    text: string;
    /** The stakeholder who does it (`by`). */
    byId?: string;
}

/**
 * A persona's emotion at a step: its own `emotion … for P` when written (`own`), else the
 * step's plain `emotion`.
 */
export interface PersonaEmotion {
    personaId: string;
    emotion: Emotion;
    /** delighted 5 … angry 1. */
    score: number;
    own: boolean;
    evidence?: Evidence;
}

/** A thought as written, with whose it is (empty: everyone on the step). */
export interface ThoughtNote {
    text: string;
    personaIds: string[];
    evidence?: Evidence;
}

/** An earlier measurement of a KPI (`history "when" N`). */
export interface Measurement {
    when: string;
    value: Quantity;
}
