/** Outline, folding, semantic colouring and rename, with Langium's test helpers. */
import { EmptyFileSystem, URI } from 'langium';
import {
    expectFindReferences,
    expectFoldings,
    expectGoToDefinition,
    expectHighlight,
    expectSemanticToken,
    expectSymbols,
    expectWorkspaceSymbols,
    highlightHelper,
    parseDocument
} from 'langium/test';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
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

const JOURNEY = `stakeholder Ops "Operations" { type internal power high interest low }
journey Shop "Web shop" {
  persona Ann "Ann, buyer"
  stage Browse "Browse" {
    touchpoint Home "Home page" { channel web emotion pleased }
    touchpoint Search "Searches" { channel web }
  }
  stage Buy "Buy" {
    touchpoint Pay "Pays" { channel web owner Ops }
  }
  kpi Conv "Conversion" { stage Buy target 3% }
}`;

function kindName(kind: number): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}

function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${kindName(symbol.kind)} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children, depth + 1)
    ]);
}

describe('document symbols (outline and breadcrumbs)', () => {
    test('journey › stage › touchpoint, with kinds and readable details', async () => {
        await expectSymbols(services)({
            text: JOURNEY,
            disposeAfterCheck: true,
            assert: symbols =>
                expect(outline(symbols)).toEqual([
                    'Class Ops — Operations · power high, interest low',
                    'Module Shop — Web shop',
                    '  Interface Ann — Ann, buyer',
                    '  Namespace Browse — Browse',
                    '    Event Home — Home page · web · pleased',
                    '    Event Search — Searches · web',
                    '  Namespace Buy — Buy',
                    '    Event Pay — Pays · web',
                    '  Number Conv — Conversion'
                ])
        });
    });
});

describe('folding', () => {
    test('every multi-line element folds', async () => {
        await expectFoldings(services)({
            text: 'journey J {<|\n  stage A {<|\n    touchpoint T {<|\n      channel web\n    |>}\n  |>}\n|>}',
            disposeAfterCheck: true,
            assert: foldings => {
                expect(foldings.map(folding => [folding.startLine, folding.endLine])).toEqual([
                    [0, 5],
                    [1, 4],
                    [2, 3]
                ]);
            }
        });
    });
});

describe('semantic tokens', () => {
    test('declarations and references are coloured by kind, closed-list words as enum members', async () => {
        const highlight = highlightHelper(services);
        const tokens = await highlight(
            'stakeholder <|Ops|> { type <|internal|> }\njourney J { stage S { touchpoint <|T|> { channel <|web|> owner <|Ops|> emotion <|pleased|> } } flow <|T|> -> T }'
        );
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.event });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.event });
    });
});

describe('rename', () => {
    async function renameAt(newName: string, needle = 'Support') {
        const shared = 'stakeholder Support "Support team" { type internal }\n';
        const journey = 'journey J { stage S { touchpoint T { channel web owner Support involves Support } } }\n';
        const { services: loaded, documents } = await loadSources([
            { uri: 'file:///w/shared.cjourney', text: shared },
            { uri: 'file:///w/journey.cjourney', text: journey }
        ]);
        const document = documents[1];
        const offset = journey.indexOf(needle) + 1;
        return loaded.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset),
            newName
        });
    }

    test('renames the declaration and every reference across the workspace', async () => {
        const edit = await renameAt('Helpdesk');
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).sort()).toEqual([
            URI.parse('file:///w/journey.cjourney').toString(),
            URI.parse('file:///w/shared.cjourney').toString()
        ]);
        expect(
            Object.values(changes)
                .flat()
                .map(change => change.newText)
        ).toEqual(['Helpdesk', 'Helpdesk', 'Helpdesk']);
    });

    test('refuses a name that is not an identifier, or a keyword, with a message', async () => {
        await expect(renameAt('Help desk')).rejects.toThrow(/not a valid name/);
        await expect(renameAt('2nd')).rejects.toThrow(/not a valid name/);
        await expect(renameAt('stage')).rejects.toThrow(/keyword of the language/);
    });

    test('refuses to rename a built-in channel', async () => {
        await expect(renameAt('website', 'web')).rejects.toThrow(/Built-in channels cannot be renamed/);
    });
});

describe('definition, references, highlights and workspace symbols', () => {
    const text =
        'journey J {\n  stakeholder <|Cfo|>\n  stage S {\n    touchpoint <|T|> { channel web owner <|C<|>fo|> involves <|Cfo|> }\n  }\n  flow <|T|> -> <|T|>\n}';

    test('go to definition from a reference', async () => {
        await expectGoToDefinition(services)({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('find references of a stakeholder, declaration included', async () => {
        await expectFindReferences(services)({
            text: text.replace('<|T|> {', 'T {').replace('<|T|> -> <|T|>', 'T -> T'),
            includeDeclaration: true,
            disposeAfterCheck: true
        });
    });

    test('document highlights every occurrence of the name under the cursor', async () => {
        await expectHighlight(services)({
            text: text.replace('<|T|> {', 'T {').replace('<|T|> -> <|T|>', 'T -> T'),
            index: 0,
            rangeIndex: [0, 1, 2],
            disposeAfterCheck: true
        });
    });

    test('workspace symbols find shared and journey elements by name', async () => {
        await parseDocument(services, 'stakeholder Support "Support team"\njourney Shop { stage Cart { touchpoint Pay } }');
        await expectWorkspaceSymbols(services.shared)({ query: 'Sup', expectedSymbols: ['Support'] });
    });
});
