/**
 * Hostile and huge input never breaks the language layer: a 5 MB file, 50 levels of
 * braces, unbalanced braces, a 5,000-touchpoint flow chain, 100,000-character strings and
 * ids named after JavaScript builtins all build (parse, link, validate) into located
 * diagnostics and a well-formed journey model; the diff and hover handle the builtin names.
 * Timings are measured in `npm run bench`, never asserted here.
 */
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    BUILTIN_NAMES,
    deepNesting,
    flowChain,
    generateJourney,
    journeyWithBuiltinIds,
    longStrings,
    unbalancedBraces
} from '@cjourney/test-support/hostile-input';
import { loadSources } from '../src/load-sources.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { type CjourneyModel, diffJourneys } from '@cjourney/model';

async function build(text: string, name = 'hostile.cjourney') {
    const { documents, services } = await loadSources([{ uri: `file:///hostile/${name}`, text }]);
    const document = documents[0];
    return { document, services, model: buildCjourneyModel(document), diagnostics: document.diagnostics ?? [] };
}

function errorsOf(document: LangiumDocument) {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1);
}

/** Every diagnostic points into the text, with a one-line message of sane length. */
function expectLocated(document: LangiumDocument): void {
    const lines = document.textDocument.lineCount;
    for (const diagnostic of document.diagnostics ?? []) {
        expect(diagnostic.range.start.line).toBeLessThan(lines);
        expect(diagnostic.range.end.line).toBeLessThan(lines);
        expect(diagnostic.message.length).toBeGreaterThan(0);
        expect(diagnostic.message.length, diagnostic.message.slice(0, 200)).toBeLessThan(400);
    }
}

function expectSerializable(model: CjourneyModel): void {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
}

describe('huge input', () => {
    test('a 5 MB file (25,000 touchpoints) builds into a model with every touchpoint', async () => {
        const text = generateJourney({ touchpoints: 25_000 });
        expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
        const { document, model } = await build(text);
        expect(errorsOf(document)).toEqual([]);
        expect(model.journeys[0].touchpoints).toHaveLength(25_000);
        expectLocated(document);
    }, 300_000);

    test('a 5,000-touchpoint flow chain: the path runs first to last, with no stack overflow', async () => {
        const { document, model } = await build(flowChain(5000));
        expect(errorsOf(document)).toEqual([]);
        const [chain] = model.journeys;
        expect(chain.flows).toHaveLength(4999);
        expect(chain.path).toHaveLength(5000);
        expect(chain.path[0]).toBe('Step1');
        expect(chain.path.at(-1)).toBe('Step5000');
        expectSerializable(model);
    }, 120_000);

    test('100,000-character strings stay whole in the model; messages quoting them are cut to one readable line', async () => {
        const { document, model } = await build(longStrings(100_000));
        expect(errorsOf(document)).toEqual([]);
        const touchpoint = model.journeys[0].touchpoints[0];
        expect(touchpoint.title).toHaveLength(100_000);
        expect(touchpoint.description).toHaveLength(100_000);
        expect(touchpoint.pains[0].text).toHaveLength(100_000);
        expectLocated(document);
        expect(model.journeys[0].title).toBe('J'.repeat(100_000));
    });
});

describe('broken structure', () => {
    test('50 levels of braces inside a touchpoint: located syntax errors, and the touchpoint is still in the model', async () => {
        const { document, model } = await build(deepNesting(50));
        expect(errorsOf(document).length).toBeGreaterThan(0);
        expect(errorsOf(document).every(diagnostic => diagnostic.code === 'syntax')).toBe(true);
        expectLocated(document);
        expect(model.journeys[0].touchpoints.map(touchpoint => touchpoint.id)).toEqual(['T']);
    });

    test('50 blocks opened and never closed: located errors, and a model of what was written', async () => {
        const { document, model } = await build(unbalancedBraces(50).opened);
        expect(errorsOf(document).some(diagnostic => diagnostic.code === 'syntax')).toBe(true);
        expectLocated(document);
        expect(model.journeys.map(journey => journey.id)).toEqual(['Open']);
        expectSerializable(model);
    });

    test('50 closing braces with nothing open: one located error, and the journey after them is whole', async () => {
        const { document, model } = await build(unbalancedBraces(50).closed);
        expect(errorsOf(document).map(diagnostic => [diagnostic.code, diagnostic.range.start.line])).toEqual([['syntax', 0]]);
        expect(model.journeys.map(journey => [journey.id, journey.touchpoints.length])).toEqual([['After', 1]]);
    });
});

describe('ids named after JavaScript builtins (__proto__, constructor, toString, hasOwnProperty…)', () => {
    const text = journeyWithBuiltinIds();

    test('link, validate and make a model like any other name', async () => {
        const { document, model } = await build(text);
        expect(errorsOf(document)).toEqual([]);
        const [journey] = model.journeys;
        expect(journey.id).toBe('__proto__');
        expect(journey.stages.map(stage => [stage.id, stage.touchpointIds])).toEqual([
            ['constructor', ['__proto__', 'constructor']],
            ['toString', ['toString', 'hasOwnProperty']]
        ]);
        expect(journey.path).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
        const byId = new Map(journey.stakeholders.map(stakeholder => [stakeholder.id, stakeholder]));
        expect(byId.get('constructor')).toMatchObject({ owns: ['__proto__', 'hasOwnProperty'], influences: ['toString', 'prototype'] });
        expect(byId.get('prototype')).toMatchObject({
            scope: 'shared',
            influencedBy: ['constructor'],
            needs: [expect.objectContaining({ stageId: 'constructor' })]
        });
        expect(journey.personas.map(persona => [persona.id, persona.touchpointIds])).toEqual([
            ['__proto__', ['__proto__', 'toString']],
            ['valueOf', ['constructor', 'hasOwnProperty']]
        ]);
        expect(journey.kpis.map(kpi => [kpi.id, kpi.stageId])).toEqual([
            ['__proto__', 'constructor'],
            ['valueOf', 'toString']
        ]);
        expect(Object.getPrototypeOf(journey)).toBe(Object.prototype);
        expectSerializable(model);
    });

    test('the diff pairs them by id and names them', async () => {
        const before = (await build(text, 'before.cjourney')).model;
        const after = (
            await build(text.replace('emotion angry', 'emotion pleased').replace('"Stage toString"', '"Stage renamed"'), 'after.cjourney')
        ).model;
        const diff = diffJourneys(before, after);
        expect(diff.journeys.map(journey => journey.id)).toEqual(['__proto__']);
        const [journey] = diff.journeys;
        expect(
            journey.touchpoints.map(touchpoint => [
                touchpoint.id,
                touchpoint.changes.map(change => (change.type === 'value' ? [change.property, change.before, change.after] : change.type))
            ])
        ).toEqual([['__proto__', [['emotion', 'angry', 'pleased']]]]);
        expect(journey.stages.map(stage => stage.id)).toEqual(['toString']);
        expect(diffJourneys(after, after).journeys).toEqual([]);
    });

    test('hover answers on every occurrence of every builtin name', async () => {
        const { document, services } = await build(text);
        const textDocument = { uri: document.uri.toString() };
        for (const name of BUILTIN_NAMES) {
            for (const match of text.matchAll(new RegExp(`(?<![\\w"])${name}(?![\\w"])`, 'g'))) {
                const position = document.textDocument.positionAt(match.index + 1);
                const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                expect(hover, `${name} at ${position.line + 1}:${position.character}`).toBeDefined();
            }
        }
    });
});
