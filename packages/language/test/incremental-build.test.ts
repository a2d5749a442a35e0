/**
 * Incremental builds (issue 17, part 1) give what a full build gives. A journey is opened in
 * the editor's way (a text document, then `DocumentBuilder.update` after every change, as the
 * language server does on `didChange`), edited step by step, and after every step its
 * diagnostics, its journey model and every CST position are compared with a document built
 * from scratch from the same text. Most edits fall inside a touchpoint, so most steps take
 * the incremental path (the test counts them); the others check the way back to full builds.
 * `npm test` runs a few hundred edit sequences; `npm run fuzz` 10,000.
 */
import fc from 'fast-check';
import { AstUtils, CstUtils, EmptyFileSystem, isLeafCstNode, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { exampleTexts, fuzzRuns, fuzzTest } from '@cjourney/test-support/fuzz-mutations';
import { offsetOf } from './touchpoint-edits.js';
import { inPlaceSerialOf, lastInPlaceChangeOf } from '../src/incremental/build-memory.js';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';

const JOURNEYS = exampleTexts().filter(text => /\btouchpoint\b/.test(text));
const URI_TEXT = 'file:///incremental/journey.cjourney';

/** What edits put into a journey: text and lines that keep a touchpoint valid where they go… */
const VALID_INSERTS = [
    'x',
    ' ',
    'é',
    '7',
    '\n      owner Nobody',
    '\n      channel web',
    '\n      emotion happy',
    '\n      action "Clicks"',
    '\n      opportunity O9 "Fix it" { owner Nobody }',
    '\n      persona Ghost',
    '\n      evidence Nowhere "said"',
    '\n      /* note */ goal "Done"'
];

/** …and what breaks it: quotes, braces, comments left open, words out of place. */
const OTHER_INSERTS = ['"', '\n', '{', '}', '/* note */', '/*', '// line\n', ' pain "It hurts"', '\n    touchpoint t9 "New" { }'];

interface Edit {
    /** Inside a touchpoint's body (after a property keyword) or anywhere. */
    readonly inTouchpoint: boolean;
    /** Inside a quoted text (anywhere: a title, a goal, a touchpoint's action), instead. */
    readonly inString?: boolean;
    /** Exactly here, instead. */
    readonly offset?: number;
    readonly at: number;
    readonly remove: number;
    readonly insert: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
    inTouchpoint: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    inString: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(6) }),
    insert: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...VALID_INSERTS) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHER_INSERTS, '') }
    )
});

/** Edits the fuzz property made, how many took the incremental path, and how many of those changed a string in place. */
const tally = { edits: 0, spliced: 0, valueEdits: 0 };

let editing: CJourneyServices;
let fresh: CJourneyServices;

beforeAll(async () => {
    editing = createCJourneyServices(EmptyFileSystem).CJourney;
    fresh = createCJourneyServices(EmptyFileSystem).CJourney;
    await ensureBuiltinDocument(editing.shared);
    await ensureBuiltinDocument(fresh.shared);
});

/** The journey as the editor holds it: each change goes to the language server as `didChange` does. */
class EditedJourney {
    private version = 1;
    private textDocument: TextDocument;
    spliced = 0;
    valueEdits = 0;

    private constructor(text: string) {
        this.textDocument = TextDocument.create(URI_TEXT, 'cjourney', this.version, text);
    }

    static async open(text: string): Promise<EditedJourney> {
        const journey = new EditedJourney(text);
        await journey.send();
        return journey;
    }

    get text(): string {
        return this.textDocument.getText();
    }

    get document(): LangiumDocument {
        return editing.shared.workspace.LangiumDocuments.getDocument(URI.parse(URI_TEXT))!;
    }

    async apply(edit: Edit): Promise<void> {
        const start = edit.offset ?? (edit.inString ? offsetInString(this.text, edit.at) : offsetOf(this.text, edit));
        const end = Math.min(this.text.length, start + edit.remove);
        const range = { start: this.textDocument.positionAt(start), end: this.textDocument.positionAt(end) };
        this.textDocument = TextDocument.update(this.textDocument, [{ range, text: edit.insert }], ++this.version);
        const rootBefore = this.document.parseResult.value;
        const changesBefore = inPlaceSerialOf(this.document);
        await this.send();
        if (this.document.parseResult.value === rootBefore) this.spliced++;
        const changedInPlace = inPlaceSerialOf(this.document) > changesBefore;
        if (changedInPlace && lastInPlaceChangeOf(this.document)?.change.kind === 'value') this.valueEdits++;
    }

    async close(): Promise<void> {
        editing.shared.workspace.TextDocuments.delete(URI_TEXT);
        await editing.shared.workspace.DocumentBuilder.update([], [URI.parse(URI_TEXT)]);
    }

    private async send(): Promise<void> {
        editing.shared.workspace.TextDocuments.set(this.textDocument);
        await editing.shared.workspace.DocumentBuilder.update([URI.parse(URI_TEXT)], []);
    }
}

/** Diagnostics, journey model and CST positions of a document, for comparison. */
function outcome(document: LangiumDocument) {
    const diagnostics = (document.diagnostics ?? []).map(diagnostic => JSON.stringify(diagnostic)).sort();
    return { diagnostics, model: buildCjourneyModel(document) };
}

/** Builds `text` from scratch in other services, with the options the editor's updates use. */
async function fullBuildOf(text: string): Promise<ReturnType<typeof outcome>> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = fresh.shared.workspace;
    const uri = URI.parse(URI_TEXT);
    if (LangiumDocuments.hasDocument(uri)) await DocumentBuilder.update([], [uri]);
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], editing.shared.workspace.DocumentBuilder.updateBuildOptions);
    return outcome(document);
}

