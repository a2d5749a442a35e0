/**
 * One ELK instance for the whole session (its first call pays a warm-up of 0.3–0.6 s) and a
 * cache of results by graph structure: when an edit changes only text that keeps every size,
 * the graph is the same and layout is skipped. elk.bundled.js runs in Node and in the
 * browser alike; it is loaded on first use, so views that need no ELK never pay for it.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';

let instance: Promise<ELK> | undefined;

async function elk(): Promise<ELK> {
    instance ??= import('elkjs/lib/elk.bundled.js').then(module => {
        // The bundle is CommonJS: its constructor is the module's default export (Node) or its `default` property (bundlers).
        const loaded = module as unknown as { default: (new () => ELK) | { default: new () => ELK } };
        const Constructor = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
        return new Constructor();
    });
    return instance;
}

const CACHE_SIZE = 16;
const cache = new Map<string, ElkNode>();

/** Lays out a graph, or returns the cached result of a graph with the same structure and sizes. */
export async function layoutWithElk(graph: ElkNode): Promise<ElkNode> {
    const key = JSON.stringify(graph);
    const cached = cache.get(key);
    if (cached) {
        // Refresh its place in the least-recently-used order.
        cache.delete(key);
        cache.set(key, cached);
        return structuredClone(cached);
    }
    const result = await (await elk()).layout(structuredClone(graph));
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) {
        cache.delete(cache.keys().next().value!);
    }
    return structuredClone(result);
}

/** How many layouts the cache answered; for tests and benchmarks. */
export function clearElkCache(): void {
    cache.clear();
}
