/**
 * Fuzzing the language layer: mutated examples must never make parsing, linking, validation,
 * the journey model, the semantic diff, the formatter or the editor features (completion,
 * hover, quick fixes) throw or hang, and what they produce must stay well-formed.
 * `npm test` runs a few hundred cases per property with a fixed seed; `npm run fuzz` runs
 * 10,000 with a random one (the seed is printed on failure, to replay it with FUZZ_SEED).
 */
import fc from 'fast-check';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { beforeAll, describe, expect } from 'vitest';
import {
    fuzzTest,
    exampleTexts,
    HANG_LIMIT_MS,
    mutatedCase,
    mutatedText,
    offsetIn,
    relativeOffsets
} from '@cjourney/test-support/fuzz-mutations';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { DIAGNOSTIC_SEVERITY } from '../src/diagnostic-codes.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { type CjourneyModel, diffJourneys } from '@cjourney/model';

const KNOWN_CODES = new Set(Object.keys(DIAGNOSTIC_SEVERITY));
const EXAMPLES = exampleTexts();
const FUZZ_TIMEOUT = 1_800_000;

let services: CJourneyServices;
let caseNumber = 0;

beforeAll(async () => {
    const created = createCJourneyServices(EmptyFileSystem);
    await ensureBuiltinDocument(created.shared);
    services = created.CJourney;
});

/**
 * Builds `text` as a document of the workspace (parse, link, validate), runs `use` on it,
 * then removes it again; fails when the whole case takes longer than the hang limit.
 */
async function withDocument<T>(text: string, use: (document: LangiumDocument) => Promise<T> | T): Promise<T> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const uri = URI.parse(`file:///fuzz/case-${caseNumber++}.cjourney`);
    const started = performance.now();
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    try {
        await DocumentBuilder.build([document], { validation: true });
        // Langium turns a validation check that throws into a diagnostic: for us it is a crash.
        const failedChecks = (document.diagnostics ?? []).filter(diagnostic => diagnostic.message.startsWith('An error occurred during'));
        expect(failedChecks.map(diagnostic => diagnostic.message)).toEqual([]);
        return await use(document);
    } finally {
        await DocumentBuilder.update([], [uri]);
        expect(performance.now() - started, 'a case took too long: a hang').toBeLessThan(HANG_LIMIT_MS);
    }
}

function errorCount(document: LangiumDocument): number {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
}

function expectWellFormedModel(model: CjourneyModel): void {
    // Strict: a property the model's types require but the builder left undefined (e.g. the
    // text of a pain the parser recovered without its string) fails here, not in a consumer.
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    for (const journey of model.journeys) {
        const ids = journey.touchpoints.map(touchpoint => touchpoint.id);
        expect(new Set(ids).size).toBe(ids.length);
    }
}

describe('fuzzing the language', () => {
    fuzzTest(
        'fuzz: mutated journeys never crash or hang parsing, validation or the model',
        () =>
            fc.asyncProperty(mutatedText(EXAMPLES), text =>
                withDocument(text, document => {
                    const lines = text.split(/\r\n|\r|\n/).length;
                    for (const diagnostic of document.diagnostics ?? []) {
                        expect(KNOWN_CODES.has(String(diagnostic.code)), `code ${diagnostic.code}`).toBe(true);
                        expect(diagnostic.range.start.line).toBeLessThanOrEqual(lines);
                        expect(diagnostic.message.length).toBeGreaterThan(0);
                    }
                    expectWellFormedModel(buildCjourneyModel(document));
                })
            ),
        { timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: the semantic diff of a mutated journey against its original never crashes, and a model diffed with itself shows no change',
        () =>
            fc.asyncProperty(mutatedCase(EXAMPLES), async ({ original, text }) => {
                const before = await withDocument(original, document => buildCjourneyModel(document));
                const after = await withDocument(text, document => buildCjourneyModel(document));
                const forward = diffJourneys(before, after);
                const backward = diffJourneys(after, before);
                expect(JSON.parse(JSON.stringify(forward))).toEqual(forward);
                expect(JSON.parse(JSON.stringify(backward))).toEqual(backward);
                const unchanged = diffJourneys(after, after);
                expect(unchanged.journeys).toEqual([]);
                expect(unchanged.shared).toEqual([]);
            }),
        { timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: the formatter never crashes on a mutated journey, and its result parses with no more errors',
        () =>
            fc.asyncProperty(mutatedText(EXAMPLES), async text => {
                const { formatted, errorsBefore } = await withDocument(text, async document => {
                    const uri = document.uri.toString();
                    const edits = await services.lsp.Formatter!.formatDocument(document, {
                        textDocument: { uri },
                        options: { tabSize: 2, insertSpaces: true }
                    });
                    return {
                        formatted: TextDocument.applyEdits(TextDocument.create(uri, 'cjourney', 0, text), edits),
                        errorsBefore: errorCount(document)
                    };
                });
                const errorsAfter = await withDocument(formatted, errorCount);
                expect(errorsAfter, `formatted text:\n${formatted}`).toBeLessThanOrEqual(errorsBefore);
            }),
        { timeout: FUZZ_TIMEOUT }
    );

    fuzzTest(
        'fuzz: completion, hover and quick fixes answer at any offset of a mutated journey',
        () =>
            fc.asyncProperty(mutatedText(EXAMPLES), relativeOffsets, (text, offsets) =>
                withDocument(text, async document => {
                    const textDocument = { uri: document.uri.toString() };
                    for (const relative of offsets) {
                        const position = document.textDocument.positionAt(offsetIn(text, relative));
                        const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                        completion?.items.forEach(item => expect(item.label.length).toBeGreaterThan(0));
                        const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                        expect(hover === undefined || typeof hover.contents === 'object').toBe(true);
                    }
                    const diagnostics: Diagnostic[] = document.diagnostics ?? [];
                    for (const diagnostic of diagnostics) {
                        await services.lsp.CodeActionProvider!.getCodeActions(document, {
                            textDocument,
                            range: diagnostic.range,
                            context: { diagnostics: [diagnostic] }
                        });
                    }
                })
            ),
        { timeout: FUZZ_TIMEOUT }
    );
});
