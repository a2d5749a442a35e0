/**
 * Every property line of the grammar, walked through the whole pipeline: written in a
 * journey, it must parse, reach the model, show up as a change in the semantic diff, appear
 * in the Markdown export and in the hover of its element. The list comes from the grammar
 * (grammarProperties), so a property added to cjourney.langium fails here, naming the layer
 * that dropped it, until every layer handles it.
 */
import { buildCjourneyModel, grammarProperties, loadSources, type GrammarProperty } from '@cjourney/language';
import { diffJourneys, VOCABULARIES, vocabularyOf, type CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { exportMarkdown } from '../src/export/export-markdown.js';

/** Two elements each reference can name, declared in the journey below; outputs show their titles. */
const REFERENCE_VALUES: Readonly<Record<string, readonly [string, string]>> = {
    channel: ['C1', 'C2'],
    persona: ['P1', 'P2'],
    owner: ['S1', 'S2'],
    involves: ['S1', 'S2'],
    influences: ['S1', 'S2'],
    stage: ['A', 'B'],
    baseline: ['J1', 'J2'],
    by: ['S1', 'S2'],
    lane: ['L1', 'L2']
};

/** Properties whose value is more than one token: the written values and how outputs show them. */
const WRITTEN_VALUES: Readonly<Record<string, readonly [string, string]>> = {
    'Kpi.history': ['"2025" 17', '"2025" 42']
};
const SHOWN_VALUES: Readonly<Record<string, string>> = { '"2025" 42': '2025 42' };

const TITLES: Readonly<Record<string, string>> = {
    C1: 'Kiosk one',
    C2: 'Kiosk two',
    P1: 'Pat one',
    P2: 'Pia two',
    S1: 'Sam one',
    S2: 'Sue two',
    A: 'Arrive',
    B: 'Buy',
    L1: 'Lane one',
    L2: 'Lane two'
};

function valuesOf(property: GrammarProperty): readonly [string, string] {
    const written = WRITTEN_VALUES[`${property.type}.${property.name}`];
    if (written) {
        return written;
    }
    switch (property.value) {
        case 'text':
            return [`"Alpha ${property.name}"`, `"Bravo ${property.name}"`];
        case 'number':
            return ['17', '42'];
        case 'word': {
            const vocabulary = vocabularyOf(property.type, property.name);
            const words = vocabulary ? VOCABULARIES[vocabulary].map(entry => entry.word) : [];
            expect(
                words.length,
                `the word property ${property.type}.${property.name} has no word list in the model (vocabulary.ts)`
            ).toBeGreaterThan(1);
            return [words[0], words[1]];
        }
        case 'reference': {
            const values = REFERENCE_VALUES[property.name];
            expect(
                values,
                `no test values for the reference ${property.type}.${property.name}: add them to REFERENCE_VALUES`
            ).toBeDefined();
            return values;
        }
    }
}

/** A journey with the property written once in its element; the others are left empty. */
function journeyWith(property: GrammarProperty, value: string): string {
    const line = `${property.name} ${value}`;
    const at = (type: string) => (property.type === type ? line : '');
    const pain = property.type === 'Pain' ? `pain "Slow" ${line}` : '';
    // Lines of elements nested in a touchpoint, each in its own form.
    const nested =
        {
            Emotion: line,
            BlueprintEntry: `frontstage "Greets" ${line}`,
            LaneCell: `${line} "Cell"`,
            Opportunity: `opportunity "Idea" { ${line} }`
        }[property.type] ?? '';
    return `journey J1 "Jay one" { }
journey J2 "Jay two" { }
journey J "J" {
  ${at('Journey')}
  source R0 "R0" { ${at('Source')} }
  competitor X0 "X0" { ${at('Competitor')} }
  lane L1 "Lane one"
  lane L2 "Lane two"
  stakeholder S0 "S0" { ${at('Stakeholder')} }
  stakeholder S1 "Sam one"
  stakeholder S2 "Sue two"
  persona P1 "Pat one" { ${at('Persona')} }
  persona P2 "Pia two"
  channel C1 "Kiosk one"
  channel C2 "Kiosk two"
  stage A "Arrive" {
    ${at('Stage')}
    touchpoint T "T" { ${at('Touchpoint')} ${pain} ${nested} }
  }
  stage B "Buy" { touchpoint U "U" }
  kpi K "K" { ${at('Kpi')} }
}
`;
}

/** The element whose hover should tell the property, by the host type. */
const HOVERED: Readonly<Record<string, string>> = {
    Journey: 'journey J "J"',
    Source: 'source R0',
    Competitor: 'competitor X0',
    Emotion: 'touchpoint T',
    BlueprintEntry: 'touchpoint T',
    LaneCell: 'touchpoint T',
    Opportunity: 'touchpoint T',
    Stakeholder: 'stakeholder S0',
    Persona: 'persona P1',
    Stage: 'stage A',
    Touchpoint: 'touchpoint T',
    Pain: 'touchpoint T',
    Kpi: 'kpi K'
};

async function load(text: string) {
    const {
        documents: [document]
    } = await loadSources([{ uri: 'file:///walk/j.cjourney', text }]);
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message);
    return { errors, model: buildCjourneyModel(document, { fileName: () => 'j.cjourney' }) };
}

async function hoverText(text: string, element: string): Promise<string> {
    const {
        documents: [document],
        services
    } = await loadSources([{ uri: 'file:///walk/j.cjourney', text }]);
    const offset = text.indexOf(element) + element.indexOf(' ') + 1;
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    const contents = hover?.contents;
    return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : JSON.stringify(contents ?? '');
}

/** The model without source positions, so only what the text says is compared. */
function withoutLocations(model: CjourneyModel): string {
    return JSON.stringify(model, (key, value) => (key === 'loc' ? undefined : value));
}

/** How an output shows a value: a reference by its element's title, a text without its quotes. */
const shown = (value: string) => TITLES[value] ?? SHOWN_VALUES[value] ?? value.replace(/^"|"$/g, '');

/** The value as a whole word, so `high` is not found inside `higher`. */
const asWord = (value: string) => new RegExp(`(?<![\\w])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`);

describe.each(grammarProperties().map(property => [`${property.type}.${property.name}`, property] as const))(
    'the property %s',
    (_, property) => {
        const [before, after] = valuesOf(property);

        test('parses, reaches the model, and the diff reports changing it', async () => {
            const old = await load(journeyWith(property, before));
            const now = await load(journeyWith(property, after));
            expect(old.errors, 'parse or validation errors').toEqual([]);
            expect(now.errors, 'parse or validation errors').toEqual([]);
            expect(withoutLocations(now.model), 'the model does not hold the value').not.toBe(withoutLocations(old.model));
            const diff = diffJourneys([old.model], [now.model]);
            expect(diff.summary.identical, 'the semantic diff reports no change').toBe(false);
        });

        test('appears in the Markdown export', async () => {
            const { model } = await load(journeyWith(property, after));
            expect(exportMarkdown(model), 'the Markdown export does not show the value').toMatch(asWord(shown(after)));
        });

        test('appears in the hover of its element', async () => {
            const text = journeyWith(property, after);
            expect(await hoverText(text, HOVERED[property.type]), 'the hover does not show the value').toMatch(asWord(shown(after)));
        });
    }
);