/** Every leaf of the CST is where the text says it is: offsets, lines and columns. */
function expectPositionsMatch(document: LangiumDocument, text: string): void {
    const lines = TextDocument.create('file:///check', 'cjourney', 0, text);
    for (const leaf of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
        if (!isLeafCstNode(leaf)) continue;
        expect(leaf.range).toEqual({ start: lines.positionAt(leaf.offset), end: lines.positionAt(leaf.end) });
    }
}

/** An offset inside one of the text's one-line quoted strings (`at` picks which, and where in it). */
function offsetInString(text: string, at: number): number {
    const strings = [...text.matchAll(/"[^"\\\n]*"/g)];
    if (strings.length === 0) return 0;
    const pick = Math.min(strings.length - 1, Math.floor(at * strings.length));
    const string = strings[pick];
    const within = (at * strings.length - pick) * (string[0].length - 1);
    return string.index + 1 + Math.min(string[0].length - 2, Math.floor(within));
}

async function expectSameAsFullBuild(journey: EditedJourney): Promise<void> {
    const expected = await fullBuildOf(journey.text);
    const actual = outcome(journey.document);
    expect(actual.diagnostics).toEqual(expected.diagnostics);
    expect(actual).toEqual(expected);
    expectPositionsMatch(journey.document, journey.text);
}

describe('incremental builds', () => {
    test('an edit inside a touchpoint re-parses only that touchpoint and gives what a full build gives', async () => {
        const journey = await EditedJourney.open(JOURNEYS[0]);
        for (const insert of ['\n      owner Nobody', '\n      channel web', '\n      action "Clicks"', '\n      emotion happy']) {
            await journey.apply({ inTouchpoint: true, at: 0, remove: 0, insert });
            await expectSameAsFullBuild(journey);
        }
        expect(journey.spliced).toBe(4);
        await journey.close();
    });

    test('typing in a title outside every touchpoint changes the string in place and gives what a full build gives', async () => {
        const journey = await EditedJourney.open(JOURNEYS[0]);
        const title = /^journey \S+ "/m.exec(journey.text)!;
        const offset = title.index + title[0].length + 1;
        for (const insert of ['x', ' plus', 'é']) {
            await journey.apply({ inTouchpoint: false, at: 0, offset, remove: 0, insert });
            await expectSameAsFullBuild(journey);
        }
        await journey.apply({ inTouchpoint: false, at: 0, offset, remove: 3, insert: '' });
        await expectSameAsFullBuild(journey);
        expect(journey.valueEdits).toBe(4);
        await journey.close();
    });

    test("a title edit checks again only the journey and what holds it: a touchpoint's diagnostic is kept as it was", async () => {
        const text = 'journey J "Title" {\n  stage S {\n    touchpoint T {\n      emotion happy\n    }\n  }\n}\n';
        const journey = await EditedJourney.open(text);
        const [unknownEmotion] = journey.document.diagnostics!.filter(diagnostic => diagnostic.range.start.line === 3);
        expect(unknownEmotion.message).toContain("'happy' is not an emotion");
        await journey.apply({ inTouchpoint: false, at: 0, offset: text.indexOf('Title'), remove: 0, insert: 'New ' });
        expect(journey.valueEdits).toBe(1);
        expect(journey.document.diagnostics!.some(diagnostic => diagnostic === unknownEmotion)).toBe(true);
        await expectSameAsFullBuild(journey);
        await journey.close();
    });

    test('the touchpoint keeps its place in the AST, and references elsewhere follow it', async () => {
        const text = JOURNEYS.find(candidate => /\bflow\b/.test(candidate)) ?? JOURNEYS[0];
        const journey = await EditedJourney.open(text);
        await journey.apply({ inTouchpoint: true, at: 0.3, remove: 0, insert: '\n      pain "It hurts"' });
        expect(journey.spliced).toBe(1);
        const touchpoints = AstUtils.streamAst(journey.document.parseResult.value).filter(node => node.$type === 'Touchpoint');
        for (const touchpoint of touchpoints) {
            expect(
                (touchpoint.$container as unknown as Record<string, unknown[]>)[touchpoint.$containerProperty!][touchpoint.$containerIndex!]
            ).toBe(touchpoint);
        }
        await expectSameAsFullBuild(journey);
        await journey.close();
    });

    fuzzTest(
        'fuzz: after any sequence of edits an incremental build equals a full build',
        () =>
            fc.asyncProperty(fc.nat(JOURNEYS.length - 1), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), async (which, edits) => {
                const journey = await EditedJourney.open(JOURNEYS[which]);
                try {
                    for (const edit of edits) {
                        await journey.apply(edit);
                        await expectSameAsFullBuild(journey);
                    }
                } finally {
                    tally.edits += edits.length;
                    tally.spliced += journey.spliced;
                    tally.valueEdits += journey.valueEdits;
                    await journey.close();
                }
            }),
        { runs: fuzzRuns(150), timeout: 1_800_000 }
    );

    test('the fuzz edits took both paths: incremental for many, full for the rest', () => {
        expect(tally.spliced).toBeGreaterThan(tally.edits * 0.2);
        expect(tally.spliced).toBeLessThan(tally.edits);
        // Strings outside touchpoints changed in place: a title, a description, a persona's goal.
        expect(tally.valueEdits).toBeGreaterThan(tally.edits * 0.01);
    });
});
