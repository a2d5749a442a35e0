/** Completion knows the domain: the right keywords, names of the right kind, words with meanings, snippets. */
import { EmptyFileSystem } from 'langium';
import { expectCompletion, parseDocument } from 'langium/test';
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { beforeEach, describe, expect, test } from 'vitest';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';

let services: CJourneyServices;
beforeEach(async () => {
    const created = createCJourneyServices(EmptyFileSystem);
    await ensureBuiltinDocument(created.shared);
    services = created.CJourney;
    // A shared definitions file elsewhere in the workspace.
    await parseDocument(
        services,
        'stakeholder Support "Support team" { type internal }\npersona Ann "Ann, buyer"\nchannel Kiosk "In-store kiosk" offline\n'
    );
});

const BUILTINS = ['web', 'app', 'email', 'sms', 'phone', 'chat', 'social', 'ads', 'store', 'event', 'mail', 'partner'];

async function itemsAt(text: string, index = 0): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await expectCompletion(services)({
        text,
        index,
        disposeAfterCheck: true,
        assert: completion => {
            items = completion.items;
        }
    });
    return items;
}

const labels = (items: CompletionItem[], kind?: CompletionItemKind) =>
    items
        .filter(item => kind === undefined || item.kind === kind)
        .map(item => item.label)
        .sort();

const JOURNEY = (cursorAt: string) => `journey Shop {
  stakeholder Cfo "Finance lead"
  persona Bob "Bob"
  channel Podcast "Podcast"
  stage Browse { touchpoint Home "Home page" { ${cursorAt} } }
  stage Buy { touchpoint Pay { channel web } }
}`;

describe('references offer only names of the expected kind, from everywhere they are visible', () => {
    test('version 2: personas after `for` in an emotion, the words of the new lists, and sources after `evidence`', async () => {
        expect(labels(await itemsAt(JOURNEY('persona Bob emotion pleased for <|>')))).toEqual(['Ann', 'Bob']);
        expect(labels(await itemsAt(JOURNEY('opportunity "x" { status <|> }')), CompletionItemKind.EnumMember)).toEqual([
            'doing',
            'done',
            'dropped',
            'idea',
            'planned'
        ]);
        expect(labels(await itemsAt('source Survey\n' + JOURNEY('evidence <|>')))).toContain('Survey');
    });

    test("channels after `channel`: the journey's, the shared ones and the twelve built-ins", async () => {
        const items = await itemsAt(JOURNEY('channel <|>'));
        expect(labels(items)).toEqual(['Kiosk', 'Podcast', ...BUILTINS].sort());
        expect(items.find(item => item.label === 'web')?.detail).toBe('built-in channel · Website');
        expect(items.find(item => item.label === 'Kiosk')?.detail).toBe('channel · In-store kiosk');
    });

    test('stakeholders after `owner` and `involves`', async () => {
        expect(labels(await itemsAt(JOURNEY('owner <|>')))).toEqual(['Cfo', 'Support']);
        expect(labels(await itemsAt(JOURNEY('involves Cfo, <|>')))).toEqual(['Cfo', 'Support']);
    });

    test('stakeholders after `needs` and `influences`', async () => {
        expect(labels(await itemsAt('journey J { stakeholder Cfo stage S { needs <|> } }'))).toEqual(['Cfo', 'Support']);
        expect(labels(await itemsAt('stakeholder Board { influences <|> }'))).toEqual(['Board', 'Support']);
    });

    test('touchpoints of every stage in a flow', async () => {
        expect(labels(await itemsAt(`${JOURNEY('channel web').slice(0, -1)}  flow Home -> <|>\n}`))).toEqual(['Home', 'Pay']);
    });

    test('stages in a KPI', async () => {
        expect(labels(await itemsAt(`${JOURNEY('channel web').slice(0, -1)}  kpi K { stage <|> }\n}`))).toEqual(['Browse', 'Buy']);
    });
});

