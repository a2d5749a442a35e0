/**
 * The live preview lays the map out again on every edit, reusing what the layout before built
 * for each touchpoint whose touchpoint, place and context are unchanged (layout-memo.ts,
 * issue 17, part 3). Whatever the edits — made as the preview receives them, a copy of the
 * last model sharing every part left alone — the map drawn with the memo is byte-identical
 * to one laid out from scratch.
 */
import fc from 'fast-check';
import { applyValueChanges, type CjourneyModel, type ModelValueChange, type ValuePathStep } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadExampleModels } from '@cjourney/test-support/examples';
import { checkFuzz, fuzzRuns } from '@cjourney/test-support/fuzz-mutations';
import { layout, LayoutMemo, renderScene, type LayoutOptions } from '../src/index.js';

let models: CjourneyModel[];
beforeAll(async () => {
    models = [...(await loadExampleModels()).values()].filter(model => model.journeys.some(journey => journey.touchpoints.length > 0));
});

type Leaf = { path: ValuePathStep[]; value: unknown };

function isTouchpointId(path: readonly ValuePathStep[]): boolean {
    const [, , part, , key, item] = path;
    return (
        (part === 'touchpoints' && key === 'id' && path.length === 5) ||
        (part === 'stages' && key === 'touchpointIds' && item !== undefined)
    );
}

/** Every value of the first journey that an edit can change: its texts, numbers and flags, and its arrays. */
function leavesOf(value: unknown, path: ValuePathStep[], into: Leaf[]): Leaf[] {
    if (value === null || typeof value !== 'object') {
        into.push({ path, value });
        return into;
    }
    if (Array.isArray(value)) {
        into.push({ path, value });
        value.forEach((item, index) => leavesOf(item, [...path, index], into));
    } else {
        for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], into);
    }
    return into;
}

/**
 * One change to a value anywhere in the journey: a text typed into or replaced by an id used
 * elsewhere, an id made another's of its kind (so element ids collide), a number moved, a
 * flag flipped, an item dropped.
 */
function changeOf(leaves: readonly Leaf[], all: readonly Leaf[], pick: number, text: string): ModelValueChange {
    const { path, value } = leaves[pick % leaves.length];
    const ids = all.filter(leaf => leaf.path.at(-1) === 'id' && leaf.value !== value);
    // A touchpoint's id, or a stage's list of them, made another touchpoint's: a step drawn twice.
    const touchpointId = ids.find(leaf => leaf.path[2] === 'touchpoints')?.value;
    if (isTouchpointId(path) && typeof touchpointId === 'string') return { path, value: touchpointId };
    const anId = ids[pick % Math.max(1, ids.length)]?.value;
    if (typeof value === 'string') return { path, value: text === 'an id' && typeof anId === 'string' ? anId : value + text };
    if (typeof value === 'number') return { path, value: value + 1 };
    if (typeof value === 'boolean') return { path, value: !value };
    if (Array.isArray(value)) return { path, value: value.slice(1) };
    return { path, value: text };
}

/**
 * Where an edit lands: anywhere in the journey, or in one of the parts a card reads (its
 * touchpoint, the titles of personas, channels, stakeholders and sources, the flow).
 */
const PARTS = [
    '',
    'a title',
    'an id',
    'touchpoints',
    'personas',
    'channels',
    'stakeholders',
    'sources',
    'flows',
    'stages',
    'title'
] as const;

function inPart(leaf: Leaf, part: (typeof PARTS)[number]): boolean {
    if (part === 'a title') return leaf.path.at(-1) === 'title';
    if (part === 'an id') return isTouchpointId(leaf.path);
    return part === '' || leaf.path[2] === part;
}

const stepArbitrary = fc.record({
    part: fc.constantFrom(...PARTS),
    pick: fc.nat(100_000),
    text: fc.constantFrom('x', ' and a much longer text that wraps onto more lines', 'é', '<&>', 'an id'),
    lanes: fc.constantFrom(undefined, ['touchpoints', 'emotion'], ['emotion', 'doing', 'pains', 'touchpoints']),
    firstPersonaOnly: fc.boolean()
});

