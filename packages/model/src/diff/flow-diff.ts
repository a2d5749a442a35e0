/** The flow part of a journey's diff: steps compared as multisets, so a repeated step counts. */
import type { Journey } from '../journey-model.js';
import { renamed } from './element-changes.js';
import type { ElementRef, FlowEdge } from './journey-diff.js';

/** Flow steps compared as multisets of `from -> to`, old ids read through renames. */
export function diffFlows(
    before: Journey,
    after: Journey,
    touchpointRenames: ReadonlyMap<string, string>
): { added: FlowEdge[]; removed: FlowEdge[] } {
    const key = (from: string, to: string) => `${from}\u0000${to}`;
    const remaining = new Map<string, number>();
    for (const step of before.flows) {
        const k = key(renamed(touchpointRenames, step.from), renamed(touchpointRenames, step.to));
        remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
    const edge = (journey: Journey, from: string, to: string): FlowEdge => ({
        from: touchpointRef(journey, from),
        to: touchpointRef(journey, to)
    });
    const added: FlowEdge[] = [];
    for (const step of after.flows) {
        const k = key(step.from, step.to);
        const count = remaining.get(k) ?? 0;
        if (count > 0) {
            remaining.set(k, count - 1);
        } else {
            added.push(edge(after, step.from, step.to));
        }
    }
    const removed: FlowEdge[] = [];
    for (const step of before.flows) {
        const k = key(renamed(touchpointRenames, step.from), renamed(touchpointRenames, step.to));
        const count = remaining.get(k) ?? 0;
        if (count > 0) {
            remaining.set(k, count - 1);
            removed.push(edge(before, step.from, step.to));
        }
    }
    return { added, removed };
}

function touchpointRef(journey: Journey, id: string): ElementRef {
    const touchpoint = journey.touchpoints.find(candidate => candidate.id === id);
    return touchpoint ? { id: touchpoint.id, title: touchpoint.title } : { id, title: id };
}
