import {
    AstUtils,
    DefaultScopeProvider,
    MultiMapScope,
    WorkspaceCache,
    type AstNode,
    type LangiumCoreServices,
    type ReferenceInfo,
    type Scope
} from 'langium';

/**
 * Langium's default scope provider filters a container's local symbols linearly on every
 * lookup; a journey holds every touchpoint, so linking a 1,000-touchpoint journey would
 * scan ~1,000 symbols for each of its ~4,000 references. This provider keeps the same
 * resolution order (innermost container first, then the workspace) but builds each
 * container's scope once per reference type as a hash map, and reuses it until the
 * workspace changes.
 */
export class CJourneyScopeProvider extends DefaultScopeProvider {
    private readonly scopeCache: WorkspaceCache<AstNode, Map<string, Scope>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeCache = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        return this.scopeOf(context.container, referenceType, context);
    }

    /** The scope seen from `node`: its own local symbols of the type, then its container's scope. */
    private scopeOf(node: AstNode, referenceType: string, context: ReferenceInfo): Scope {
        const byType = this.scopeCache.get(node, () => new Map());
        let scope = byType.get(referenceType);
        if (!scope) {
            const outer = node.$container
                ? this.scopeOf(node.$container, referenceType, context)
                : this.getGlobalScope(referenceType, context);
            const localSymbols = AstUtils.getDocument(node).localSymbols;
            scope = localSymbols?.has(node)
                ? new MultiMapScope(
                      localSymbols.getStream(node).filter(description => this.reflection.isSubtype(description.type, referenceType)),
                      outer
                  )
                : outer;
            byType.set(referenceType, scope);
        }
        return scope;
    }
}
