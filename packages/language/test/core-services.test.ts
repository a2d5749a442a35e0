/**
 * The command line builds journeys on the language's core services (no editor features, so
 * it never loads the language server): every example gives the same diagnostics and the
 * same journey model as on the language server's services.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { loadSources } from '../src/load-sources.js';
import { loadSourcesCore } from '../src/load-sources-core.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

function journeyFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory()
            ? journeyFiles(path.join(folder, entry.name))
            : entry.name.endsWith('.cjourney')
              ? [path.join(folder, entry.name)]
              : []
    );
}

const sources = journeyFiles(EXAMPLES)
    .sort()
    .map(file => ({ uri: `file://${file}`, text: readFileSync(file, 'utf8') }));

describe('core services (command line) and language server services', () => {
    test('give every example the same diagnostics and the same model', async () => {
        const editor = await loadSources(sources);
        const core = await loadSourcesCore(sources);
        expect(sources.length).toBeGreaterThan(5);
        sources.forEach((source, index) => {
            expect(core.documents[index].diagnostics, source.uri).toEqual(editor.documents[index].diagnostics);
            expect(JSON.stringify(buildCjourneyModel(core.documents[index])), source.uri).toBe(
                JSON.stringify(buildCjourneyModel(editor.documents[index]))
            );
        });
    });

    test('have no editor features', async () => {
        const { services } = await loadSourcesCore([{ uri: 'file:///w/a.cjourney', text: 'persona Ann' }]);
        expect('lsp' in services).toBe(false);
    });
});
