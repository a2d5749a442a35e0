/**
 * What closing a document means (issue 18, F2). Langium's default does nothing on
 * `didClose`, so the server kept the closed editor's unsaved text: discarding an edit of a
 * shared stakeholder file left every journey that used it with false "Unknown stakeholder"
 * errors, and a file that was never saved stayed defined.
 *
 * On close the server now goes back to the truth on disk: a file of the workspace that can
 * still be read is re-read and rebuilt; any other (never saved, deleted meanwhile, outside
 * the workspace folders, `untitled:`) is forgotten, and its diagnostics cleared. Either way
 * the documents that depended on it are relinked and re-validated by the document builder.
 */
import { URI, UriUtils, type FileSystemProvider, type WorkspaceManager } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isBuiltinDocumentUri } from '../builtins.js';

export class CJourneyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly workspace: WorkspaceManager;
    private readonly openDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.workspace = services.workspace.WorkspaceManager;
        this.openDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (isBuiltinDocumentUri(uri)) {
            return;
        }
        void this.onDisk(uri).then(readable => {
            // Reopened while the file was being read: the editor's text is the truth again.
            if (this.openDocuments.get(uri.toString())) {
                return;
            }
            if (readable) {
                this.fireDocumentUpdate([uri], []);
            } else {
                this.fireDocumentUpdate([], [uri]);
            }
        });
    }

    /** Whether the workspace has this file on disk; reading it also works for a client's file system. */
    private async onDisk(uri: URI): Promise<boolean> {
        const folders = this.workspace.workspaceFolders ?? [];
        if (!folders.some(folder => UriUtils.contains(folder.uri, uri))) {
            return false;
        }
        try {
            await this.fileSystem.readFile(uri);
            return true;
        } catch {
            return false;
        }
    }
}
