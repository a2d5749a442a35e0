/**
 * The journey model: plain, JSON-serialisable data built from a validated `.cjourney`
 * document. Every consumer (the preview, the CLI's render/export, the diff) reads this
 * model and never the Langium AST, so the language can evolve without breaking them.
 *
 * Stability rules: fields are only added within one `modelVersion`; renaming or removing a
 * field, or changing what it means, bumps `MODEL_VERSION`. Ids are the names written in the
 * source (identifiers), so they survive edits of titles and are stable for links and diffs.
 * Optional facts are omitted (never `null`) when the source does not say them.
 */
import type {
    Attitude,
    BetterDirection,
    ChannelMode,
    Emotion,
    JourneyState,
    KpiStatus,
    KpiTrend,
    Level,
    OpportunityStatus,
    PortfolioPlace,
    Quadrant,
    StakeholderType
} from './vocabulary.js';
import type {
    BlueprintEntry,
    Competitor,
    Evidence,
    Lane,
    LaneCell,
    Measurement,
    PersonaEmotion,
    Source,
    ThoughtNote
} from './journey-model-v2.js';

export type * from './journey-model-v2.js';

/**
 * 2: several personas per touchpoint with their own emotions, evidence and sources, the
 * blueprint, custom lanes, explicit pain–opportunity links (version 1 paired them by written
 * order), KPI history, status and competitors, journey state and baseline.
 */
export const MODEL_VERSION = 2;

/** A position in a text document: 0-based line and UTF-16 character, as in the LSP. */
export interface SourcePosition {
    line: number;
    character: number;
}

export interface SourceRange {
    start: SourcePosition;
    end: SourcePosition;
}

/** Where an element is written, for click-to-source and diagnostics. */
export interface SourceLocation {
    /** The whole element, from its keyword to its closing brace. */
    range: SourceRange;
    /** Only its name, the range an editor selects when the map is clicked. */
    nameRange?: SourceRange;
    /** The file it is written in, when that is not the model's own `file`. */
    file?: string;
}

/** Everything a `.cjourney` file says: its journeys and its top-level shared definitions. */
export interface CjourneyModel {
    modelVersion: typeof MODEL_VERSION;
    /** The document's URI (or a path, when the caller asked for relative paths). */
    file: string;
    journeys: Journey[];
    /** Top-level stakeholders, personas, channels, sources and competitors of this file, shared by the workspace. */
    shared: SharedDefinitions;
}

export interface SharedDefinitions {
    stakeholders: Stakeholder[];
    personas: Persona[];
    channels: Channel[];
    sources: Source[];
    competitors: Competitor[];
}

export interface Journey {
    id: string;
    /** The written title, or the id when there is none. */
    title: string;
    description?: string;
    objectives: string[];
    /** `current` when not written (as-is); `future` for a to-be journey. */
    state: JourneyState;
    /** The journey this one changes (`baseline`), resolved. */
    baselineId?: string;
    /** Custom lanes, in declared order. */
    lanes: Lane[];
    /** Declared in the journey, then shared ones its evidence cites. */
    sources: Source[];
    /** Declared in the journey, then shared ones its benchmarks name. */
    competitors: Competitor[];
    loc: SourceLocation;
    /** Left to right, in written order. */
    stages: Stage[];
    /** All touchpoints of all stages, stage by stage in written order. */
    touchpoints: Touchpoint[];
    /** Declared in the journey first (written order), then shared ones it uses (first use). */
    personas: Persona[];
    /** Declared in the journey first, then shared ones it refers to (including via `influences`). */
    stakeholders: Stakeholder[];
    /** Declared in the journey, then the shared and built-in channels its touchpoints use. */
    channels: Channel[];
    /** Every step written in a `flow`, in written order (a chain A -> B -> C gives two steps). */
    flows: FlowStep[];
    /**
     * The journey's path through its touchpoints: touchpoint ids in the order a flow first
     * reaches them (flows read in written order), or written order when there is no flow.
     */
    path: string[];
    pathFrom: 'flows' | 'written-order';
    kpis: Kpi[];
    emotion: EmotionSummary;
}

