/**
 * The reference index, built when it is read rather than after every build (issue 17).
 * Langium describes every resolved reference of a document after linking it (one object per
 * reference, with its path and range): 16 ms of each keystroke at 1,000 touchpoints. Only
 * find-references, rename and the question "does this document use a changed file?" read
 * that index, and the last is asked of the other documents of the workspace, not of the one
 * being typed in, which its links answer without describing anything. So a document's
 * references are described on the first find-references or rename after its build, from
 * the same links, and a later change drops them as Langium's index does.
 */
import { keptWhileLinked } from './build-memory.js';
import {
    AstUtils,
    isReference,
    DefaultIndexManager,
    DefaultReferenceDescriptionProvider,
    type AstNode,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type ReferenceDescription,
    type Stream,
    type URI
} from 'langium';

/** Describes a document's references at once (Langium's provider awaits between nodes, so it cannot be read lazily). */
export class CJourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    describeNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            AstUtils.streamReferences(node).forEach(info => {
                if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
            });
        }
        return descriptions;
    }
}

export class LazyReferenceIndexManager extends DefaultIndexManager {
    /** Documents linked since their references were last described. */
    private readonly undescribed = new Map<string, LangiumDocument>();
    private readonly shared: LangiumSharedCoreServices;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.shared = services;
    }

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.undescribed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.undescribed.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.undescribed.keys()]) this.describe(uri);
        return super.findAllReferences(targetNode, astNodePath);
    }

    /** Whether the document refers to one of the changed files (from its links: see outgoingOf). */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        for (const uri of outgoingOf(document).files) if (changedUris.has(uri)) return true;
        return false;
    }

    private describe(uri: string): void {
        const document = this.undescribed.get(uri);
        if (!document) return;
        this.undescribed.delete(uri);
        const provider = this.shared.ServiceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        this.referenceIndex.set(uri, (provider as CJourneyReferenceDescriptionProvider).describeNow(document));
    }
}

/** The other files a document's references resolve into, and whether any does not resolve. */
interface Outgoing {
    readonly files: ReadonlySet<string>;
    readonly unresolved: boolean;
}

const outgoing = new WeakMap<LangiumDocument, { references: unknown; count: number; value: Outgoing }>();

/**
 * Asked of every document of the workspace on every update: walking all their references
 * each time cost more than the keystroke's own build (300 files).
 */
export function outgoingOf(document: LangiumDocument): Outgoing {
    return keptWhileLinked(outgoing, document, () => readOutgoing(document));
}

function readOutgoing(document: LangiumDocument): Outgoing {
    const own = document.parseResult.value;
    const files = new Set<string>();
    const roots = new Set<AstNode>();
    let unresolved = false;
    const add = (target: AstNode | undefined) => {
        const root = target && AstUtils.findRootNode(target);
        if (!root || root === own || roots.has(root)) return;
        roots.add(root);
        if (root.$document) files.add(root.$document.uri.toString());
    };
    for (const reference of document.references) {
        if (reference.error) unresolved = true;
        else if (isReference(reference)) add(reference.ref);
        else reference.items.forEach(item => add(item.ref));
    }
    return { files, unresolved };
}
