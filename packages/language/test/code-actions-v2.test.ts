/**
 * The quick fix of `unlinked-opportunity` (contract, Version 2): each opportunity written
 * after a pain, in a touchpoint with several, is nested into the pain it followed — version
 * 1's reading — so the fixed file pairs them as version 1 did, explicitly.
 */
import { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { loadSources } from '../src/load-sources.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';

const URI = 'file:///w/main.cjourney';

/** Applies the quick fix of the first `unlinked-opportunity` hint until none is left. */
async function nestAll(text: string): Promise<{ text: string; titles: string[] }> {
    const titles: string[] = [];
    for (let round = 0; round < 10; round++) {
        const {
            services,
            documents: [document]
        } = await loadSources([{ uri: URI, text }]);
        const diagnostic = (document.diagnostics ?? []).find(candidate => candidate.code === 'unlinked-opportunity');
        if (!diagnostic) {
            return { text, titles };
        }
        const actions = (
            (await services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: URI },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic] }
            })) ?? []
        ).filter(CodeAction.is);
        expect(actions).toHaveLength(1);
        titles.push(actions[0].title);
        text = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![URI]);
    }
    throw new Error('the fix did not converge');
}

async function pairing(text: string) {
    const {
        documents: [document]
    } = await loadSources([{ uri: URI, text }]);
    const touchpoint = buildCjourneyModel(document).journeys[0].touchpoints[0];
    return touchpoint.opportunities.map(opportunity => [
        opportunity.text,
        opportunity.answersPain === undefined ? undefined : touchpoint.pains[opportunity.answersPain].text
    ]);
}

describe('unlinked-opportunity: nest it in the pain it follows', () => {
    const v1 = `journey J {
  stage S {
    touchpoint T {
      channel web
      pain "Slow" evidence "Logs"
      opportunity "Cache"
      opportunity "CDN"
      pain "Ugly" evidence "Survey"
      opportunity "Redesign"
    }
  }
}
`;

    test('each opportunity moves into a block of the pain written before it; the file then pairs them as version 1 read it', async () => {
        const fixed = await nestAll(v1);
        expect(fixed.titles).toEqual([
            "Nest it in the pain 'Slow' it follows",
            "Nest it in the pain 'Slow' it follows",
            "Nest it in the pain 'Ugly' it follows"
        ]);
        expect(fixed.text).toBe(`journey J {
  stage S {
    touchpoint T {
      channel web
      pain "Slow" evidence "Logs" { opportunity "Cache" opportunity "CDN" }
      pain "Ugly" evidence "Survey" { opportunity "Redesign" }
    }
  }
}
`);
        expect(await pairing(fixed.text)).toEqual([
            ['Cache', 'Slow'],
            ['CDN', 'Slow'],
            ['Redesign', 'Ugly']
        ]);
    });

    test('before the fix nothing is guessed: the opportunities answer no pain', async () => {
        expect(await pairing(v1)).toEqual([
            ['Cache', undefined],
            ['CDN', undefined],
            ['Redesign', undefined]
        ]);
    });

    test('a pain that has a block on several lines gets the opportunity as its last line', async () => {
        const text =
            'journey J {\n  stage S {\n    touchpoint T {\n      pain "Slow" {\n        evidence "Logs"\n      }\n      opportunity "Cache" { status idea }\n      pain "Ugly" evidence "x"\n    }\n  }\n}\n';
        const fixed = await nestAll(text);
        expect(fixed.text).toContain(
            '      pain "Slow" {\n        evidence "Logs"\n          opportunity "Cache" { status idea }\n      }\n      pain "Ugly"'
        );
        expect(await pairing(fixed.text)).toEqual([['Cache', 'Slow']]);
    });

    test('an opportunity written before every pain has no pain to move into: no fix is offered', async () => {
        const text = 'journey J { stage S { touchpoint T { opportunity "First" pain "A" evidence "x" pain "B" evidence "y" } } }';
        const {
            services,
            documents: [document]
        } = await loadSources([{ uri: URI, text }]);
        const diagnostic = (document.diagnostics ?? []).find(candidate => candidate.code === 'unlinked-opportunity')!;
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: URI },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });
});
