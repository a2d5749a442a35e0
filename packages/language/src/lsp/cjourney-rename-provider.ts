import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isBuiltinDocumentUri } from '../builtins.js';
import { invalidNameReason } from './name-rules.js';

/**
 * Renames an element and every reference to it across the workspace (Langium's default),
 * refusing names that would not parse, and built-in channels, with a message for the user.
 * A refusal is a normal answer (-32803 RequestFailed: the request was well formed), not a fault.
 */
export class CJourneyRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const reason = invalidNameReason(params.newName);
        if (reason) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, reason);
        }
        if (this.targetsBuiltin(document, params)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, 'Built-in channels cannot be renamed: declare your own channel instead.');
        }
        return super.rename(document, params);
    }

    private targetsBuiltin(document: LangiumDocument, params: RenameParams): boolean {
        const root = document.parseResult.value.$cstNode;
        const leaf =
            root &&
            CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        return target !== undefined && isBuiltinDocumentUri(AstUtils.getDocument(target).uri);
    }
}
