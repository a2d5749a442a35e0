/**
 * The stable diagnostic codes of the language (the table in docs/language.md), plus the
 * two the project adds where the language contract is silent.
 * The CLI prints them in brackets; quick fixes and tests key on them.
 */
export const DiagnosticCode = {
    Syntax: 'syntax',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    ValueMismatch: 'value-mismatch',
    EmptyStage: 'empty-stage',
    PainWithoutOpportunity: 'pain-without-opportunity',
    UnengagedKeyStakeholder: 'unengaged-key-stakeholder',
    UnreachableTouchpoint: 'unreachable-touchpoint',
    SelfLoop: 'self-loop',
    DuplicateFlow: 'duplicate-flow',
    KpiBelowTarget: 'kpi-below-target',
    KpiBelowBenchmark: 'kpi-below-benchmark',
    UnusedPersona: 'unused-persona',
    UnusedChannel: 'unused-channel',
    MissingChannel: 'missing-channel',
    KpiWithoutTarget: 'kpi-without-target',
    // Version 2 of the contract:
    UnlinkedOpportunity: 'unlinked-opportunity',
    PainWithoutEvidence: 'pain-without-evidence',
    UnusedSource: 'unused-source',
    UnusedCompetitor: 'unused-competitor',
    UnusedLane: 'unused-lane',
    HistoryOrder: 'history-order',
    BaselineCycle: 'baseline-cycle',
    BaselineState: 'baseline-state',
    OpportunityWithoutOwner: 'opportunity-without-owner',
    ImageNotFound: 'image-not-found',
    ImageUnsupported: 'image-unsupported',
    // Additions of this project:
    /** A word outside a closed list (emotion, power, …) or a number too large to use. */
    InvalidValue: 'invalid-value',
    /** A single-valued property written twice in one element; the last one wins. */
    DuplicateProperty: 'duplicate-property'
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Each code's one severity. */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
    syntax: 'error',
    'unresolved-reference': 'error',
    'duplicate-name': 'error',
    'baseline-cycle': 'error',
    'image-not-found': 'error',
    'image-unsupported': 'error',
    'value-mismatch': 'error',
    'invalid-value': 'error',
    'empty-stage': 'warning',
    'pain-without-opportunity': 'warning',
    'unengaged-key-stakeholder': 'warning',
    'unreachable-touchpoint': 'warning',
    'self-loop': 'warning',
    'duplicate-flow': 'warning',
    'duplicate-property': 'warning',
    'history-order': 'warning',
    'baseline-state': 'warning',
    'kpi-below-target': 'info',
    'kpi-below-benchmark': 'info',
    'unused-persona': 'hint',
    'unused-channel': 'hint',
    'missing-channel': 'hint',
    'kpi-without-target': 'hint',
    'unlinked-opportunity': 'hint',
    'pain-without-evidence': 'hint',
    'unused-source': 'hint',
    'unused-competitor': 'hint',
    'unused-lane': 'hint',
    'opportunity-without-owner': 'hint'
};

/** What each code means, in one line (SARIF rules, documentation). */
export const DIAGNOSTIC_DESCRIPTION: Readonly<Record<DiagnosticCode, string>> = {
    syntax: 'The text does not follow the language: the parser reports what it expected.',
    'unresolved-reference': 'A name refers to nothing of the expected kind in the journey, the workspace or the built-ins.',
    'duplicate-name': 'Two elements of one kind share a name in one scope.',
    'value-mismatch': 'A KPI mixes percentages and plain numbers among current, target and benchmarks.',
    'invalid-value': 'A word outside its closed list (emotion, power, …) or a number too large to use.',
    'empty-stage': 'A stage has no touchpoints.',
    'pain-without-opportunity': 'A touchpoint has a pain point, or a frustrated or angry emotion, and no opportunity.',
    'unengaged-key-stakeholder': 'A high-power, high-interest stakeholder owns no touchpoint, is involved in none and no stage needs them.',
    'unreachable-touchpoint': 'The journey has flows, and no flow reaches this touchpoint.',
    'self-loop': 'A flow step goes from a touchpoint to itself.',
    'duplicate-flow': 'The same flow step is written twice in a journey.',
    'duplicate-property': 'A single-valued property is written twice; the last one counts.',
    'kpi-below-target': 'A KPI is worse than its target, in its better direction.',
    'kpi-below-benchmark': 'A KPI is worse than one of its benchmarks.',
    'unused-persona': 'No touchpoint refers to a persona.',
    'unused-channel': 'No touchpoint uses a declared channel.',
    'missing-channel': 'A touchpoint has no channel.',
    'kpi-without-target': 'A KPI has no target.',
    'unlinked-opportunity':
        "A touchpoint with two or more pains has an opportunity outside every pain's block, so it answers none of them.",
    'pain-without-evidence': 'A pain point has no evidence.',
    'unused-source': 'No evidence cites a source.',
    'unused-competitor': 'No benchmark is measured against a competitor.',
    'unused-lane': 'No touchpoint fills a custom lane.',
    'history-order': "A KPI's history is not oldest first, or names one date twice.",
    'baseline-cycle': 'A journey is its own baseline, directly or through others.',
    'baseline-state': 'A journey with a baseline is not `state future`, or its baseline is.',
    'opportunity-without-owner': 'An opportunity is planned or being done and has no owner.',
    'image-not-found': 'An image path that does not exist.',
    'image-unsupported': 'An image that is not PNG, JPEG or WebP (by content), larger than 2 MB, or outside the workspace.'
};

/** Extra facts a diagnostic carries in its `data`, for quick fixes. */
export interface DiagnosticData {
    code: DiagnosticCode;
    /** The closest valid word or name, for "did you mean" fixes. */
    suggestion?: string;
    /** The kind of element a reference expects, e.g. "stakeholder". */
    expectedKind?: string;
    /** The text that could not be resolved or is not allowed. */
    actual?: string;
}
