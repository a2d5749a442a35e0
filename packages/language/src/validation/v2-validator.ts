import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { findFirstNodeForProperty } from '../cst-features.js';
import { evidenceWithin } from '../model-builder/build-v2.js';
import { type Journey, type Kpi, type Opportunity, type Pain, type Touchpoint } from '../generated/ast.js';
import { dateKey } from '@cjourney/model';
import { displayName, reporter } from './report.js';

/**
 * The diagnostics version 2 of the contract added: opportunities outside the pains of a
 * touchpoint with several (`unlinked-opportunity`), pains without evidence, unused sources,
 * competitors and lanes, KPI history out of order, baseline cycles and states, and
 * opportunities in progress without an owner.
 */
export class V2Validator {
    checkTouchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        if (touchpoint.pains.length >= 2) {
            for (const opportunity of touchpoint.opportunities) {
                report(
                    DiagnosticCode.UnlinkedOpportunity,
                    `${displayName(touchpoint)} has ${touchpoint.pains.length} pain points, so this opportunity answers none of them: nest it in the block of the pain it answers, pain "…" { opportunity "…" }.`,
                    { node: opportunity, range: headRange(opportunity, 'text') }
                );
            }
        }
        for (const pain of touchpoint.pains.filter(candidate => candidate.evidence.length === 0)) {
            report(
                DiagnosticCode.PainWithoutEvidence,
                `The pain point ${displayName({ title: pain.text })} has no evidence: say where it is known from, e.g. evidence Survey "44% mention it" or evidence "Support tickets".`,
                { node: pain, range: headRange(pain, 'text') }
            );
        }
    }

    checkOpportunity(opportunity: Opportunity, accept: ValidationAcceptor): void {
        if ((opportunity.status === 'planned' || opportunity.status === 'doing') && !opportunity.owner) {
            reporter(accept)(
                DiagnosticCode.OpportunityWithoutOwner,
                `The opportunity ${displayName({ title: opportunity.text })} is ${opportunity.status} but has no owner: add owner STAKEHOLDER to its block.`,
                { node: opportunity, property: 'status' }
            );
        }
    }

    /** Sources, competitors and lanes of a journey that nothing in it refers to. */
    checkJourneyUsage(journey: Journey, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        // Journey-wide walks on every keystroke: only for the kinds the journey declares (most declare few or none).
        const cited = new Set<AstNode | undefined>(
            journey.sources.length > 0 ? evidenceWithin(journey).map(evidence => evidence.source?.ref) : []
        );
        const filled = new Set<AstNode | undefined>(
            journey.lanes.length > 0
                ? journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.laneCells.map(cell => cell.lane.ref)))
                : []
        );
        const benchmarked = new Set(
            journey.competitors.length > 0 ? journey.kpis.flatMap(kpi => kpi.benchmarks.map(benchmark => benchmark.competitor?.ref)) : []
        );
        journey.sources
            .filter(source => !cited.has(source))
            .forEach(source =>
                report(DiagnosticCode.UnusedSource, `No evidence cites the source ${displayName(source)}.`, {
                    node: source,
                    property: 'name'
                })
            );
        journey.competitors
            .filter(competitor => !benchmarked.has(competitor))
            .forEach(competitor =>
                report(DiagnosticCode.UnusedCompetitor, `No benchmark is measured against the competitor ${displayName(competitor)}.`, {
                    node: competitor,
                    property: 'name'
                })
            );
        journey.lanes
            .filter(lane => !filled.has(lane))
            .forEach(lane =>
                report(
                    DiagnosticCode.UnusedLane,
                    `No touchpoint fills the lane ${displayName(lane)}: add lane ${lane.name} "…" to a touchpoint.`,
                    { node: lane, property: 'name' }
                )
            );
    }

    /** A journey that is its own baseline, and a baseline that is not current → future. */
    checkBaseline(journey: Journey, accept: ValidationAcceptor): void {
        const baseline = journey.baseline?.ref;
        if (!baseline) {
            return;
        }
        const report = reporter(accept);
        const chain = [journey.name];
        for (let current: Journey | undefined = baseline; current; current = current.baseline?.ref) {
            chain.push(current.name);
            if (current === journey) {
                const through = chain.length > 2 ? `, through ${chain.slice(1, -1).join(' → ')}` : '';
                report(
                    DiagnosticCode.BaselineCycle,
                    `${displayName(journey)} is its own baseline${through}: a baseline must be an earlier journey.`,
                    { node: journey, property: 'baseline' }
                );
                return;
            }
            if (chain.length > 1000) break;
        }
        if (journey.state !== 'future') {
            report(
                DiagnosticCode.BaselineState,
                `${displayName(journey)} has a baseline, so it describes a journey to come: add state future.`,
                { node: journey, property: 'baseline' }
            );
        } else if (baseline.state === 'future') {
            report(
                DiagnosticCode.BaselineState,
                `The baseline ${displayName(baseline)} is itself a future journey: a baseline is the current journey this one changes.`,
                { node: journey, property: 'baseline' }
            );
        }
    }

    /** History oldest first (dates written as dates), each date once. */
    checkHistory(kpi: Kpi, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        const seen = new Set<string>();
        let newest: { key: string; when: string } | undefined;
        for (const measurement of kpi.history) {
            const when = measurement.when ?? '';
            const key = dateKey(when);
            if (seen.has(key ?? when)) {
                report(
                    DiagnosticCode.HistoryOrder,
                    `The history of ${displayName(kpi)} names ${displayName({ title: when })} twice: keep one measurement per date.`,
                    { node: measurement, property: 'when' }
                );
            } else if (key && newest && key < newest.key) {
                report(
                    DiagnosticCode.HistoryOrder,
                    `The history of ${displayName(kpi)} is not oldest first: ${displayName({ title: when })} comes after ${displayName({ title: newest.when })}.`,
                    { node: measurement, property: 'when' }
                );
            }
            seen.add(key ?? when);
            if (key && (!newest || key > newest.key)) newest = { key, when };
        }
    }
}

/** From an element's keyword to the end of one of its properties: `pain "Slow"` without its block. */
function headRange(node: Pain | Opportunity, property: string): Range | undefined {
    const start = node.$cstNode?.range.start;
    const end = findFirstNodeForProperty(node.$cstNode, property)?.range.end;
    return start && end ? { start, end } : node.$cstNode?.range;
}
