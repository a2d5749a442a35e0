/**
 * The language without its editor features: parser, linking, validation, the journey model
 * and the project config, on Langium's core services. The command line builds these only:
 * the language server's modules (langium/lsp, vscode-languageserver and its protocol) are
 * never loaded by `cjourney check` or `render`, which saves a good part of their start-up.
 * cjourney-module.ts adds the editor features on top of this module.
 */
import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type DefaultSharedCoreModuleContext,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type DeepPartial,
    type Module
} from 'langium';
import { CJourneyDocumentValidator } from './cjourney-document-validator.js';
import { CJourneyScopeComputation } from './cjourney-scope-computation.js';
import { CJourneyScopeProvider } from './cjourney-scope-provider.js';
import { CJourneyDocumentBuilder } from './cjourney-document-builder.js';
import { CJourneyWorkspaceManager } from './cjourney-workspace.js';
import { CJourneyGeneratedModule, CJourneyGeneratedSharedModule } from './generated/module.js';
import { CJourneyLexerErrorMessageProvider, CJourneyParserErrorMessageProvider } from './parser-messages.js';
import { CJourneyValueConverter } from './value-converter.js';
import { LazyLLkLookaheadStrategy } from './lazy-lookahead.js';
import { CJourneyTokenBuilder } from './cjourney-token-builder.js';
import { CJourneyLinker } from './incremental/incremental-linker.js';
import { CJourneyReferenceDescriptionProvider, LazyReferenceIndexManager } from './incremental/lazy-reference-index.js';
import { LiveAstNodeDescriptionProvider } from './incremental/live-descriptions.js';
import { SplicingDocumentFactory } from './incremental/splicing-document-factory.js';
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

export type CJourneyCoreServices = LangiumCoreServices & CJourneyAddedServices;

/** What the core module replaces or adds (narrow, so the language server's module can spread it). */
type CJourneyCoreOverrides = DeepPartial<Pick<LangiumCoreServices, 'parser' | 'references' | 'validation' | 'workspace'>> &
    CJourneyAddedServices;
type CJourneySharedCoreOverrides = {
    workspace: Partial<
        Pick<LangiumSharedCoreServices['workspace'], 'WorkspaceManager' | 'DocumentBuilder' | 'IndexManager' | 'LangiumDocumentFactory'>
    >;
};

/** The language's own implementations over Langium's core defaults (no editor features). */
export const CJourneyCoreModule: Module<CJourneyCoreServices, CJourneyCoreOverrides> = {
    parser: {
        // LL(3) rather than Langium's default ALL(*): version 2's optional inline evidence
        // (`pain "…" evidence …`, `emotion … evidence …`) is ambiguous with a touchpoint's own
        // `evidence` line, which made ALL(*) predict at every such line (parsing 2.5× slower);
        // LL(k) takes the inline reading, as documented, at LL(k) cost. Each decision's
        // lookahead is computed when first taken (lazy-lookahead.ts): a command starts sooner.
        ParserConfig: () => ({ maxLookahead: 3, lookaheadStrategy: new LazyLLkLookaheadStrategy({ maxLookahead: 3 }) }),
        ParserErrorMessageProvider: () => new CJourneyParserErrorMessageProvider(),
        ValueConverter: () => new CJourneyValueConverter(),
        // The lexer's tokens come from a table made when the language is built (cjourney-token-builder.ts).
        TokenBuilder: () => new CJourneyTokenBuilder(),
        LexerErrorMessageProvider: () => new CJourneyLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new CJourneyScopeComputation(services),
        ScopeProvider: services => new CJourneyScopeProvider(services),
        Linker: services => new CJourneyLinker(services)
    },
    workspace: {
        AstNodeDescriptionProvider: services => new LiveAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new CJourneyReferenceDescriptionProvider(services)
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

export const CJourneySharedCoreModule: Module<LangiumSharedCoreServices, CJourneySharedCoreOverrides> = {
    workspace: {
        WorkspaceManager: services => new CJourneyWorkspaceManager(services),
        DocumentBuilder: services => new CJourneyDocumentBuilder(services),
        IndexManager: services => new LazyReferenceIndexManager(services),
        LangiumDocumentFactory: services => new SplicingDocumentFactory(services)
    }
};

/**
 * The shared and language services without editor features, for the command line. The
 * configuration is marked ready, as there is no language client to send one.
 */
export function createCJourneyCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    CJourney: CJourneyCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), CJourneyGeneratedSharedModule, CJourneySharedCoreModule);
    const CJourney = inject(createDefaultCoreModule({ shared }), CJourneyGeneratedModule, CJourneyCoreModule);
    shared.ServiceRegistry.register(CJourney);
    registerValidationChecks(CJourney);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, CJourney };
}
