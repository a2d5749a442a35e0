/**
 * Fuzzing the language layer: mutated examples must never make parsing, linking, validation
 * or the journey model throw or hang, and what they produce must stay well-formed.
 * `npm test` runs a few hundred cases with a fixed seed; `npm run fuzz` runs 10,000.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { fuzzRuns, fuzzSeed, HANG_LIMIT_MS, mutatedText } from '../../../test-support/fuzz-mutations.js';
import { createCJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { DIAGNOSTIC_SEVERITY } from '../src/diagnostic-codes.js';
import { buildCjourneyModel } from '../src/model/build-model.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function exampleTexts(): string[] {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cjourney')) files.push(full);
    });
    walk(EXAMPLES);
    return files.sort().map(file => readFileSync(file, 'utf8'));
}

const KNOWN_CODES = new Set(Object.keys(DIAGNOSTIC_SEVERITY));

describe('fuzzing the language', () => {
    test('mutated journeys never crash or hang parsing, validation or the model', async () => {
        const { shared } = createCJourneyServices(EmptyFileSystem);
        await ensureBuiltinDocument(shared);
        const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = shared.workspace;
        let caseNumber = 0;
        await fc.assert(fc.asyncProperty(mutatedText(exampleTexts()), async text => {
            const uri = URI.parse(`file:///fuzz/case-${caseNumber++}.cjourney`);
            const started = performance.now();
            const document = LangiumDocumentFactory.fromString(text, uri);
            LangiumDocuments.addDocument(document);
            try {
                await DocumentBuilder.build([document], { validation: true });
                const lines = text.split(/\r\n|\r|\n/).length;
                for (const diagnostic of document.diagnostics ?? []) {
                    expect(KNOWN_CODES.has(String(diagnostic.code)), `code ${diagnostic.code}`).toBe(true);
                    expect(diagnostic.range.start.line).toBeLessThanOrEqual(lines);
                    expect(diagnostic.message.length).toBeGreaterThan(0);
                }
                const model = buildCjourneyModel(document);
                const json = JSON.stringify(model);
                expect(JSON.parse(json)).toEqual(model);
                for (const journey of model.journeys) {
                    const ids = journey.touchpoints.map(touchpoint => touchpoint.id);
                    expect(new Set(ids).size).toBe(ids.length);
                }
            } finally {
                await DocumentBuilder.update([], [uri]);
            }
            expect(performance.now() - started, 'a case took too long: a hang').toBeLessThan(HANG_LIMIT_MS);
        }), { numRuns: fuzzRuns(300), seed: fuzzSeed() });
    }, 600_000);
});
