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

    /**
     * Whether the document refers to one of the changed files, read from its links when its
     * references are not described: describing them all to answer this, for every document of
     * the workspace on the first edit of a shared file, cost time and tens of megabytes.
     */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (!this.undescribed.has(document.uri.toString())) return super.isAffected(document, changedUris);
        const own = document.parseResult.value;
        const roots = new Map<AstNode, boolean>();
        const inChanged = (target: AstNode | undefined): boolean => {
            if (!target) return false;
            const root = AstUtils.findRootNode(target);
            let answer = roots.get(root);
            if (answer === undefined) {
                const uri = root.$document?.uri.toString();
                roots.set(root, (answer = root !== own && uri !== undefined && changedUris.has(uri)));
            }
            return answer;
        };
        return document.references.some(reference =>
            isReference(reference) ? !reference.error && inChanged(reference.ref) : reference.items.some(item => inChanged(item.ref))
        );
    }

    private describe(uri: string): void {
        const document = this.undescribed.get(uri);
        if (!document) return;
        this.undescribed.delete(uri);
        const provider = this.shared.ServiceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        this.referenceIndex.set(uri, (provider as CJourneyReferenceDescriptionProvider).describeNow(document));
    }
}
