/**
 * "Go to symbol in workspace" in a 300-file workspace (issue 18): the real stdio server finds
 * a touchpoint by name among ~6,000 touchpoints and answers its exact location. How long the
 * answer takes is measured by `npm run bench -- lsp` (bench/suites/60-lsp.mjs) on the same
 * workspace, never asserted here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NEEDLE, writeSymbolWorkspace } from '../../../bench/lsp-workspace.mjs';
import { RawLspClient } from './raw-lsp-client.js';

interface SymbolAnswer {
    name: string;
    location: { uri: string; range: { start: { line: number; character: number } } };
}

const FILES = 300;
let client: RawLspClient;
let needle: { file: string; line: number; character: number };

beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cjourney-symbols-'));
    needle = (writeSymbolWorkspace(root, { files: FILES }) as { needle: typeof needle }).needle;
    client = new RawLspClient();
    await client.initialize(pathToFileURL(root).toString());
}, 60_000);

afterAll(() => client?.stop());

async function symbols(query: string): Promise<SymbolAnswer[]> {
    const answer = await client.request('workspace/symbol', { query });
    expect(answer.error).toBeUndefined();
    return answer.result as SymbolAnswer[];
}

test(`a touchpoint's name gives that touchpoint's location, among ${FILES} files`, async () => {
    const found = (await symbols(NEEDLE)).filter(symbol => symbol.name === NEEDLE);
    expect(found.map(symbol => [symbol.location.uri, symbol.location.range.start])).toEqual([
        [pathToFileURL(needle.file).toString(), { line: needle.line, character: needle.character }]
    ]);
}, 60_000);

test('a name every file uses is found once in each file', async () => {
    const found = (await symbols('T7')).filter(symbol => symbol.name === 'T7');
    expect(new Set(found.map(symbol => symbol.location.uri)).size).toBe(FILES);
    expect(found).toHaveLength(FILES);
}, 60_000);
