import { AstUtils, URI, UriUtils, WorkspaceCache, type AstNode, type IndexManager, type ValidationAcceptor } from 'langium';
import { BUILTIN_DOCUMENT_URI, findBuiltinChannel } from '../builtins.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { CJourneyCoreServices } from '../cjourney-core-module.js';
import { kindWord } from '../cjourney-document-validator.js';
import { isChannel, type Journey, type JourneyFile } from '../generated/ast.js';
import { reservedWords } from '../grammar-tables.js';
import { reporter, type Report } from './report.js';

interface NamedNode extends AstNode {
    name: string;
}

/**
 * `duplicate-name`: two elements of one kind with one name in one scope — a journey's
 * stages, its touchpoints across all stages, its stakeholders, personas, channels and KPIs;
 * top-level elements across the workspace; and channels that reuse a built-in channel's name.
 */
export class NameValidator {
    private readonly indexManager: IndexManager;
    /** For each kind, the files declaring each top-level name (two at most), until the workspace changes. */
    private readonly declarations: WorkspaceCache<string, Map<string, string[]>>;

    constructor(services: CJourneyCoreServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.declarations = new WorkspaceCache(services.shared);
    }

    checkJourneyNames(journey: Journey, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        reportDuplicates(journey.stages, "this journey's stages", report);
        reportDuplicates(
            journey.stages.flatMap(stage => stage.touchpoints),
            'the touchpoints of this journey (across all its stages)',
            report
        );
        reportDuplicates(journey.stakeholders, "this journey's stakeholders", report);
        reportDuplicates(journey.personas, "this journey's personas", report);
        reportDuplicates(journey.channels, "this journey's channels", report);
        reportDuplicates(journey.kpis, "this journey's KPIs", report);
        reportDuplicates(journey.sources, "this journey's sources", report);
        reportDuplicates(journey.competitors, "this journey's competitors", report);
        reportDuplicates(journey.lanes, "this journey's lanes", report);
        const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
        const opportunities = touchpoints.flatMap(touchpoint => [
            ...touchpoint.opportunities,
            ...touchpoint.pains.flatMap(pain => pain.opportunities)
        ]);
        reportDuplicates(
            opportunities.filter((opportunity): opportunity is typeof opportunity & NamedNode => Boolean(opportunity.name)),
            "this journey's opportunities",
            report
        );
        journey.channels.forEach(channel => reportBuiltinClash(channel, report));
    }

    /**
     * The identifier rule, for names the parser accepted so the rest of the block still
     * parses: a reserved word (`touchpoint action`) or a name with a hyphen (`touchpoint T-1`)
     * is one `syntax` error on the name.
     */
    checkNameRules(node: AstNode & { name?: string }, accept: ValidationAcceptor): void {
        const name = node.name;
        if (!name) {
            return;
        }
        const report = reporter(accept);
        if (reservedWords().has(name)) {
            report(
                DiagnosticCode.Syntax,
                `'${name}' is a reserved word of the language and cannot be a name: choose another, e.g. '${name[0].toUpperCase()}${name.slice(1)}'.`,
                { node, property: 'name' }
            );
        } else if (name.includes('-')) {
            report(
                DiagnosticCode.Syntax,
                `A name cannot contain '-': use letters, digits and _ instead, e.g. '${name.replace(/-/g, '_')}'.`,
                { node, property: 'name' }
            );
        }
    }

    checkTopLevelNames(file: JourneyFile, accept: ValidationAcceptor): void {
        const report = reporter(accept);
        const document = AstUtils.getDocument(file);
        if (document.uri.toString() === BUILTIN_DOCUMENT_URI) {
            return;
        }
        const kinds = new Map<string, NamedNode[]>();
        for (const element of file.elements) {
            const ofKind = kinds.get(element.$type);
            if (ofKind) ofKind.push(element);
            else kinds.set(element.$type, [element]);
        }
        for (const elements of kinds.values()) {
            reportDuplicates(elements, 'the top-level elements of the workspace', report);
        }
        const declaredElsewhere = this.otherFilesDeclaring(document.uri.toString());
        for (const element of file.elements) {
            if (isChannel(element)) {
                reportBuiltinClash(element, report);
            }
            const elsewhere = declaredElsewhere(element.$type).get(element.name);
            if (elsewhere) {
                const fileName = UriUtils.relative(UriUtils.dirname(document.uri), URI.parse(elsewhere));
                report(
                    DiagnosticCode.DuplicateName,
                    `A ${kindWord(element.$type)} named '${element.name}' is also declared at the top level of ${fileName}. Shared names must be unique across the workspace.`,
                    { node: element, property: 'name' }
                );
            }
        }
    }

    /**
     * For each kind, the first other file of the workspace declaring each top-level name, read
     * from the index once per kind and workspace state: looking every element up in the whole
     * index was quadratic (a 5 MB file of 100,000 broken journeys took minutes to validate), and
     * so was reading the index once per file when a shared file's edit re-validates 300 journeys.
     */
    private otherFilesDeclaring(ownUri: string): (type: string) => { get(name: string): string | undefined } {
        return type => {
            const byName = this.declarations.get(type, () => this.filesDeclaring(type));
            return { get: name => byName.get(name)?.find(uri => uri !== ownUri) };
        };
    }

    private filesDeclaring(type: string): Map<string, string[]> {
        const byName = new Map<string, string[]>();
        for (const description of this.indexManager.allElements(type)) {
            const uri = description.documentUri.toString();
            const files = byName.get(description.name);
            if (uri === BUILTIN_DOCUMENT_URI || files?.includes(uri) || (files?.length ?? 0) >= 2) continue;
            if (files) files.push(uri);
            else byName.set(description.name, [uri]);
        }
        return byName;
    }
}

function reportDuplicates(nodes: readonly NamedNode[], scope: string, report: Report): void {
    const firstByName = new Map<string, NamedNode>();
    for (const node of nodes) {
        if (!node.name) {
            continue;
        }
        const first = firstByName.get(node.name);
        if (first) {
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            report(
                DiagnosticCode.DuplicateName,
                `Another ${kindWord(node.$type)} is already named '${node.name}' (line ${line}). Names must be unique among ${scope}.`,
                { node, property: 'name' }
            );
        } else {
            firstByName.set(node.name, node);
        }
    }
}

function reportBuiltinClash(channel: NamedNode, report: Report): void {
    if (channel.name && findBuiltinChannel(channel.name)) {
        report(
            DiagnosticCode.DuplicateName,
            `'${channel.name}' is a built-in channel, always available: use it without declaring it, or give your channel another name.`,
            { node: channel, property: 'name' }
        );
    }
}
