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

/** The quick fixes offered for the first diagnostic with `code`, and the text after applying the one titled `title`. */
async function fixesFor(text: string, code: string, title?: string): Promise<{ titles: string[]; fixed?: string; codesAfter?: string[] }> {
    const {
        services,
        documents: [document]
    } = await loadSources([{ uri: URI, text }]);
    const diagnostic = (document.diagnostics ?? []).find(candidate => candidate.code === code);
    expect(diagnostic, `no ${code} in ${JSON.stringify(document.diagnostics)}`).toBeDefined();
    const actions = (
        (await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: URI },
            range: diagnostic!.range,
            context: { diagnostics: [diagnostic!] }
        })) ?? []
    ).filter(CodeAction.is);
    const chosen = actions.find(candidate => candidate.title === title);
    if (!chosen) {
        return { titles: actions.map(candidate => candidate.title) };
    }
    const fixed = TextDocument.applyEdits(document.textDocument, chosen.edit!.changes![URI]);
    const after = await loadSources([{ uri: URI, text: fixed }]);
    return {
        titles: actions.map(candidate => candidate.title),
        fixed,
        codesAfter: (after.documents[0].diagnostics ?? []).map(candidate => String(candidate.code))
    };
}

describe('unresolved-reference: declare a missing source, competitor or lane', () => {
    test('an unknown source is declared at the top of the journey; the evidence then resolves', async () => {
        const text = 'journey J {\n  stage S {\n    touchpoint T { pain "Slow" evidence Survey "42% say so" }\n  }\n}\n';
        const result = await fixesFor(text, 'unresolved-reference', "Declare source 'Survey' in this journey");
        expect(result.fixed).toBe(
            'journey J {\n  source Survey "Survey"\n  stage S {\n    touchpoint T { pain "Slow" evidence Survey "42% say so" }\n  }\n}\n'
        );
        expect(result.codesAfter).not.toContain('unresolved-reference');
    });

    test('an unknown competitor of a benchmark is declared', async () => {
        const text = 'journey J {\n  stage S { touchpoint T { channel web } }\n  kpi K { stage S current 3 benchmark 2 Rival }\n}\n';
        const result = await fixesFor(text, 'unresolved-reference', "Declare competitor 'Rival' in this journey");
        expect(result.fixed).toContain('journey J {\n  competitor Rival "Rival"\n');
        expect(result.codesAfter).not.toContain('unresolved-reference');
    });

    test("an unknown lane of a touchpoint's cell is declared in its journey", async () => {
        const text = 'journey J {\n  stage S { touchpoint T { lane Promise "Free returns" } }\n}\n';
        const result = await fixesFor(text, 'unresolved-reference', "Declare lane 'Promise' in this journey");
        expect(result.fixed).toContain('journey J {\n  lane Promise "Promise"\n');
        expect(result.codesAfter).not.toContain('unresolved-reference');
    });
});

describe('opportunity-without-owner: set an owner', () => {
    const text = `journey J {
  stakeholder Care "Customer care"
  stakeholder Web "Web team"
  stage S {
    touchpoint T {
      owner Web
      pain "Slow" evidence "Logs" {
        opportunity "Cache" {
          impact high
          status planned
        }
      }
    }
  }
}
`;

    test("every stakeholder in scope is offered, the touchpoint's owner first and preferred", async () => {
        const result = await fixesFor(text, 'opportunity-without-owner');
        expect(result.titles).toEqual(["Set the owner to 'Web'", "Set the owner to 'Care'"]);
    });

    test('the owner is written on its own line before status, and the hint is gone', async () => {
        const result = await fixesFor(text, 'opportunity-without-owner', "Set the owner to 'Care'");
        expect(result.fixed).toContain('          impact high\n          owner Care\n          status planned\n');
        expect(result.codesAfter).not.toContain('opportunity-without-owner');
    });

    test('in a one-line block the owner goes before status on the same line', async () => {
        const oneLine =
            'journey J { stakeholder Care "Care" stage S { touchpoint T { pain "P" evidence "e" { opportunity "O" { status doing } } } } }';
        const result = await fixesFor(oneLine, 'opportunity-without-owner', "Set the owner to 'Care'");
        expect(result.fixed).toContain('{ owner Care status doing }');
        expect(result.codesAfter).not.toContain('opportunity-without-owner');
    });
});
