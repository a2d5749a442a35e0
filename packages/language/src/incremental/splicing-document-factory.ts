/**
 * Langium's document factory, re-parsing only the touchpoint an edit fell into when it can
 * (touchpoint-splice.ts): the spliced document keeps its AST object, and the builder's later
 * phases read the splice from build-memory.ts.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type Mutable, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { noteSplice } from './build-memory.js';
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
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const splice = spliceTouchpoint(document.parseResult, text, parser);
            if (splice) {
                noteSplice(document, splice);
                return Promise.resolve(document.parseResult as ParseResult<T>);
            }
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
