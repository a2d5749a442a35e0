/** Mermaid export and import as functions: the round trip on every example. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCjourneyModel, loadSources, type Journey } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { exportMermaid } from '../src/export/mermaid.js';
import { parseMermaidJourney } from '../src/import/mermaid-parser.js';
import { mermaidToCjourney } from '../src/import/mermaid-to-cjourney.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

async function journeysOf(text: string, others: string[] = []): Promise<Journey[]> {
    const { documents } = await loadSources([text, ...others].map((content, index) => ({ uri: `file:///w/${index}.cjourney`, text: content })));
    expect((documents[0].diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
    return buildCjourneyModel(documents[0]).journeys;
}

function importMermaid(mermaid: string): string {
    const { journey, problems } = parseMermaidJourney(mermaid);
    expect(problems).toEqual([]);
    return mermaidToCjourney(journey);
}

const withoutLocations = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, inner) => (key === 'loc' ? undefined : inner)));

describe('Mermaid round trip on every example', () => {
    const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cjourney')).sort();
    const journeyFiles = files.filter(name => !name.startsWith('shared'));
    for (const example of journeyFiles) {
        // The other examples are the workspace, so shared definitions resolve.
        const shared = files.filter(name => name !== example).map(name => readFileSync(path.join(EXAMPLES, name), 'utf8'));
        test(`${example}: export → import → export → import keeps the journey; the import checks with no error`, async () => {
            const [journey] = await journeysOf(readFileSync(path.join(EXAMPLES, example), 'utf8'), shared);
            const first = importMermaid(exportMermaid(journey));
            const [imported] = await journeysOf(first);
            expect(imported.touchpoints.map(touchpoint => [touchpoint.title, touchpoint.emotion ?? 'neutral']))
                .toEqual(journey.touchpoints.map(touchpoint => [touchpoint.title, touchpoint.emotion ?? 'neutral']));
            expect(imported.stages.map(stage => stage.title)).toEqual(journey.stages.map(stage => stage.title));
            const [again] = await journeysOf(importMermaid(exportMermaid(imported)));
            expect(withoutLocations(again)).toEqual(withoutLocations(imported));
        });
    }
});
