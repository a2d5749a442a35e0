import {
    DefaultWorkspaceManager,
    URI,
    type LangiumDocument,
    type LangiumDocumentFactory,
    type LangiumSharedCoreServices,
    type WorkspaceFolder
} from 'langium';
import { BUILTIN_DOCUMENT_URI, builtinChannelsText } from './builtins.js';

/** Adds the built-in channels library to every workspace the language server opens. */
export class CJourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        collector(createBuiltinDocument(this.documentFactory));
    }
}

export function createBuiltinDocument(factory: LangiumDocumentFactory): LangiumDocument {
    return factory.fromString(builtinChannelsText(), URI.parse(BUILTIN_DOCUMENT_URI));
}

/**
 * Adds the built-in channels library to a set of services that was not started by a
 * language client (command line, tests), and builds it so its channels are indexed.
 */
export async function ensureBuiltinDocument(shared: LangiumSharedCoreServices): Promise<void> {
    const documents = shared.workspace.LangiumDocuments;
    if (documents.hasDocument(URI.parse(BUILTIN_DOCUMENT_URI))) {
        return;
    }
    const document = createBuiltinDocument(shared.workspace.LangiumDocumentFactory);
    documents.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
}
