import {
    DefaultDocumentBuilder,
    DefaultWorkspaceManager,
    URI,
    type LangiumDocument,
    type LangiumDocumentFactory,
    type LangiumSharedCoreServices,
    type WorkspaceFolder
} from 'langium';
import { BUILTIN_DOCUMENT_URI, builtinChannelsText } from './builtins.js';
import { isChannel, isJourneyFile, isPersona, isStakeholder } from './generated/ast.js';

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

/**
 * Files that declare shared (top-level) stakeholders, personas or channels are revalidated
 * whenever any journey changes: whether a shared persona is used, a shared key stakeholder
 * engaged or a shared name duplicated depends on the other files of the workspace.
 */
export class CJourneyDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris) || declaresSharedDefinitions(document);
    }
}

function declaresSharedDefinitions(document: LangiumDocument): boolean {
    const root = document.parseResult?.value;
    if (!isJourneyFile(root) || document.uri.toString() === BUILTIN_DOCUMENT_URI) {
        return false;
    }
    return root.elements.some(element => isStakeholder(element) || isPersona(element) || isChannel(element));
}
