/**
 * Langium's document factory, re-parsing only the touchpoint an edit fell into when it can
 * (touchpoint-splice.ts), or changing only the string value an edit typed into
 * (string-edit.ts): the document keeps its AST object, and the builder's later phases read
 * what changed from build-memory.ts.
 */
import {
    DefaultLangiumDocumentFactory,
    type AstNode,
    type LangiumCoreServices,
    type LangiumDocument,
    type Mutable,
    type ParseResult,
    type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { noteInPlaceChange } from './build-memory.js';
import { editStringValue } from './string-edit.js';
import { spliceTouchpoint } from './touchpoint-splice.js';

export class SplicingDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Documents being updated, by URI: `parseAsync` is only given the URI. */
    private readonly updating = new Map<string, LangiumDocument>();

    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>,
        cancellationToken: CancellationToken
    ): Promise<LangiumDocument<T>> {
        const uri = document.uri.toString();
        this.updating.set(uri, document);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(uri);
        }
    }

    protected override parseAsync<T extends AstNode>(
        uri: URI,
        text: string,
        cancellationToken: CancellationToken
    ): Promise<ParseResult<T>> {
        const document = this.updating.get(uri.toString());
        if (document?.parseResult) {
            if (changedInPlace(document, text, this.serviceRegistry.getServices(uri).parser)) {
                return Promise.resolve(document.parseResult as ParseResult<T>);
            }
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}

/** Re-parses the touchpoint the edit fell into, or changes the string it typed into; false when a full parse is needed. */
function changedInPlace(document: LangiumDocument, text: string, parser: LangiumCoreServices['parser']): boolean {
    const splice = spliceTouchpoint(document.parseResult, text, parser.LangiumParser);
    if (splice) {
        noteInPlaceChange(document, { kind: 'splice', splice });
        return true;
    }
    const valueEdit = editStringValue(document.parseResult, text, parser.ValueConverter);
    if (valueEdit) noteInPlaceChange(document, { kind: 'value', edit: valueEdit });
    return valueEdit !== undefined;
}
