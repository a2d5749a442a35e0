/** The formatter: one canonical layout, idempotent, never changing meaning. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { loadSources } from '../src/load-sources.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function exampleFiles(dir = EXAMPLES): string[] {
    return readdirSync(dir, { withFileTypes: true })
        .flatMap(entry => {
            const full = path.join(dir, entry.name);
            return entry.isDirectory() ? exampleFiles(full) : entry.name.endsWith('.cjourney') ? [full] : [];
        })
        .sort();
}

/** Formats a whole text with the language server's formatter. */
async function format(text: string): Promise<{ formatted: string; model: unknown }> {
    const uri = 'file:///workspace/formatted.cjourney';
    const { services, documents } = await loadSources([{ uri, text }]);
    const edits = await services.lsp.Formatter!.formatDocument(documents[0], {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true }
    });
    return {
        formatted: TextDocument.applyEdits(TextDocument.create(uri, 'cjourney', 0, text), edits),
        model: withoutLocations(buildCjourneyModel(documents[0]))
    };
}

/** The model without source locations, which formatting is allowed to move. */
function withoutLocations(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutLocations);
    if (value && typeof value === 'object') {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([key]) => key !== 'loc')
                .map(([key, inner]) => [key, withoutLocations(inner)])
        );
    }
    return value;
}

describe('formatting every example', () => {
    for (const file of exampleFiles()) {
        test(`${path.relative(EXAMPLES, file)}: idempotent, and the journey model is unchanged`, async () => {
            const original = readFileSync(file, 'utf8');
            const first = await format(original);
            const second = await format(first.formatted);
            expect(second.formatted).toBe(first.formatted);
            expect(first.model).toEqual((await format(original)).model);
            const { documents } = await loadSources([{ uri: 'file:///workspace/original.cjourney', text: original }]);
            expect(first.model).toEqual(
                withoutLocations({ ...buildCjourneyModel(documents[0]), file: 'file:///workspace/formatted.cjourney' })
            );
        });
    }
});

describe('the canonical layout', () => {
    let services: CJourneyServices;
    beforeAll(async () => {
        const created = createCJourneyServices(EmptyFileSystem);
        await ensureBuiltinDocument(created.shared);
        services = created.CJourney;
    });

    test('one property per line, two-space indentation, blank lines between blocks, spaced lists and flows', async () => {
        await expectFormatting(services)({
            options: { tabSize: 2, insertSpaces: true },
            before: [
                'stakeholder Ops { type internal   power low }',
                'journey J "Title" {   objective "Grow"',
                'stage A { touchpoint T "Visit" { channel web involves Ops ,Ops pain "Slow" evidence "Survey" opportunity "Cache" } }',
                '  stage B{touchpoint U}',
                'flow T->U   ->T',
                'kpi K { current 3 % target 5% benchmark 6% "Leader" }',
                '}'
            ].join('\n'),
            after: [
                'stakeholder Ops {',
                '  type internal',
                '  power low',
                '}',
                '',
                'journey J "Title" {',
                '  objective "Grow"',
                '',
                '  stage A {',
                '    touchpoint T "Visit" {',
                '      channel web',
                '      involves Ops, Ops',
                '      pain "Slow" evidence "Survey"',
                '      opportunity "Cache"',
                '    }',
                '  }',
                '',
                '  stage B {',
                '    touchpoint U',
                '  }',
                '',
                '  flow T -> U -> T',
                '',
                '  kpi K {',
                '    current 3%',
                '    target 5%',
                '    benchmark 6% "Leader"',
                '  }',
                '}'
            ].join('\n')
        });
    });

    test('comments keep their place and take the indentation of what follows', async () => {
        await expectFormatting(services)({
            options: { tabSize: 2, insertSpaces: true },
            before: 'journey J {\n// why this stage\n      stage A {\n   touchpoint T { channel web } // trailing\n}\n}',
            after: 'journey J {\n  // why this stage\n  stage A {\n    touchpoint T {\n      channel web\n    } // trailing\n  }\n}'
        });
    });
});
