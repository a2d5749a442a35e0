/**
 * Go to definition and find references, minus the built-in channels' library document.
 *
 * The built-in channels live in a document with a `builtin:` URI so that linking treats them
 * like declared channels, but no client can open that URI: Neovim opened an empty buffer and
 * raised a Lua error (issue 18, F3). So a built-in channel has no definition location (its
 * documentation is in the hover) and its declaration is not listed among its references.
 */
import type { CstNode, LangiumDocument, LeafCstNode } from 'langium';
import { DefaultDefinitionProvider, DefaultReferencesProvider, type GoToLink } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { isBuiltinDocumentUri } from '../builtins.js';

export class CJourneyDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        return super.findLinks(source).filter(link => !isBuiltinDocumentUri(link.targetDocument.uri));
    }
}

export class CJourneyReferencesProvider extends DefaultReferencesProvider {
    protected override getReferences(selectedNode: LeafCstNode, params: ReferenceParams, document: LangiumDocument): Location[] {
        return super.getReferences(selectedNode, params, document).filter(location => !isBuiltinDocumentUri(location.uri));
    }
}