export interface Stage {
    id: string;
    title: string;
    description?: string;
    /** 0-based position left to right. */
    index: number;
    touchpointIds: string[];
    /** What stakeholders need at this stage (`needs STAKEHOLDER "…"`). */
    needs: StakeholderNeed[];
    /** KPIs measured at this stage (`kpi … { stage THIS }`). */
    kpiIds: string[];
    loc: SourceLocation;
}

export interface StakeholderNeed {
    stakeholderId: string;
    text: string;
    loc: SourceLocation;
}

export interface Touchpoint {
    id: string;
    title: string;
    stageId: string;
    /** 0-based position among all touchpoints of the journey (written order). */
    index: number;
    /** 0-based position inside its stage. */
    indexInStage: number;
    description?: string;
    channelId?: string;
    /** The first persona of the `persona` line (version 1's one persona, what a one-persona view shows). */
    personaId?: string;
    /** The personas written on the step: `persona A, B`, then those named in `for`. */
    personaIds: string[];
    /** Who lives the step: `personaIds` when it has a `persona` line, else every persona of the journey. */
    livedBy: string[];
    goal?: string;
    actions: string[];
    /** Every thought's text, in written order. */
    thoughts: string[];
    /** The same thoughts with whose they are and their evidence. */
    thoughtNotes: ThoughtNote[];
    trigger?: string;
    /** The step's plain `emotion` (for everyone on it). */
    emotion?: Emotion;
    /** The emotion's place on the five-step scale: delighted 5 … angry 1. */
    emotionScore?: number;
    emotionEvidence?: Evidence;
    /** Each persona of `livedBy` that has an emotion here, in `livedBy` order. */
    personaEmotions: PersonaEmotion[];
    /** `evidence` lines of the step itself. */
    evidence: Evidence[];
    /** A moment of truth: why this step matters. */
    moment?: string;
    blueprint: BlueprintEntry[];
    laneCells: LaneCell[];
    /** An image path as written, relative to the file. */
    image?: string;
    /** The same image resolved (see `ImageFile`); absent when the path cannot be one (a URL, an absolute path). */
    imageFile?: ImageFile;
    ownerId?: string;
    involvedIds: string[];
    pains: Pain[];
    opportunities: Opportunity[];
    loc: SourceLocation;
}

/**
 * A persona's or touchpoint's image, resolved against the file that names it. `path` is
 * written as the model's `file` is (a path relative to the working directory on the command
 * line, a URI in the editor); the media type (by content) and the size are known when the
 * builder could read the file, and absent otherwise (the image checks then report why).
 */
export interface ImageFile {
    path: string;
    mediaType?: ImageMediaType;
    bytes?: number;
}

/** The image formats the contract allows (SVG is refused: it can carry script). */
export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/webp';

export interface Pain {
    text: string;
    /** Version 1's reading: the first evidence's finding (or its source's id). */
    evidence?: string;
    /** Every evidence of the pain. */
    findings: Evidence[];
    /** Indexes into the touchpoint's `opportunities` that answer this pain. */
    answeredBy: number[];
    loc: SourceLocation;
}

export interface Opportunity {
    /** The written id (`opportunity ID "…"`), when there is one. */
    id?: string;
    text: string;
    /**
     * The index of the pain this opportunity answers: the pain whose block it is nested in,
     * else the touchpoint's only pain. Omitted otherwise (never guessed from written order).
     */
    answersPain?: number;
    ownerId?: string;
    impact?: Level;
    effort?: Level;
    /** `idea` when not written. */
    status: OpportunityStatus;
    /** impact × effort, when both are written. */
    portfolio?: PortfolioPlace;
    evidence: Evidence[];
    description?: string;
    loc: SourceLocation;
}

/** Where a definition comes from: the journey itself, a top-level shared one, or built in. */
export type DefinitionScope = 'journey' | 'shared' | 'builtin';

export interface Persona {
    id: string;
    title: string;
    scope: DefinitionScope;
    description?: string;
    segments: string[];
    goals: string[];
    needs: string[];
    expectations: string[];
    /** An image path as written, relative to the file. */
    image?: string;
    /** The same image resolved (see `ImageFile`); absent when the path cannot be one (a URL, an absolute path). */
    imageFile?: ImageFile;
    /** Touchpoints of this journey that name the persona (`persona`, `for`; empty in `shared`). */
    touchpointIds: string[];
    loc: SourceLocation;
}

