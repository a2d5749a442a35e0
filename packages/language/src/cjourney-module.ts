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
import { CJourneyCoreModule, CJourneySharedCoreModule, type CJourneyAddedServices } from './cjourney-core-module.js';
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
import { registerValidationChecks } from './validation/cjourney-validator.js';

export type { CJourneyAddedServices } from './cjourney-core-module.js';

export type CJourneyServices = LangiumServices & CJourneyAddedServices;

/** The editor features (language server) over the language's core module (cjourney-core-module.ts). */
export const CJourneyModule: Module<CJourneyServices, PartialLangiumServices & CJourneyAddedServices> = {
    ...CJourneyCoreModule,
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
    }
};

export const CJourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new CJourneyNodeKindProvider(),
        DocumentUpdateHandler: services => new CJourneyDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new CJourneyWorkspaceSymbolProvider(services)
    },
    workspace: {
        ...CJourneySharedCoreModule.workspace,
        LangiumDocumentFactory: services => new CJourneyDocumentFactory(services),
        WorkspaceLock: () => new FinishingWorkspaceLock()
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
