/** Quick fixes, keyed on the diagnostic codes: each one applied, and the result re-checked. */
import { EmptyFileSystem } from 'langium';
import { testCodeAction } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction } from 'vscode-languageserver';
import { beforeEach, describe, expect, test } from 'vitest';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { loadSources } from '../src/load-sources.js';

let services: CJourneyServices;
beforeEach(async () => {
    const created = createCJourneyServices(EmptyFileSystem);
    await ensureBuiltinDocument(created.shared);
    services = created.CJourney;
});

/** Applies the quick fix whose title matches, and returns the new text and its diagnostic codes. */
async function applyFix(text: string, code: string, title: RegExp): Promise<{ text: string; codes: string[]; titles: string[] }> {
    const { services: loaded, documents } = await loadSources([{ uri: 'file:///w/main.cjourney', text }]);
    const document = documents[0];
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
    expect(diagnostics).toHaveLength(1);
    const actions = (
        (await loaded.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostics[0].range,
            context: { diagnostics }
        })) ?? []
    ).filter(CodeAction.is);
    const chosen = actions.find(candidate => title.test(candidate.title));
    expect(chosen, actions.map(candidate => candidate.title).join(' | ')).toBeDefined();
    const fixed = TextDocument.applyEdits(document.textDocument, chosen!.edit!.changes![document.uri.toString()]);
    const after = await loadSources([{ uri: 'file:///w/main.cjourney', text: fixed }]);
    return {
        text: fixed,
        codes: (after.documents[0].diagnostics ?? []).map(diagnostic => String(diagnostic.code)),
        titles: actions.map(candidate => candidate.title)
    };
}

describe('unresolved-reference', () => {
    const text = 'journey J {\n  stakeholder Sponsor\n  stage S {\n    touchpoint T { channel web owner Sponor }\n  }\n}\n';

    test('"did you mean": changes a misspelt name to the closest one', async () => {
        const result = await applyFix(text, 'unresolved-reference', /Change to 'Sponsor'/);
        expect(result.text).toContain('owner Sponsor }');
        expect(result.codes).not.toContain('unresolved-reference');
    });

    test('declares the missing stakeholder in the journey', async () => {
        const result = await applyFix(text, 'unresolved-reference', /Declare stakeholder 'Sponor'/);
        expect(result.text).toBe(
            'journey J {\n  stakeholder Sponor "Sponor"\n  stakeholder Sponsor\n  stage S {\n    touchpoint T { channel web owner Sponor }\n  }\n}\n'
        );
        expect(result.codes).not.toContain('unresolved-reference');
    });

    test('declares a missing channel or persona too', async () => {
        const channel = await applyFix(
            'journey J {\n  stage S { touchpoint T { channel kiosk } }\n}\n',
            'unresolved-reference',
            /Declare channel 'kiosk'/
        );
        expect(channel.text).toContain('  channel kiosk "kiosk"\n');
        const persona = await applyFix(
            'journey J {\n  stage S { touchpoint T { channel web persona Zed } }\n}\n',
            'unresolved-reference',
            /Declare persona 'Zed'/
        );
        expect(persona.codes).toEqual([]);
    });
});

/** The fix for `code` on `text` gives the text with `from` (its first occurrence) replaced by `to`, and nothing else changed. */
async function expectFixReplaces(text: string, code: string, from: string, to: string): Promise<void> {
    expect(text).toContain(from);
    await testCodeAction(services)(text, code, text.replace(from, to));
}

describe('single fixes (langium/test testCodeAction)', () => {
    test('invalid-value: replaces an unknown word with the suggestion', async () => {
        const text = 'journey J { stage S { touchpoint T { channel web emotion happy opportunity "x" } } }';
        await expectFixReplaces(text, 'invalid-value', 'happy', 'pleased');
    });

    test('pain-without-opportunity: adds an opportunity after the pain', async () => {
        const text = 'journey J {\n  stage S {\n    touchpoint T {\n      channel web\n      pain "Slow"\n    }\n  }\n}';
        await expectFixReplaces(
            text,
            'pain-without-opportunity',
            'pain "Slow"\n',
            'pain "Slow"\n      opportunity "What would make this moment better?"\n'
        );
    });

    test('pain-without-opportunity: inside a one-line touchpoint', async () => {
        const text = 'journey J { stage S { touchpoint T { channel web emotion angry } } }';
        await expectFixReplaces(text, 'pain-without-opportunity', 'angry', 'angry opportunity "What would make this moment better?"');
    });

    test('unused-persona and unused-channel: removes the declaration and its line', async () => {
        const step = '  stage S { touchpoint T { channel web } }\n';
        await expectFixReplaces(`journey J {\n  persona Ann\n${step}}`, 'unused-persona', '  persona Ann\n', '');
        await expectFixReplaces(
            `journey J {\n  channel Kiosk "Kiosk" offline\n${step}}`,
            'unused-channel',
            '  channel Kiosk "Kiosk" offline\n',
            ''
        );
    });

    test('duplicate-flow: removes the repeated step and keeps every other step', async () => {
        const stages =
            'journey J {\n  stage S { touchpoint A { channel web } touchpoint B { channel web } touchpoint C { channel web } touchpoint X { channel web } }\n';
        await expectFixReplaces(
            `${stages}  flow A -> B\n  flow X -> A -> B -> C\n}`,
            'duplicate-flow',
            'X -> A -> B -> C',
            'X -> A\n  flow B -> C'
        );
        await expectFixReplaces(`${stages}  flow X -> A -> B -> C\n  flow A -> B\n}`, 'duplicate-flow', '  flow A -> B\n', '');
    });

    test('self-loop: removes the step to itself', async () => {
        const stages = 'journey J {\n  stage S { touchpoint A { channel web } touchpoint B { channel web } }\n';
        await testCodeAction(services)(`${stages}  flow A -> B -> B\n}`, 'self-loop', `${stages}  flow A -> B\n}`);
    });

    test('duplicate-property: removes the ignored value', async () => {
        const text = 'journey J { stage S { touchpoint T { channel web emotion angry emotion pleased } } }';
        await expectFixReplaces(text, 'duplicate-property', 'emotion angry ', '');
    });
});