export interface Stakeholder {
    id: string;
    title: string;
    scope: DefinitionScope;
    type?: StakeholderType;
    power?: Level;
    interest?: Level;
    /** `neutral` when not written (the contract's default). */
    attitude: Attitude;
    /** Place on the power/interest grid; omitted until both power and interest are known. */
    quadrant?: Quadrant;
    role?: string;
    description?: string;
    risks: string[];
    /** Stakeholders this one influences (resolved ids). */
    influences: string[];
    /** Stakeholders that influence this one (derived from their `influences`). */
    influencedBy: string[];
    /** Touchpoints this stakeholder owns (`owner`). */
    owns: string[];
    /** Touchpoints that involve this stakeholder (`involves`). */
    involvedIn: string[];
    /** Stage needs of this stakeholder (`needs` in stages), in stage order. */
    needs: { stageId: string; text: string }[];
    /** Owns, is involved in or has a need at some stage of this journey. */
    engaged: boolean;
    loc: SourceLocation;
}

export interface Channel {
    id: string;
    title: string;
    scope: DefinitionScope;
    mode?: ChannelMode;
    /** Touchpoints of this journey on this channel (empty in `shared`). */
    touchpointIds: string[];
    /** Omitted for built-in channels. */
    loc?: SourceLocation;
}

export interface FlowStep {
    from: string;
    to: string;
    /** 0-based index of the `flow` statement in the journey. */
    flowIndex: number;
    /** 0-based index of the step inside its `flow` chain. */
    stepIndex: number;
    /** From a touchpoint to itself. */
    selfLoop: boolean;
    /** Goes back to a touchpoint written earlier (a loop, e.g. a re-purchase cycle). */
    backward: boolean;
    loc: SourceLocation;
}

/** A number as written: `32`, `3.1%`. */
export interface Quantity {
    value: number;
    percent: boolean;
    /** The text as a person would read it, e.g. `3.1%`. */
    text: string;
}

/**
 * A distance between the KPI's current value and a reference value (target or benchmark),
 * measured in the KPI's `better` direction.
 */
export interface Gap {
    /** How far current is short of the reference: positive when worse, 0 or negative when it meets or beats it. */
    shortBy: number;
    meets: boolean;
    /** The size of the gap as written, without the KPI's unit: e.g. `13` or `1.1%` (always positive). */
    text: string;
}

export interface Benchmark {
    value: Quantity;
    /** Who or what the benchmark comes from, e.g. "Industry leader". */
    source?: string;
    /** The competitor it is measured on, resolved. */
    competitorId?: string;
    /** When it was measured (`at "…"`). */
    date?: string;
    /** Present when the KPI has a current value and the units agree. */
    gap?: Gap;
    loc: SourceLocation;
}

export interface Kpi {
    id: string;
    title: string;
    description?: string;
    /** The first of `stageIds`. */
    stageId?: string;
    stageIds: string[];
    ownerId?: string;
    /** `higher` when not written (the contract's default). */
    better: BetterDirection;
    unit?: string;
    current?: Quantity;
    target?: Quantity;
    /** When the target is due (`by "…"`). */
    targetDate?: string;
    /** Earlier measurements, as written (oldest first when correct). */
    history: Measurement[];
    benchmarks: Benchmark[];
    /** met, close (gap at most 10 % of the target), off, or unknown without current or target. */
    status: KpiStatus;
    /** From the last two measurements (history, then current), in the `better` direction. */
    trend?: KpiTrend;
    evidence: Evidence[];
    /** Present when both current and target are known and their units agree. */
    gapToTarget?: Gap;
    /** Current, target and benchmarks mix `%` and plain numbers (a `value-mismatch` error). */
    mixedUnits: boolean;
    loc: SourceLocation;
}

export interface EmotionSummary {
    /** Mean emotion score over the touchpoints that have an emotion, rounded to 2 decimals. */
    average?: number;
    /** How many touchpoints have an emotion. */
    count: number;
    /** The same per persona, in the order of `personas`, for personas with at least one emotion. */
    byPersona: { personaId: string; average: number; count: number }[];
}