/** The map as drawn: with or without the memo, the same SVG is expected. */
async function drawn(model: CjourneyModel, options: LayoutOptions): Promise<string | Error> {
    try {
        return renderScene(await layout(model, 'map', options), { paint: 'classes' });
    } catch (error) {
        // A change no model builder makes (an emotion that is no emotion) may stop the layout: then both must stop.
        return error as Error;
    }
}

describe('laying the map out again with the memo of the layout before', () => {
    test('fuzz: after any sequence of model edits, lane choices and persona filters, the map equals a fresh layout', async () => {
        let reused = 0;
        await checkFuzz(
            fc.asyncProperty(fc.nat(100), fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), async (which, steps) => {
                const memo = new LayoutMemo();
                let model = models[which % models.length];
                for (const step of steps) {
                    const journey = model.journeys[0];
                    const leaves = leavesOf(journey, ['journeys', 0], []);
                    const chosen = leaves.filter(leaf => inPart(leaf, step.part));
                    const change = changeOf(chosen.length > 0 ? chosen : leaves, leaves, step.pick, step.text);
                    model = applyValueChanges(model, [change]);
                    const personas = step.firstPersonaOnly ? model.journeys[0].personas.slice(0, 1).map(persona => persona.id) : undefined;
                    const options = { lanes: step.lanes, personas };
                    const remembered = await drawn(model, { ...options, memo });
                    reused += memo.reusedLast;
                    expect(remembered).toEqual(await drawn(model, options));
                }
            }),
            fuzzRuns(60)
        );
        expect(reused).toBeGreaterThan(0);
    }, 600_000);

    test('an edit of the journey’s title builds no card again, and the map’s marks are the objects drawn before', async () => {
        const model = models.reduce((most, candidate) =>
            candidate.journeys[0].touchpoints.length > most.journeys[0].touchpoints.length ? candidate : most
        );
        const memo = new LayoutMemo();
        const first = await layout(model, 'map', { memo });
        const next = applyValueChanges(model, [{ path: ['journeys', 0, 'title'], value: `${model.journeys[0].title}!` }]);
        const second = await layout(next, 'map', { memo });
        const touchpoints = model.journeys[0].touchpoints.length;
        // A card, its frame and its emotion point at least, for each touchpoint.
        expect(memo.reusedLast).toBeGreaterThanOrEqual(3 * touchpoints);
        const cards = (marks: typeof first.marks) => marks.filter(mark => mark.type === 'group' && mark.kind === 'touchpoint');
        expect(cards(second.marks)).toHaveLength(touchpoints);
        cards(second.marks).forEach((card, index) => expect(card).toBe(cards(first.marks)[index]));
        expect(renderScene(second)).toBe(renderScene(await layout(next, 'map', {})));
    });

    test('an edit of one touchpoint builds that touchpoint’s card again, and only that one', async () => {
        const model = models.find(candidate => candidate.journeys[0].touchpoints.length >= 6)!;
        const memo = new LayoutMemo();
        const first = await layout(model, 'map', { memo });
        const next = applyValueChanges(model, [{ path: ['journeys', 0, 'touchpoints', 2, 'title'], value: 'Renamed' }]);
        const second = await layout(next, 'map', { memo });
        const cards = (marks: typeof first.marks) => marks.filter(mark => mark.type === 'group' && mark.kind === 'touchpoint');
        const changed = cards(second.marks).filter((card, index) => card !== cards(first.marks)[index]);
        expect(changed.map(card => (card.type === 'group' ? card.modelId : ''))).toEqual([model.journeys[0].touchpoints[2].id]);
        expect(renderScene(second)).toBe(renderScene(await layout(next, 'map', {})));
    });
});
