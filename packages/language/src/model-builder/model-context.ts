/**
 * What every part of the model builder shares: the document being modelled (for locations),
 * unique ids per kind, and small helpers for optional facts.
 */
import { AstUtils, UriUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { isBuiltinDocumentUri } from '../builtins.js';
import { findFirstNodeForProperty } from '../cst-features.js';
import { isJourney } from '../generated/ast.js';
import {
    isVocabularyWord,
    type DefinitionScope,
    type ImageFile,
    type SourceLocation,
    type SourceRange,
    type VocabularyProperty
} from '@cjourney/model';
import type { TouchpointModels } from './touchpoint-models.js';

export interface BuildModelOptions {
    /** Turns a document URI into the `file` written in the model (e.g. a relative path). */
    fileName?: (uri: string) => string;
    /**
     * Reads what an image is (media type by content, size) from its URI, where files can be read
     * (the command line); without it the model names the image's path only.
     */
    describeImage?: (uri: string) => Omit<ImageFile, 'path'> | undefined;
    /** The previous build's touchpoint models, to reuse those that did not change (the language server's JourneyModels). */
    touchpoints?: TouchpointModels;
}

/** Knows the document being modelled, to write locations relative to it. */
export class ModelContext {
    readonly file: string;
    private readonly ownUri: string;

    constructor(
        document: LangiumDocument,
        private readonly options: BuildModelOptions
    ) {
        this.ownUri = document.uri.toString();
        this.file = this.fileName(this.ownUri);
    }

    get touchpoints(): TouchpointModels | undefined {
        return this.options.touchpoints;
    }

    fileName(uri: string): string {
        return this.options.fileName ? this.options.fileName(uri) : uri;
    }

    loc(node: AstNode): SourceLocation {
        const location: SourceLocation = { range: copyRange(node.$cstNode) };
        const name = findFirstNodeForProperty(node.$cstNode, 'name');
        if (name) {
            location.nameRange = copyRange(name);
        }
        const uri = AstUtils.getDocument(node).uri.toString();
        if (uri !== this.ownUri) {
            location.file = this.fileName(uri);
        }
        return location;
    }

    /** An image path written in `node`'s file, resolved against that file; undefined for a URL or an absolute path. */
    imageFile(node: AstNode, written: string | undefined): ImageFile | undefined {
        if (written === undefined || written === '' || /^[a-z][a-z0-9+.-]*:/i.test(written) || /^[/\\]/.test(written)) {
            return undefined;
        }
        const uri = UriUtils.resolvePath(UriUtils.dirname(AstUtils.getDocument(node).uri), written).toString();
        return { path: this.fileName(uri), ...this.options.describeImage?.(uri) };
    }

    scopeOf(node: AstNode): DefinitionScope {
        if (isBuiltinDocumentUri(AstUtils.getDocument(node).uri)) {
            return 'builtin';
        }
        return AstUtils.getContainerOfType(node, isJourney) ? 'journey' : 'shared';
    }
}

export function copyRange(cst: CstNode | undefined): SourceRange {
    const range = cst?.range;
    return {
        start: { line: range?.start.line ?? 0, character: range?.start.character ?? 0 },
        end: { line: range?.end.line ?? 0, character: range?.end.character ?? 0 }
    };
}

/** Assigns each node a unique id: its name, or `name_2`, `name_3`… for duplicates. */
export class IdRegistry {
    private readonly ids = new Map<AstNode, string>();
    private readonly taken = new Set<string>();

    assign(node: AstNode & { name: string }): string {
        const existing = this.ids.get(node);
        if (existing) {
            return existing;
        }
        const base = node.name || 'unnamed';
        let id = base;
        for (let n = 2; this.taken.has(id); n++) {
            id = `${base}_${n}`;
        }
        this.ids.set(node, id);
        this.taken.add(id);
        return id;
    }

    has(node: AstNode | undefined): boolean {
        return node !== undefined && this.ids.has(node);
    }

    idOf(node: AstNode | undefined): string | undefined {
        return node ? this.ids.get(node) : undefined;
    }

    /** Every node and its id, in the order they were assigned. */
    entries(): [AstNode, string][] {
        return [...this.ids];
    }

    isTaken(name: string): boolean {
        return this.taken.has(name);
    }
}

/**
 * What a reader calls an element: its title, else its name. A node the parser recovered
 * without a name (e.g. `channel` at the end of a broken line) falls back to its model id,
 * so every title of the model is a string, as its type says.
 */
export function titleOf(node: { title?: string; name?: string }, id: string): string {
    return node.title ?? (node.name || id);
}

/** What every stakeholder, persona, source and competitor starts with: its id, title and scope. */
export function definitionHead(
    node: AstNode & { title?: string; name?: string },
    id: string,
    context: ModelContext
): { id: string; title: string; scope: DefinitionScope } {
    return { id, title: titleOf(node, id), scope: context.scopeOf(node) };
}

/** `{ key: word }` when the word is one of the property's vocabulary, else `{}` (a misspelling is reported, not modelled). */
export function optionalWord<K extends string, P extends VocabularyProperty>(key: K, property: P, word: string | undefined) {
    return optional(key, isVocabularyWord(property, word) ? word : undefined);
}

/** The quoted text of a need, pain or opportunity; empty when the parser recovered the line without it. */
export function textOf(node: { text?: string }): string {
    return node.text ?? '';
}

/** `{ key: value }` when the value is defined, else `{}`: optional facts are omitted, never null. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

export function uniqueDefined(values: readonly (string | undefined)[]): string[] {
    return [...new Set(values.filter(isDefined))];
}
