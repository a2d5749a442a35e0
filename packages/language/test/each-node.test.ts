/**
 * The validation walk over a document's AST (validation/each-node.ts) is Langium's, made
 * cheaper per node: it gives every example exactly the diagnostics Langium's own walk gives,
 * and a cancelled build still stops inside a large document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cancellation, DefaultDocumentValidator, EmptyFileSystem, isOperationCancelled, URI, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCJourneyCoreServices } from '../src/cjourney-core-module.js';
import { buildSources } from '../src/load-sources-core.js';
import { validateEachNode } from '../src/validation/each-node.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

const examples = readdirSync(EXAMPLES)
    .filter(name => name.endsWith('.cjourney'))
    .sort()
    .map(name => ({ uri: `file:///examples/${name}`, text: readFileSync(`${EXAMPLES}/${name}`, 'utf8') }));

describe('the validation walk over the AST', () => {
    test("gives every example exactly the diagnostics of Langium's own walk", async () => {
        const { shared, CJourney } = createCJourneyCoreServices(EmptyFileSystem);
        const documents = await buildSources(shared, examples);
        const validator = CJourney.validation.DocumentValidator;
        // Langium's walk, on the same validator (so the same checks and rule severities) and documents.
        const langiumWalk = DefaultDocumentValidator.prototype['validateAstNodes'];
        const withLangiumWalk = Object.assign(Object.create(Object.getPrototypeOf(validator)), validator, {
            validateAstNodes: langiumWalk
        }) as typeof validator;
        expect(documents.length).toBeGreaterThan(5);
        for (const document of documents) {
            const ours = await validator.validateDocument(document);
            expect(ours, document.uri.toString()).toEqual(await withLangiumWalk.validateDocument(document));
        }
        expect(documents.some(document => (document.diagnostics ?? []).length > 0)).toBe(true);
    });

    test('a cancelled build stops inside a large document, as Langium reports cancellation', async () => {
        const { shared, CJourney } = createCJourneyCoreServices(EmptyFileSystem);
        const stages = Array.from({ length: 50 }, (_, s) => `  stage S${s} {\n    touchpoint T${s} { channel web emotion pleased }\n  }`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(
            `journey Big {\n${stages.join('\n')}\n}\n`,
            URI.parse('file:///big.cjourney')
        );
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        const visited: string[] = [];
        const nodeOptions = (node: AstNode) => {
            visited.push(node.$type);
            return { validateNode: true, validateChildren: true };
        };
        const walk = validateEachNode(
            document.parseResult.value,
            CJourney.validation.ValidationRegistry,
            {},
            () => undefined,
            nodeOptions,
            source.token
        );
        const error = await walk.then(
            () => undefined,
            (reason: unknown) => reason
        );
        expect(isOperationCancelled(error)).toBe(true);
        // Cancellation is noticed within a few dozen nodes, not after the whole document.
        expect(visited.length).toBeLessThan(80);
    });
});
