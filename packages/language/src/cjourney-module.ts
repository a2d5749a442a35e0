import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { CJourneyDocumentValidator } from './cjourney-document-validator.js';
import { CJourneyScopeComputation } from './cjourney-scope-computation.js';
import { CJourneyScopeProvider } from './cjourney-scope-provider.js';
import { CJourneyDocumentBuilder, CJourneyWorkspaceManager } from './cjourney-workspace.js';
import { CJourneyGeneratedModule, CJourneyGeneratedSharedModule } from './generated/module.js';
import { CJourneyFormatter } from './lsp/cjourney-formatter.js';
import { CJourneyLexerErrorMessageProvider, CJourneyParserErrorMessageProvider } from './parser-messages.js';
import { registerValidationChecks } from './validation/cjourney-validator.js';

/** Services this language adds to Langium's defaults (none yet beyond overrides). */
export type CJourneyAddedServices = Record<never, never>;

export type CJourneyServices = LangiumServices & CJourneyAddedServices;

/** Wires the language's own implementations over Langium's defaults. */
export const CJourneyModule: Module<CJourneyServices, PartialLangiumServices & CJourneyAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new CJourneyParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new CJourneyLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new CJourneyScopeComputation(services),
        ScopeProvider: services => new CJourneyScopeProvider(services)
    },
    lsp: {
        Formatter: () => new CJourneyFormatter()
    },
    validation: {
        DocumentValidator: services => new CJourneyDocumentValidator(services)
    }
};

export const CJourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new CJourneyWorkspaceManager(services),
        DocumentBuilder: services => new CJourneyDocumentBuilder(services)
    }
};

/**
 * Creates the shared services and the language services, as the Langium generator template
 * does. Without an LSP connection (command line, tests) the configuration is marked ready.
 */
export function createCJourneyServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; CJourney: CJourneyServices } {
    const shared = inject(createDefaultSharedModule(context), CJourneyGeneratedSharedModule, CJourneySharedModule);
    const CJourney = inject(createDefaultModule({ shared }), CJourneyGeneratedModule, CJourneyModule);
    shared.ServiceRegistry.register(CJourney);
    registerValidationChecks(CJourney);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CJourney };
}
