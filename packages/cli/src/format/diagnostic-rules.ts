/**
 * What each diagnostic code means, in one sentence: the rules of the SARIF output (code
 * scanning shows them beside each finding). Typed against the language's codes, so a new
 * code cannot be forgotten here.
 */
import type { DiagnosticCode } from '@cjourney/language';

export interface DiagnosticRule {
    /** PascalCase, as SARIF's `name`. */
    name: string;
    description: string;
}

export const DIAGNOSTIC_RULES: Readonly<Record<DiagnosticCode, DiagnosticRule>> = {
    'syntax': { name: 'Syntax', description: 'The text does not follow the .cjourney grammar.' },
    'unresolved-reference': { name: 'UnresolvedReference', description: 'A name refers to nothing of the expected kind (a stakeholder, persona, channel, touchpoint or stage).' },
    'duplicate-name': { name: 'DuplicateName', description: 'Two elements of the same kind have the same name in one scope.' },
    'value-mismatch': { name: 'ValueMismatch', description: 'A KPI mixes percentages and plain numbers among current, target and benchmarks.' },
    'invalid-value': { name: 'InvalidValue', description: 'A word outside its closed list (emotion, power, attitude…) or a number that cannot be used.' },
    'empty-stage': { name: 'EmptyStage', description: 'A stage has no touchpoints.' },
    'pain-without-opportunity': { name: 'PainWithoutOpportunity', description: 'A touchpoint has a pain point or a frustrated/angry emotion but no opportunity.' },
    'unengaged-key-stakeholder': { name: 'UnengagedKeyStakeholder', description: 'A high-power, high-interest stakeholder is not engaged: no touchpoint owns or involves them and no stage names their needs.' },
    'unreachable-touchpoint': { name: 'UnreachableTouchpoint', description: 'The journey has flows, but no flow reaches this touchpoint.' },
    'self-loop': { name: 'SelfLoop', description: 'A flow step goes from a touchpoint to itself.' },
    'duplicate-flow': { name: 'DuplicateFlow', description: 'The same flow step is written twice in one journey.' },
    'duplicate-property': { name: 'DuplicateProperty', description: 'A single-valued property is written twice; the last one wins.' },
    'kpi-below-target': { name: 'KpiBelowTarget', description: 'A KPI\'s current value is worse than its target.' },
    'kpi-below-benchmark': { name: 'KpiBelowBenchmark', description: 'A KPI\'s current value is worse than a benchmark.' },
    'unused-persona': { name: 'UnusedPersona', description: 'No touchpoint refers to this persona.' },
    'unused-channel': { name: 'UnusedChannel', description: 'No touchpoint uses this declared channel.' },
    'missing-channel': { name: 'MissingChannel', description: 'A touchpoint has no channel.' },
    'kpi-without-target': { name: 'KpiWithoutTarget', description: 'A KPI has no target.' }
};
