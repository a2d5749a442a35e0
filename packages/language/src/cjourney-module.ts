import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { CJourneyDocumentValidator } from './cjourney-document-validator.js';
import { CJourneyScopeComputation } from './cjourney-scope-computation.js';
import { CJourneyScopeProvider } from './cjourney-scope-provider.js';
import { CJourneyDocumentBuilder, CJourneyWorkspaceManager } from './cjourney-workspace.js';
import { CJourneyGeneratedModule, CJourneyGeneratedSharedModule } from './generated/module.js';
import { CJourneyCodeActionProvider } from './lsp/cjourney-code-action-provider.js';
import { CJourneyCompletionProvider } from './lsp/cjourney-completion-provider.js';
import { CJourneyDocumentUpdateHandler } from './lsp/cjourney-document-update-handler.js';
import { CJourneyDocumentFactory } from './lsp/document-versions.js';
import { FinishingWorkspaceLock } from './lsp/finishing-workspace-lock.js';
import { CJourneyDocumentSymbolProvider } from './lsp/cjourney-document-symbol-provider.js';
import { CJourneyFormatter } from './lsp/cjourney-formatter.js';
import { CJourneyHoverProvider } from './lsp/cjourney-hover-provider.js';
import { CJourneyDefinitionProvider, CJourneyReferencesProvider } from './lsp/cjourney-navigation-providers.js';
import { logFeatureFailures } from './lsp/feature-failure-log.js';
import { CJourneyNodeKindProvider } from './lsp/cjourney-node-kind-provider.js';
import { CJourneyRenameProvider } from './lsp/cjourney-rename-provider.js';
import { CJourneySemanticTokenProvider } from './lsp/cjourney-semantic-token-provider.js';
import { CJourneyWorkspaceSymbolProvider } from './lsp/cjourney-workspace-symbol-provider.js';
import { CJourneyLexerErrorMessageProvider, CJourneyParserErrorMessageProvider } from './parser-messages.js';
import { CJourneyValueConverter } from './value-converter.js';
import { JourneyModels } from './model-builder/journey-models.js';
import { ProjectConfigs } from './project-configs.js';
import { registerValidationChecks } from './validation/cjourney-validator.js';
import { JourneyInsightsValidator } from './validation/journey-insights-validator.js';
import { KpiValidator } from './validation/kpi-validator.js';
import { NameValidator } from './validation/name-validator.js';
import { ValueValidator } from './validation/value-validator.js';
import { V2Validator } from './validation/v2-validator.js';
import { ImageValidator } from './validation/image-validator.js';

/** Services this language adds to Langium's defaults, each replaceable through the module's overrides. */
export interface CJourneyAddedServices {
    validation: {
        NameValidator: NameValidator;
        ValueValidator: ValueValidator;
        JourneyInsightsValidator: JourneyInsightsValidator;
        KpiValidator: KpiValidator;
        V2Validator: V2Validator;
        ImageValidator: ImageValidator;
    };
    model: {
        JourneyModels: JourneyModels;
    };
    config: {
        /** cjourney.config.json: the rule severities the document validator applies. */
        ProjectConfigs: ProjectConfigs;
    };
}

export type CJourneyServices = LangiumServices & CJourneyAddedServices;

/** Wires the language's own implementations over Langium's defaults. */
export const CJourneyModule: Module<CJourneyServices, PartialLangiumServices & CJourneyAddedServices> = {
    parser: {
        // LL(3) rather than Langium's default ALL(*): version 2's optional inline evidence
        // (`pain "…" evidence …`, `emotion … evidence …`) is ambiguous with a touchpoint's own
        // `evidence` line, which made ALL(*) predict at every such line (parsing 2.5× slower);
        // LL(k) takes the inline reading, as documented, at LL(k) cost.
        ParserConfig: () => ({ maxLookahead: 3 }),
        ParserErrorMessageProvider: () => new CJourneyParserErrorMessageProvider(),
        ValueConverter: () => new CJourneyValueConverter(),
        LexerErrorMessageProvider: () => new CJourneyLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new CJourneyScopeComputation(services),
        ScopeProvider: services => new CJourneyScopeProvider(services)
    },
    lsp: {
        CodeActionProvider: services => new CJourneyCodeActionProvider(services),
        CompletionProvider: services => new CJourneyCompletionProvider(services),
        DefinitionProvider: services => new CJourneyDefinitionProvider(services),
        Formatter: () => new CJourneyFormatter(),
        HoverProvider: services => new CJourneyHoverProvider(services),
        DocumentSymbolProvider: services => new CJourneyDocumentSymbolProvider(services),
        ReferencesProvider: services => new CJourneyReferencesProvider(services),
        RenameProvider: services => new CJourneyRenameProvider(services),
        SemanticTokenProvider: services => new CJourneySemanticTokenProvider(services)
    },
    validation: {
        DocumentValidator: services => new CJourneyDocumentValidator(services),
        NameValidator: services => new NameValidator(services),
        ValueValidator: () => new ValueValidator(),
        JourneyInsightsValidator: services => new JourneyInsightsValidator(services),
        KpiValidator: () => new KpiValidator(),
        V2Validator: () => new V2Validator(),
        ImageValidator: services => new ImageValidator(services)
    },
    model: {
        JourneyModels: services => new JourneyModels(services.shared)
    },
    config: {
        ProjectConfigs: services => new ProjectConfigs(services.shared)
    }
};

export const CJourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new CJourneyNodeKindProvider(),
        DocumentUpdateHandler: services => new CJourneyDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new CJourneyWorkspaceSymbolProvider(services)
    },
    workspace: {
        LangiumDocumentFactory: services => new CJourneyDocumentFactory(services),
        WorkspaceLock: () => new FinishingWorkspaceLock(),
        WorkspaceManager: services => new CJourneyWorkspaceManager(services),
        DocumentBuilder: services => new CJourneyDocumentBuilder(services)
    }
};

/**
 * Creates the shared services and the language services, as the Langium generator template
 * does. Without an LSP connection (command line, tests) the configuration is marked ready.
 * `overrides` replaces language services, as a Langium module does (tests use it to make a
 * feature fail on purpose).
 */
export function createCJourneyServices(
    context: DefaultSharedModuleContext,
    overrides?: Module<CJourneyServices, PartialLangiumServices & Partial<CJourneyAddedServices>>
): { shared: LangiumSharedServices; CJourney: CJourneyServices } {
    const shared = inject(createDefaultSharedModule(context), CJourneyGeneratedSharedModule, CJourneySharedModule);
    const CJourney = inject(createDefaultModule({ shared }), CJourneyGeneratedModule, CJourneyModule, overrides);
    shared.ServiceRegistry.register(CJourney);
    registerValidationChecks(CJourney);
    if (context.connection) {
        logFeatureFailures(CJourney, context.connection);
    } else {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CJourney };
}
