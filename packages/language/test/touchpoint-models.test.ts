/**
 * The journey model the language server keeps for each document (JourneyModels) builds again
 * only the touchpoints an edit changed, reusing the others' models (touchpoint-models.ts,
 * issue 17, part 3). Whatever the edits — inside a touchpoint, elsewhere, broken text — the
 * model after each one equals a model built from scratch from the same text; an edit inside
 * one touchpoint leaves every other touchpoint's model object as it was.
 */
import fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CjourneyModel } from '@cjourney/model';
import { exampleTexts, fuzzRuns, fuzzTest } from '@cjourney/test-support/fuzz-mutations';
import { offsetOf, TOUCHPOINT_HEAD } from './touchpoint-edits.js';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { loadSources } from '../src/load-sources.js';

const JOURNEYS = exampleTexts().filter(text => /\btouchpoint\b/.test(text));
const URI_TEXT = 'file:///touchpoint-models/journey.cjourney';
const INSERTS = [
    'x',
    ' ',
    '\n      owner Nobody',
    '\n      action "Clicks"',
    '\n      emotion happy',
    '"',
    '}',
    '\n',
    '\n    persona P9 "New"'
];

interface Edit {
    inTouchpoint: boolean;
    at: number;
    remove: number;
    insert: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
    inTouchpoint: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(6) }),
    insert: fc.constantFrom(...INSERTS, '')
});

let services: CJourneyServices;

beforeAll(async () => {
    services = createCJourneyServices(EmptyFileSystem).CJourney;
    await ensureBuiltinDocument(services.shared);
});

/** A document edited as the editor does (`didChange` → DocumentBuilder.update), its model read after every edit. */
class EditedJourney {
    private version = 1;
    private textDocument: TextDocument;

    constructor(text: string) {
        this.textDocument = TextDocument.create(URI_TEXT, 'cjourney', this.version, text);
    }

    get text(): string {
        return this.textDocument.getText();
    }

    get document(): LangiumDocument {
        return services.shared.workspace.LangiumDocuments.getDocument(URI.parse(URI_TEXT))!;
    }

    /** The model the server keeps (the one the preview gets). */
    model(): CjourneyModel {
        return services.model.JourneyModels.get(this.document);
    }

    async apply(edit: Edit): Promise<void> {
        const start = offsetOf(this.text, edit);
        const end = Math.min(this.text.length, start + edit.remove);
        const range = { start: this.textDocument.positionAt(start), end: this.textDocument.positionAt(end) };
        this.textDocument = TextDocument.update(this.textDocument, [{ range, text: edit.insert }], ++this.version);
        await this.send();
    }

    async send(): Promise<void> {
        services.shared.workspace.TextDocuments.set(this.textDocument);
        await services.shared.workspace.DocumentBuilder.update([URI.parse(URI_TEXT)], []);
    }

    async close(): Promise<void> {
        services.shared.workspace.TextDocuments.delete(URI_TEXT);
        await services.shared.workspace.DocumentBuilder.update([], [URI.parse(URI_TEXT)]);
    }
}

async function modelFromScratch(text: string): Promise<CjourneyModel> {
    const { documents } = await loadSources([{ uri: URI_TEXT, text }]);
    return buildCjourneyModel(documents[0]);
}

describe('the journey model after an edit', () => {
    test('an edit inside a touchpoint builds that touchpoint again and reuses every other touchpoint model', async () => {
        const text = JOURNEYS.reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest));
        const journey = new EditedJourney(text);
        await journey.send();
        const before = journey.model().journeys.flatMap(j => j.touchpoints);
        const heads = [...text.matchAll(TOUCHPOINT_HEAD)];
        // Inside the middle touchpoint's title: one character.
        await journey.apply({ inTouchpoint: true, at: (heads.length - 1) / (2 * heads.length) + 0.0001, remove: 0, insert: 'x' });
        const after = journey.model();
        const touchpoints = after.journeys.flatMap(j => j.touchpoints);
        const reused = touchpoints.filter((touchpoint, index) => touchpoint === before[index]);
        expect(touchpoints.filter(touchpoint => touchpoint.title.includes('x')).length).toBeGreaterThan(0);
        expect(reused.length).toBe(touchpoints.length - 1);
        expect(JSON.stringify(after)).toBe(JSON.stringify(await modelFromScratch(journey.text)));
        await journey.close();
    });

    fuzzTest(
        'fuzz: after any sequence of edits the model equals one built from scratch',
        () =>
            fc.asyncProperty(fc.nat(JOURNEYS.length - 1), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), async (which, edits) => {
                const journey = new EditedJourney(JOURNEYS[which]);
                await journey.send();
                journey.model();
                try {
                    for (const edit of edits) {
                        await journey.apply(edit);
                        expect(JSON.stringify(journey.model())).toBe(JSON.stringify(await modelFromScratch(journey.text)));
                    }
                } finally {
                    await journey.close();
                }
            }),
        { runs: fuzzRuns(120), timeout: 300_000 }
    );
});
