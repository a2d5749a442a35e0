/**
 * Diagnostics keep flowing while a person keeps typing (issue 17, part 5): a build that has
 * started is not thrown away by the next keystroke, and the newest text is always built
 * last. Spoken to over stdio as any LSP client does, on a journey large enough that one build
 * takes longer than the gap between two keys. (How often results arrive is measured by
 * bench/lsp-typing.mjs, not asserted here.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { generateJourney } from '../../../bench/journey-generator.mjs';
import { RawLspClient, type Diagnostic } from './raw-lsp-client.js';

interface Published {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

const LARGE = (generateJourney as (options: { touchpoints: number }) => string)({ touchpoints: 1000 });
const KEY_GAP_MS = 20;
const LAST = 25;

/** The large journey and one being typed, whose unknown channel `webN` names the version. */
function textOfVersion(version: number): string {
    return `${LARGE}\njourney Typing {\n  stage S {\n    touchpoint T { channel web${version} }\n  }\n}\n`;
}

let client: RawLspClient | undefined;

afterEach(() => client?.stop());

describe('typing continuously in a large journey', { timeout: 60_000 }, () => {
    test('the build under way when the next keys come still publishes, and the last version is published last', async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-typing-'));
        const file = path.join(workspace, 'large.cjourney');
        writeFileSync(file, textOfVersion(1));
        const uri = pathToFileURL(file).toString();
        client = new RawLspClient();
        await client.initialize(pathToFileURL(workspace).toString());
        client.open(uri, textOfVersion(1), 1);
        await client.notification('textDocument/publishDiagnostics', (params: Published) => params.uri === uri && params.version === 1);

        const typist = client;
        for (let version = 2; version <= LAST; version++) {
            typist.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: textOfVersion(version) }] });
            await new Promise(resolve => setTimeout(resolve, KEY_GAP_MS));
        }
        await client.notification('textDocument/publishDiagnostics', (params: Published) => params.uri === uri && params.version === LAST);

        const results = client.received
            .filter(message => message.method === 'textDocument/publishDiagnostics')
            .map(message => message.params as Published)
            .filter(params => params.uri === uri && params.version !== 1);
        const versions = results.map(result => result.version ?? 0);
        // The first edit's build was under way when the next edits arrived: it was let finish.
        expect(versions[0]).toBe(2);
        expect(versions.at(-1)).toBe(LAST);
        expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
        for (const result of results) {
            expect(result.diagnostics.map(d => d.message).join('\n')).toContain(`'web${result.version}'`);
        }
    });
});
