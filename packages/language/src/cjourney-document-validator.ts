import {
    AstUtils,
    Cancellation,
    DefaultDocumentValidator,
    type AstNode,
    type ValidationAcceptor,
    type LangiumCoreServices,
    type LangiumDocument,
    type LinkingError,
    type ParseResult,
    type ReferenceInfo,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BUILTIN_CHANNELS, isBuiltinDocumentUri } from './builtins.js';
import type { CJourneyCoreServices } from './cjourney-core-module.js';
import { applyRules } from './config/apply-rules.js';
import { DiagnosticCode, type DiagnosticData } from './diagnostic-codes.js';
import { closestMatch } from './suggestions.js';
import { rememberValidation, validationPlan } from './incremental/validation-memo.js';
import { checkNodes, validateEachNode } from './validation/each-node.js';

/** The name of an element kind as a user says it, from its AST type. */
export function kindWord(type: string): string {
    return type === 'Kpi' ? 'KPI' : type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Gives Langium's built-in diagnostics the contract's codes: lexer and parser errors become
 * `syntax`, unresolved cross-references become `unresolved-reference` with a message that
 * names the expected kind and suggests the closest name in scope.
 */
export class CJourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly services: LangiumCoreServices & Pick<CJourneyCoreServices, 'config'>;

    constructor(services: LangiumCoreServices & Pick<CJourneyCoreServices, 'config'>) {
        super(services);
        this.services = services;
    }

    /** Langium's diagnostics with the contract's codes, then the project's rule severities (cjourney.config.json). */
    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: Cancellation.CancellationToken
    ): Promise<Diagnostic[]> {
        if (isBuiltinDocumentUri(document.uri)) {
            return [];
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const config = await this.services.config.ProjectConfigs.configFor(document.uri);
        return applyRules(diagnostics, config.rules);
    }

    /**
     * The checks of every node, or after a touchpoint splice of the nodes it can affect
     * (incremental/validation-memo.ts); each node's diagnostics are kept for the next time.
     */
    protected override async validateAst(
        rootNode: AstNode,
        options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None
    ): Promise<Diagnostic[]> {
        const document = rootNode.$document;
        if (!document || this.profiler?.isActive('validating')) {
            return super.validateAst(rootNode, options, cancelToken);
        }
        const categories = options.categories?.join(',') ?? '*';
        const plan = validationPlan(document, categories);
        const byNode = plan?.kept ?? new Map<AstNode, Diagnostic[]>();
        const diagnostics: Diagnostic[] = [];
        const accept: ValidationAcceptor = (severity, message, info) => diagnostics.push(this.toDiagnostic(severity, message, info));
        await this.validateAstBefore(rootNode, options, accept, cancelToken);
        const acceptFor = (node: AstNode): ValidationAcceptor => {
            const own: Diagnostic[] = [];
            byNode.delete(node);
            return (severity, message, info) => {
                if (own.length === 0) byNode.set(node, own);
                own.push(this.toDiagnostic(severity, message, info));
            };
        };
        const nodes = plan?.recheck ?? AstUtils.streamAst(rootNode);
        await checkNodes(nodes, this.validationRegistry, options, acceptFor, cancelToken);
        await this.validateAstAfter(rootNode, options, accept, cancelToken);
        rememberValidation(document, categories, byNode);
        for (const own of byNode.values()) diagnostics.push(...own);
        return diagnostics;
    }

    /** Langium's walk, cheaper per node (each-node.ts); Langium's own when its profiler is on. */
    protected override async validateAstNodes(
        rootNode: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodeOptions = (node: AstNode) => this.validateSingleNodeOptions(node, options);
        await validateEachNode(rootNode, this.validationRegistry, options, acceptor, nodeOptions, cancelToken);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        markAsSyntax(diagnostics, first);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        markAsSyntax(diagnostics, first);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const { message, data } = this.describeUnresolved(error);
            diagnostics.push(
                this.toDiagnostic('error', message, {
                    node: error.info.container,
                    range: reference.$refNode?.range,
                    property: error.info.property,
                    index: error.info.index,
                    code: DiagnosticCode.UnresolvedReference,
                    data
                })
            );
        }
    }

    private describeUnresolved(error: LinkingError): { message: string; data: DiagnosticData } {
        const info = error.info;
        const name = info.reference.$refText;
        const kind = kindWord(this.services.shared.AstReflection.getReferenceType(info));
        const suggestion = closestMatch(name, this.namesInScope(info));
        const data: DiagnosticData = { code: DiagnosticCode.UnresolvedReference, expectedKind: kind, actual: name, suggestion };
        let message = `Unknown ${kind} '${name}'.`;
        if (suggestion) {
            message += ` Did you mean '${suggestion}'?`;
        } else if (kind === 'channel') {
            message += ` Use a built-in channel (${BUILTIN_CHANNELS.map(channel => channel.id).join(', ')}) or declare it: channel ${name} "…"`;
        } else if (kind === 'touchpoint') {
            message += ' No touchpoint of this journey has this name.';
        } else if (kind === 'stage') {
            message += ' No stage of this journey has this name.';
        } else if (kind === 'lane') {
            message += ` Declare it in this journey: lane ${name} "…"`;
        } else if (kind === 'journey') {
            message += ' No journey of the workspace has this name.';
        } else {
            message += ` Declare it in this journey or at the top level of any .cjourney file: ${kind} ${name} "…"`;
        }
        return { message, data };
    }

    private namesInScope(info: ReferenceInfo): string[] {
        try {
            return this.services.references.ScopeProvider.getScope(info)
                .getAllElements()
                .map(description => description.name)
                .distinct()
                .toArray();
        } catch {
            return [];
        }
    }
}

function markAsSyntax(diagnostics: Diagnostic[], from: number): void {
    for (let i = from; i < diagnostics.length; i++) {
        diagnostics[i].code = DiagnosticCode.Syntax;
        diagnostics[i].data = { code: DiagnosticCode.Syntax } satisfies DiagnosticData;
    }
}