describe("closed-list words come with their meaning, in the language's order", () => {
    test('emotion', async () => {
        const items = await itemsAt(JOURNEY('emotion <|>'));
        expect(items.map(item => item.label)).toEqual(['delighted', 'pleased', 'neutral', 'frustrated', 'angry']);
        expect(items[0].detail).toMatch(/Best on the scale/);
    });

    test('type, power, interest, attitude and better', async () => {
        expect(labels(await itemsAt('stakeholder S { type <|> }'))).toEqual(['customer', 'external', 'indirect', 'internal']);
        expect(labels(await itemsAt('stakeholder S { power <|> }'))).toEqual(['high', 'low', 'medium']);
        expect(labels(await itemsAt('stakeholder S { interest <|> }'))).toEqual(['high', 'low', 'medium']);
        expect(labels(await itemsAt('stakeholder S { attitude <|> }'))).toEqual(['blocker', 'champion', 'neutral', 'sceptic', 'supporter']);
        expect(labels(await itemsAt('journey J { kpi K { better <|> } }'))).toEqual(['higher', 'lower']);
    });
});

describe('keywords only where they are valid, and snippets', () => {
    test('at the top level: journey, stakeholder, persona and channel, with snippets', async () => {
        const items = await itemsAt('<|>');
        expect(labels(items, CompletionItemKind.Keyword)).toEqual(['channel', 'competitor', 'journey', 'persona', 'source', 'stakeholder']);
        expect(labels(items, CompletionItemKind.Snippet)).toEqual(['journey', 'stakeholder']);
        expect(items.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'journey')?.insertText).toContain(
            '${5:Awareness}'
        );
    });

    test('in a touchpoint: its properties, never `stage` or `journey`', async () => {
        const keywords = labels(await itemsAt(JOURNEY('<|>')), CompletionItemKind.Keyword);
        expect(keywords).toEqual([
            'action',
            'backstage',
            'channel',
            'description',
            'emotion',
            'evidence',
            'frontstage',
            'goal',
            'image',
            'involves',
            'lane',
            'moment',
            'opportunity',
            'owner',
            'pain',
            'persona',
            'support',
            'thought',
            'trigger'
        ]);
    });

    test('in a journey: its members, with stage, touchpoint-free', async () => {
        const items = await itemsAt('journey J {\n  <|>\n}');
        expect(labels(items, CompletionItemKind.Keyword)).toEqual([
            'baseline',
            'channel',
            'competitor',
            'description',
            'flow',
            'kpi',
            'lane',
            'objective',
            'persona',
            'source',
            'stage',
            'stakeholder',
            'state'
        ]);
        expect(labels(items, CompletionItemKind.Snippet)).toEqual(['kpi', 'stage', 'stakeholder']);
    });

    test('in a stage: a touchpoint snippet with choices of channels and emotions', async () => {
        const snippet = (await itemsAt('journey J { stage S { <|> } }')).find(item => item.kind === CompletionItemKind.Snippet);
        expect(snippet?.label).toBe('touchpoint');
        expect(snippet?.insertText).toContain('${3|web,app,email,sms,phone,chat,social,ads,store,event,mail,partner|}');
        expect(snippet?.insertText).toContain('${4|delighted,pleased,neutral,frustrated,angry|}');
    });
});

describe('robustness', () => {
    test('works in a file with syntax errors elsewhere', async () => {
        const text = `journey Broken { stage { touchpoint "oops" emotion } }\njourney Shop {\n  stakeholder Cfo\n  stage S { touchpoint T { owner <|> } }\n}`;
        expect(labels(await itemsAt(text))).toEqual(['Cfo', 'Support']);
    });
});

describe('clients with their own snippets', () => {
    test("initializationOptions { snippets: false } turns the server's snippets off", async () => {
        const created = createCJourneyServices(EmptyFileSystem);
        await ensureBuiltinDocument(created.shared);
        await created.shared.lsp.LanguageServer.initialize({
            processId: null,
            rootUri: null,
            capabilities: {},
            initializationOptions: { snippets: false }
        });
        let items: CompletionItem[] = [];
        await expectCompletion(created.CJourney)({
            text: '<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: completion => {
                items = completion.items;
            }
        });
        expect(labels(items, CompletionItemKind.Snippet)).toEqual([]);
        expect(labels(items, CompletionItemKind.Keyword)).toContain('journey');
    });
});
