import {
    DefaultDocumentBuilder,
    DocumentState,
    type AstNode,
    type Cancellation,
    DefaultWorkspaceManager,
    URI,
    type LangiumDocument,
    type LangiumDocumentFactory,
    type LangiumSharedCoreServices,
    type WorkspaceFolder
} from 'langium';
import { BUILTIN_DOCUMENT_URI, builtinChannelsText } from './builtins.js';
import { isChannel, isJourneyFile, isPersona, isStakeholder } from './generated/ast.js';
import { forgetBuild, keepBuild, previousBuildOf, unlinkKept } from './incremental/build-memory.js';

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
 *
 * A changed document that was completely built keeps its scopes and links for the next
 * build (incremental/build-memory.ts) instead of dropping them as Langium does; they are
 * patched after a touchpoint splice, and given up in every other case.
 */
export class CJourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** Whether the update under way changes one document only (several may change each other's links). */
    private oneDocumentChanging = false;

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.oneDocumentChanging = changed.length === 1 && deleted.length === 0;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.oneDocumentChanging = false;
        }
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        const previous = previousBuildOf(document);
        const unparsedSinceKept = previous && !previous.splice && previous.root === document.parseResult.value;
        if (
            this.oneDocumentChanging &&
            state === DocumentState.Changed &&
            document.state >= DocumentState.Validated &&
            this.buildState.get(document.uri.toString())?.completed
        ) {
            keepBuild(document);
            // Kept resolved: Langium's reset would unlink them.
            document.references = [];
        } else if (previous && !(state === DocumentState.Changed && unparsedSinceKept)) {
            forgetBuild(document);
            if (previous.root === document.parseResult.value) unlinkKept(previous);
        }
        super.resetToState(document, state);
    }

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
