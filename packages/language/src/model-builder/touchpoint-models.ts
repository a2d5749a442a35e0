/**
 * The touchpoint models of a document's previous build, reused by the next build for every
 * touchpoint that did not change. The language server builds the journey model on every
 * edit for the live preview; an edit inside a touchpoint replaces only that touchpoint's AST
 * node (incremental/*), so the others keep their node objects. A touchpoint's model is a
 * function of its node, the ids of the definitions its references reach, and where it is
 * (ids, positions): it is reused only when the node is the same object, every definition
 * registry of its journey maps the same nodes to the same ids, and its id, stage, indexes and
 * source location are the same. Reused models are shared between builds, so nothing may
 * change a model after it is built. Unchanged touchpoints then keep their objects from one
 * model to the next, which also makes the preview's model delta cheap (model-delta.ts).
 */
import type { Touchpoint } from '@cjourney/model';
import type { Touchpoint as TouchpointNode } from '../generated/ast.js';
import type { IdRegistry } from './model-context.js';

/** What a journey's touchpoints are built against: its definition registries' nodes and ids, in order. */
export type JourneyEnvironment = readonly unknown[];

interface Entry {
    model: Touchpoint;
    environment: JourneyEnvironment;
}

export class TouchpointModels {
    private entries = new Map<TouchpointNode, Entry>();
    private next = new Map<TouchpointNode, Entry>();

    /** A build of the document starts: what it does not use again is forgotten when it finishes. */
    begin(): void {
        this.next = new Map();
    }

    finish(): void {
        this.entries = this.next;
        this.next = new Map();
    }

    /** The touchpoints of one journey, built against `environment`. */
    forJourney(environment: JourneyEnvironment): JourneyTouchpoints {
        return new JourneyTouchpoints(environment, this.entries, this.next);
    }
}

export class JourneyTouchpoints {
    /** Whether an earlier build's environment is this one, by environment (compared once each). */
    private readonly sameAs = new Map<JourneyEnvironment, boolean>();

    constructor(
        private readonly environment: JourneyEnvironment,
        private readonly previous: ReadonlyMap<TouchpointNode, Entry>,
        private readonly next: Map<TouchpointNode, Entry>
    ) {}

    /** The previous model of `node` when it still `fits` (id, place, location), else a newly built one. */
    modelOf(node: TouchpointNode, build: () => Touchpoint, fits: (model: Touchpoint) => boolean): Touchpoint {
        const entry = this.previous.get(node);
        const model = entry && this.isSame(entry.environment) && fits(entry.model) ? entry.model : build();
        this.next.set(node, { model, environment: this.environment });
        return model;
    }

    private isSame(earlier: JourneyEnvironment): boolean {
        let same = this.sameAs.get(earlier);
        if (same === undefined) {
            same = earlier.length === this.environment.length && earlier.every((value, index) => value === this.environment[index]);
            this.sameAs.set(earlier, same);
        }
        return same;
    }
}

/** The environment of a journey's touchpoints: each registry's nodes and ids, then the other journey-wide values they read. */
export function journeyEnvironment(registries: readonly IdRegistry[], values: readonly unknown[]): JourneyEnvironment {
    return [...registries.flatMap(registry => registry.entries().flat()), ...values];
}
