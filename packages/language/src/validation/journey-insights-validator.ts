import { AstUtils, type AstNode, type AstNodeLocator, type LangiumDocument, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import { BUILTIN_DOCUMENT_URI } from '../builtins.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { CJourneyCoreServices } from '../cjourney-core-module.js';
import {
    isChannel,
    isCompetitor,
    isJourney,
    isPersona,
    isSource,
    isStakeholder,
    type Journey,
    type JourneyFile,
    type Stage,
    type Stakeholder,
    Touchpoint,
    Emotion,
    Thought,
    StakeholderNeed,
    BlueprintEntry,
    Opportunity,
    Kpi,
    Evidence,
    Benchmark
} from '../generated/ast.js';
import { isVocabularyWord, quadrantOf } from '@cjourney/model';
import { displayName, reporter, type Report } from './report.js';
import { usesOf } from './workspace-uses.js';

/**
 * The journey-specific insights of the contract: empty stages, pains without opportunities,
 * missing channels, flows (unreachable touchpoints, self-loops, duplicate steps), unengaged
 * key stakeholders and unused personas and channels — in a journey, and for top-level shared
 * definitions across the workspace.
 */
export class JourneyInsightsValidator {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;

    constructor(services: CJourneyCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    checkStage(stage: Stage, accept: ValidationAcceptor): void {
        if (stage.touchpoints.length === 0) {
            reporter(accept)(
                DiagnosticCode.EmptyStage,
                `The stage ${displayName(stage)} has no touchpoints yet: add what the customer does or meets here.`,
                { node: stage, property: 'name' }
            );
        }
    }

    checkTouchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        if (touchpoint.opportunities.length === 0 && touchpoint.pains.every(pain => pain.opportunities.length === 0)) {
            if (touchpoint.pains.length > 0) {
                report(
                    DiagnosticCode.PainWithoutOpportunity,
                    `${displayName(touchpoint)} has a pain point but no opportunity: add an opportunity that answers it.`,
                    { node: touchpoint.pains[0] }
                );
            } else {
                const low = touchpoint.emotions.find(line => line.emotion === 'frustrated' || line.emotion === 'angry');
                if (low) {
                    report(
                        DiagnosticCode.PainWithoutOpportunity,
                        `The customer feels ${low.emotion} at ${displayName(touchpoint)} but no opportunity is noted: add one to improve this moment.`,
                        { node: low, property: 'emotion' }
                    );
                }
            }
        }
        if (!touchpoint.channel) {
            report(DiagnosticCode.MissingChannel, `${displayName(touchpoint)} has no channel: say where it happens, e.g. channel web.`, {
                node: touchpoint,
                property: 'name'
            });
        }
    }

    checkFlows(journey: Journey, accept: ValidationAcceptor): void {
        if (journey.flows.length === 0) {
            return;
        }
        const report = reporter(accept);
        const inFlows = new Set<Touchpoint>();
        const firstStep = new Map<string, number>();
        for (const flow of journey.flows) {
            flow.steps.forEach((step, index) => {
                const target = step.ref;
                if (target) {
                    inFlows.add(target);
                }
                const previous = index > 0 ? flow.steps[index - 1] : undefined;
                if (!previous?.ref || !target || !previous.$refNode || !step.$refNode) {
                    return;
                }
                const range = { start: previous.$refNode.range.start, end: step.$refNode.range.end };
                if (previous.ref === target) {
                    report(DiagnosticCode.SelfLoop, `This flow step goes from ${displayName(target)} to itself.`, { node: flow, range });
                }
                const key = `${previous.ref.name}\u0000${target.name}`;
                const line = firstStep.get(key);
                if (line !== undefined) {
                    report(
                        DiagnosticCode.DuplicateFlow,
                        `The step ${previous.ref.name} -> ${target.name} is already written in a flow (line ${line}); remove this repetition.`,
                        { node: flow, range }
                    );
                } else {
                    firstStep.set(key, range.start.line + 1);
                }
            });
        }
        for (const touchpoint of journey.stages.flatMap(stage => stage.touchpoints)) {
            if (!inFlows.has(touchpoint)) {
                report(
                    DiagnosticCode.UnreachableTouchpoint,
                    `No flow reaches ${displayName(touchpoint)}: add it to a flow, or remove it if it is no longer part of the journey.`,
                    { node: touchpoint, property: 'name' }
                );
            }
        }
    }

    /** Usage of the journey's own personas, channels and stakeholders, read from its AST. */
    checkJourneyUsage(journey: Journey, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        const usedPersonas = new Set<AstNode>();
        const usedChannels = new Set<AstNode>();
        const engaged = new Set<AstNode>();
        for (const stage of journey.stages) {
            stage.needs.forEach(need => addIfResolved(engaged, need.stakeholder.ref));
            for (const touchpoint of stage.touchpoints) {
                [
                    ...touchpoint.personas,
                    ...touchpoint.emotions.flatMap(line => line.personas),
                    ...touchpoint.thoughts.flatMap(line => line.personas)
                ].forEach(reference => addIfResolved(usedPersonas, reference.ref));
                // Version 2: a blueprint `by` and an opportunity's owner engage a stakeholder too.
                touchpoint.blueprint.forEach(entry => addIfResolved(engaged, entry.by?.ref));
                [...touchpoint.opportunities, ...touchpoint.pains.flatMap(pain => pain.opportunities)].forEach(item =>
                    addIfResolved(engaged, item.owner?.ref)
                );
                addIfResolved(usedChannels, touchpoint.channel?.ref);
                addIfResolved(engaged, touchpoint.owner?.ref);
                touchpoint.involves.forEach(reference => addIfResolved(engaged, reference.ref));
            }
        }
        journey.kpis.forEach(kpi => addIfResolved(engaged, kpi.owner?.ref));
        journey.personas.filter(persona => !usedPersonas.has(persona)).forEach(persona => reportUnusedPersona(persona, report));
        journey.channels.filter(channel => !usedChannels.has(channel)).forEach(channel => reportUnusedChannel(channel, report));
        journey.stakeholders
            .filter(stakeholder => isKeyStakeholder(stakeholder) && !engaged.has(stakeholder))
            .forEach(stakeholder => reportUnengaged(stakeholder, report));
    }

    /** Usage of top-level shared definitions, read from the workspace's reference index. */
    checkSharedUsage(file: JourneyFile, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(file);
        if (document.uri.toString() === BUILTIN_DOCUMENT_URI) {
            return;
        }
        // Most files declare no shared definitions (a journey per file): then there is nothing to
        // look up, and the pass over the workspace's references would make every file's validation
        // cost the whole workspace's size (seconds when a shared file's edit re-validates 300 journeys).
        if (!file.elements.some(element => !isJourney(element))) {
            return;
        }
        const report = reporter(accept);
        const referencedBy = this.referrerKindsIn(document);
        for (const element of file.elements) {
            if (isPersona(element) && !referencedBy(element, [Touchpoint.$type, Emotion.$type, Thought.$type])) {
                reportUnusedPersona(element, report);
            } else if (isChannel(element) && !referencedBy(element, [Touchpoint.$type])) {
                reportUnusedChannel(element, report);
            } else if (
                isStakeholder(element) &&
                isKeyStakeholder(element) &&
                !referencedBy(element, [Touchpoint.$type, StakeholderNeed.$type, BlueprintEntry.$type, Opportunity.$type, Kpi.$type])
            ) {
                reportUnengaged(element, report);
            } else if (isSource(element) && !referencedBy(element, [Evidence.$type])) {
                report(DiagnosticCode.UnusedSource, `No evidence cites the source ${displayName(element)}.`, {
                    node: element,
                    property: 'name'
                });
            } else if (isCompetitor(element) && !referencedBy(element, [Benchmark.$type])) {
                report(DiagnosticCode.UnusedCompetitor, `No benchmark is measured against the competitor ${displayName(element)}.`, {
                    node: element,
                    property: 'name'
                });
            }
        }
    }

    /**
     * Whether a node of `document` is referred to from a node of one of the given kinds, anywhere
     * in the workspace (workspace-uses.ts): the uses of every file into this one, merged once.
     */
    private referrerKindsIn(document: LangiumDocument): (target: AstNode, kinds: readonly string[]) => boolean {
        const uri = document.uri.toString();
        const byPath = new Map<string, Set<string>>();
        for (const other of this.documents.all) {
            for (const [path, kinds] of usesOf(other, this.locator).get(uri) ?? []) {
                const known = byPath.get(path) ?? byPath.set(path, new Set()).get(path)!;
                kinds.forEach(kind => known.add(kind));
            }
        }
        return (target, kinds) => {
            const found = byPath.get(this.locator.getAstNodePath(target));
            return found !== undefined && kinds.some(kind => found.has(kind));
        };
    }
}

function addIfResolved(set: Set<AstNode>, node: AstNode | undefined): void {
    if (node) {
        set.add(node);
    }
}

function isKeyStakeholder(stakeholder: Stakeholder): boolean {
    return (
        isVocabularyWord('power', stakeholder.power) &&
        isVocabularyWord('interest', stakeholder.interest) &&
        quadrantOf(stakeholder.power, stakeholder.interest) === 'manage-closely'
    );
}

function reportUnusedPersona(persona: AstNode & { name: string; title?: string }, report: Report): void {
    report(DiagnosticCode.UnusedPersona, `No touchpoint refers to the persona ${displayName(persona)}.`, {
        node: persona,
        property: 'name'
    });
}

function reportUnusedChannel(channel: AstNode & { name: string; title?: string }, report: Report): void {
    report(DiagnosticCode.UnusedChannel, `No touchpoint uses the channel ${displayName(channel)}.`, { node: channel, property: 'name' });
}

function reportUnengaged(stakeholder: Stakeholder, report: Report): void {
    report(
        DiagnosticCode.UnengagedKeyStakeholder,
        `${displayName(stakeholder)} has high power and high interest (manage closely), but no touchpoint owns or involves them and no stage needs them. Engage them with owner or involves in a touchpoint, or needs in a stage.`,
        { node: stakeholder, property: 'name' }
    );
}
