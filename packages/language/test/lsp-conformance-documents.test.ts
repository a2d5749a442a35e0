/**
 * The documents as a client sees them through the real `cjourney-language-server --stdio`,
 * with hand-written JSON-RPC (issue 18):
 * - document sync: open, incremental change, save, close; closing without saving goes back
 *   to the file on disk, or forgets a file that has none, and re-validates the files that
 *   depended on it (F2); files created and deleted on disk (`didChangeWatchedFiles`);
 * - built-in channels are answered with locations every client can open, or none, and their
 *   documentation comes through hover (F3);
 * - `workspace/symbol` finds every named step of a journey, not only top-level definitions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RawLspClient, type Diagnostic } from './raw-lsp-client.js';
import { retailJourney, STAKEHOLDERS } from './retail-workspace.js';

const RETAIL = retailJourney(
    ['      emotion pleased', '      owner StoreTeam', '      pain "Queues at noon"', '      opportunity "Open a second till"'],
    ['  kpi Repeat "Repeat purchase rate" {', '    stage Visit', '    current 20', '    target 30', '  }']
);

/** The position of `needle` (its first occurrence) in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
    const offset = text.indexOf(needle) + shift;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const errors = (diagnostics: Diagnostic[]) =>
    diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message);

let client: RawLspClient;
let root: string;
const uriOf = (file: string) => pathToFileURL(path.join(root, file)).toString();

interface SymbolAnswer {
    name: string;
    kind: number;
    containerName?: string;
    location: { uri: string; range: { start: { line: number; character: number } } };
}
async function symbols(query: string): Promise<SymbolAnswer[]> {
    const answer = await client.request('workspace/symbol', { query });
    expect(answer.error).toBeUndefined();
    return answer.result as SymbolAnswer[];
}

beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cjourney-documents-'));
    mkdirSync(path.join(root, 'shared'));
    writeFileSync(path.join(root, 'shared/stakeholders.cjourney'), STAKEHOLDERS);
    writeFileSync(path.join(root, 'retail.cjourney'), RETAIL);
    client = new RawLspClient();
    await client.initialize(pathToFileURL(root).toString());
    client.open(uriOf('retail.cjourney'), RETAIL);
    expect(errors(await client.diagnostics(uriOf('retail.cjourney')))).toEqual([]);
}, 60_000);

afterAll(() => client?.stop());

describe('document sync', () => {
    test('an incremental change is applied to the open text; closing it unsaved goes back to the file on disk', async () => {
        const uri = uriOf('retail.cjourney');
        let mark = client.received.length;
        const at = positionOf(RETAIL, 'pleased');
        client.notify('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 'pleased'.length } }, text: 'happy' }]
        });
        const changed = await client.diagnostics(uri, found => found.some(diagnostic => diagnostic.code === 'invalid-value'), mark);
        expect(changed.find(diagnostic => diagnostic.code === 'invalid-value')?.range.start).toEqual(at);
        client.notify('textDocument/didSave', { textDocument: { uri } });
        mark = client.received.length;
        client.notify('textDocument/didClose', { textDocument: { uri } });
        const reverted = await client.diagnostics(uri, () => true, mark);
        expect(reverted.map(diagnostic => diagnostic.code)).not.toContain('invalid-value');
    });

    test('F2: closing an edited file without saving goes back to the file on disk, and its dependents are re-validated', async () => {
        const sharedUri = uriOf('shared/stakeholders.cjourney');
        client.open(sharedUri, STAKEHOLDERS);
        let mark = client.received.length;
        client.notify('textDocument/didChange', {
            textDocument: { uri: sharedUri, version: 2 },
            contentChanges: [{ text: STAKEHOLDERS.replace('StoreTeam', 'StoreCrew') }]
        });
        const broken = await client.diagnostics(uriOf('retail.cjourney'), found => errors(found).length > 0, mark);
        expect(errors(broken)).toEqual([expect.stringContaining("Unknown stakeholder 'StoreTeam'.")]);
        expect((await symbols('StoreCrew')).map(symbol => symbol.location.uri)).toEqual([sharedUri]);

        mark = client.received.length;
        client.notify('textDocument/didClose', { textDocument: { uri: sharedUri } });
        const after = await client.diagnostics(uriOf('retail.cjourney'), () => true, mark);
        expect(errors(after)).toEqual([]);
        expect((await symbols('StoreCrew')).map(symbol => symbol.name)).toEqual([]);
    });

    test('F2: closing a file that was never saved forgets it: its definitions and its diagnostics go', async () => {
        const draftUri = uriOf('draft.cjourney');
        client.open(draftUri, 'stakeholder Draftee "Not saved yet" { type internal power low interest low }\nchannel webb\n');
        await client.diagnostics(draftUri);
        expect((await symbols('Draftee')).map(symbol => symbol.location.uri)).toEqual([draftUri]);

        const mark = client.received.length;
        client.notify('textDocument/didClose', { textDocument: { uri: draftUri } });
        expect(await client.diagnostics(draftUri, () => true, mark)).toEqual([]);
        expect(await symbols('Draftee')).toEqual([]);
    });

    test('a file created on disk is read when the client reports it, and forgotten when it is deleted', async () => {
        const extra = path.join(root, 'extra.cjourney');
        writeFileSync(extra, 'stakeholder Extra "Created on disk" { type external power low interest low }\n');
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('extra.cjourney'), type: 1 }] });
        await expect
            .poll(async () => (await symbols('Extra')).map(symbol => symbol.location.uri), { timeout: 20_000 })
            .toEqual([uriOf('extra.cjourney')]);
        rmSync(extra);
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('extra.cjourney'), type: 3 }] });
        await expect.poll(async () => symbols('Extra'), { timeout: 20_000 }).toEqual([]);
    });
});

describe('built-in channels (F3)', () => {
    const at = positionOf(RETAIL, 'channel store', 'channel '.length + 1);

    test('go to definition on a built-in channel answers no location rather than one a client cannot open', async () => {
        const answer = await client.request('textDocument/definition', { textDocument: { uri: uriOf('retail.cjourney') }, position: at });
        expect(answer.error).toBeUndefined();
        expect(answer.result ?? []).toEqual([]);
    });

    test('find references on a built-in channel lists only files', async () => {
        const answer = await client.request('textDocument/references', {
            textDocument: { uri: uriOf('retail.cjourney') },
            position: at,
            context: { includeDeclaration: true }
        });
        const uris = (answer.result as { uri: string }[]).map(location => location.uri);
        expect(uris).toEqual([uriOf('retail.cjourney')]);
    });

    test("hover shows the built-in channel's documentation", async () => {
        const answer = await client.request('textDocument/hover', { textDocument: { uri: uriOf('retail.cjourney') }, position: at });
        expect((answer.result as { contents: { value: string } }).contents.value).toContain('A physical shop, branch or counter.');
    });

    test('workspace symbols list no built-in channel', async () => {
        expect((await symbols('store')).filter(symbol => !symbol.location.uri.startsWith('file:'))).toEqual([]);
    });
});

describe('workspace/symbol', () => {
    // Each symbol's location is its name, or an opportunity's text, where `at` starts.
    test.each([
        ['a journey', 'RetailRepurchase', 'RetailRepurchase "'],
        ['a stage', 'Visit', 'Visit "'],
        ['a touchpoint', 'Counter', 'Counter "'],
        ['a KPI', 'Repeat', 'Repeat "'],
        ['an opportunity, by its text', 'Open a second till', '"Open a second till"']
    ])('finds %s with its location', async (_kind, query, at) => {
        const found = (await symbols(query)).filter(symbol => symbol.name === query);
        expect(found.map(symbol => [symbol.location.uri, symbol.location.range.start])).toEqual([
            [uriOf('retail.cjourney'), positionOf(RETAIL, at)]
        ]);
    });

    test('names the container of a step', async () => {
        const [counter] = (await symbols('Counter')).filter(symbol => symbol.name === 'Counter');
        expect(counter.containerName).toBe('Visit');
    });
});
