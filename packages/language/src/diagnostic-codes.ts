/**
 * The stable diagnostic codes of the contract (shared/spec/cjourney-language.md), plus the
 * two the project adds where the contract is silent (documented in docs/language.md).
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
    // Additions of this project:
    /** A word outside a closed list (emotion, power, …) or a number too large to use. */
    InvalidValue: 'invalid-value',
    /** A single-valued property written twice in one element; the last one wins. */
    DuplicateProperty: 'duplicate-property'
} as const;

export type DiagnosticCode = typeof DiagnosticCode[keyof typeof DiagnosticCode];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Each code's one severity. */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
    'syntax': 'error',
    'unresolved-reference': 'error',
    'duplicate-name': 'error',
    'value-mismatch': 'error',
    'invalid-value': 'error',
    'empty-stage': 'warning',
    'pain-without-opportunity': 'warning',
    'unengaged-key-stakeholder': 'warning',
    'unreachable-touchpoint': 'warning',
    'self-loop': 'warning',
    'duplicate-flow': 'warning',
    'duplicate-property': 'warning',
    'kpi-below-target': 'info',
    'kpi-below-benchmark': 'info',
    'unused-persona': 'hint',
    'unused-channel': 'hint',
    'missing-channel': 'hint',
    'kpi-without-target': 'hint'
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
