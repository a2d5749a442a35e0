/**
 * Between map elements and their source, in both directions: the source location of a
 * clicked element, and the element under the editor's cursor. Pure functions of the journey
 * model, shared by the preview and its tests.
 */
import type { CjourneyModel, Journey, SourceLocation, SourcePosition, SourceRange } from '@cjourney/model';
import type { ElementRef, NamedElementKind } from './protocol.js';

/** The journey a preview shows: the chosen one, else the file's first. */
export function journeyOf(model: CjourneyModel, journeyId: string | undefined): Journey | undefined {
    return model.journeys.find(journey => journey.id === journeyId) ?? model.journeys[0];
}

interface Located {
    ref: ElementRef;
    loc: SourceLocation;
}

/** Every element of the journey that has a place in the source, with its kind. */
function locatedElements(journey: Journey): Located[] {
    const entries: Located[] = [{ ref: { kind: 'journey', id: journey.id }, loc: journey.loc }];
    const add = (kind: NamedElementKind, items: readonly { id: string; loc?: SourceLocation }[]): void => {
        for (const item of items) {
            if (item.loc) entries.push({ ref: { kind, id: item.id }, loc: item.loc });
        }
    };
    add('stage', journey.stages);
    add('touchpoint', journey.touchpoints);
    add('stakeholder', journey.stakeholders);
    add('persona', journey.personas);
    add('channel', journey.channels);
    add('kpi', journey.kpis);
    return entries;
}

/** Where a map element is written (its own file in `loc.file` for shared definitions). */
export function locationOf(journey: Journey, ref: ElementRef): SourceLocation | undefined {
    const named = (kind: NamedElementKind, id: string) =>
        locatedElements(journey).find(entry => entry.ref.kind === kind && entry.ref.id === id)?.loc;
    const touchpoint = () => journey.touchpoints.find(item => item.id === ref.id);
    const at = <T>(items: readonly T[] | undefined): T | undefined => (ref.index === undefined ? undefined : items?.[ref.index]);
    switch (ref.kind) {
        case 'pain':
            return at(touchpoint()?.pains)?.loc;
        case 'opportunity':
            return at(touchpoint()?.opportunities)?.loc;
        case 'benchmark':
            return at(journey.kpis.find(kpi => kpi.id === ref.id)?.benchmarks)?.loc;
        case 'flow': {
            const step = at(journey.flows);
            return step && `${step.from}->${step.to}` === ref.id ? step.loc : undefined;
        }
        // The emotion and the details are written in the touchpoint.
        case 'emotion':
        case 'touchpoint-details':
            return named('touchpoint', ref.id);
        // An influence is written in the influencing stakeholder (`influences …`).
        case 'influence':
            return named('stakeholder', ref.id.split('->')[0]);
        default:
            return named(ref.kind, ref.id);
    }
}

/**
 * The most specific element written at `position` in the model's own file: a touchpoint
 * rather than its stage, a stage rather than the journey. Undefined outside every element.
 */
export function elementAt(journey: Journey, position: SourcePosition): ElementRef | undefined {
    let best: Located | undefined;
    for (const entry of locatedElements(journey)) {
        if (entry.loc.file === undefined && contains(entry.loc.range, position) && (!best || isInside(entry.loc.range, best.loc.range))) {
            best = entry;
        }
    }
    return best?.ref;
}

function compare(a: SourcePosition, b: SourcePosition): number {
    return a.line - b.line || a.character - b.character;
}

function contains(range: SourceRange, position: SourcePosition): boolean {
    return compare(range.start, position) <= 0 && compare(position, range.end) <= 0;
}

function isInside(inner: SourceRange, outer: SourceRange): boolean {
    return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

/** The stage written at `line` (0-based) of the model's own file, for scroll sync with the editor. */
export function stageAtLine(journey: Journey, line: number): string | undefined {
    return journey.stages.find(stage => {
        const loc = stage.loc;
        return loc !== undefined && loc.file === undefined && loc.range.start.line <= line && line <= loc.range.end.line;
    })?.id;
}
