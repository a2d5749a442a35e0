/**
 * The live preview's feed, through a real language server process spoken to over stdio by
 * a real JSON-RPC client: the model request waits for validation, previewed documents get
 * a model pushed after every edit, errors travel with the model, and shared definitions
 * from other files carry their file in `loc.file`. A client that applies deltas gets only
 * what changed, and rebuilds the whole model from it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CancellationTokenSource, type ProtocolConnection } from 'vscode-languageserver-protocol';
import { applyValueChanges } from '@cjourney/model';
import {
    JourneyModelDeltaNotification,
    JourneyModelNotification,
    JourneyModelRequest,
    PreviewedDocumentsNotification,
    type JourneyModelDeltaParams,
    type JourneyModelParams
} from '../src/lsp/journey-model-protocol.js';
import { initialize, type LspClient, startStdioServer } from './lsp-client.js';

const SHARED = `stakeholder Support "Customer support" { type internal power medium interest high }\n`;
const JOURNEY = `journey Trial "Free trial" {
  stage Start "Start" {
    touchpoint Signup "Signs up" { channel web emotion pleased owner Support }
  }
}
`;

let client: LspClient;
let connection: ProtocolConnection;
let journeyUri: string;
const pushed: JourneyModelParams[] = [];
const deltas: JourneyModelDeltaParams[] = [];

/** Resolves with the first pushed model that satisfies `accept` (already received or still to come). */
async function pushedModel(accept: (params: JourneyModelParams) => boolean): Promise<JourneyModelParams> {
    for (let waited = 0; waited < 20_000; waited += 20) {
        const match = pushed.find(accept);
        if (match) return match;
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    throw new Error(`no matching journey model pushed; got versions ${pushed.map(p => p.version).join(', ')}`);
}

beforeAll(async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cjourney-notifier-'));
    writeFileSync(path.join(folder, 'shared.cjourney'), SHARED);
    writeFileSync(path.join(folder, 'trial.cjourney'), JOURNEY);
    journeyUri = pathToFileURL(path.join(folder, 'trial.cjourney')).toString();

    client = startStdioServer();
    connection = client.connection;
    connection.onNotification(JourneyModelNotification, (params: JourneyModelParams) => {
        pushed.push(params);
    });
    connection.onNotification(JourneyModelDeltaNotification, (params: JourneyModelDeltaParams) => {
        deltas.push(params);
    });
    await initialize(client, folder);
});

afterAll(() => {
    client?.stop();
});

describe('the journey model feed of the language server', () => {
    test('a model request sent right after opening waits for validation and answers the model', async () => {
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: journeyUri, languageId: 'cjourney', version: 1, text: JOURNEY }
        });
        const answer = await connection.sendRequest(JourneyModelRequest, { uri: journeyUri });
        expect(answer?.version).toBe(1);
        expect(answer?.errors).toEqual([]);
        const journey = answer!.model.journeys[0];
        expect(journey.touchpoints.map(t => t.id)).toEqual(['Signup']);
        // The owner is a shared definition of another file: its location says which.
        const support = journey.stakeholders.find(s => s.id === 'Support');
        expect(support?.loc.file).toMatch(/shared\.cjourney$/);
        expect(support?.loc.nameRange?.start).toEqual({ line: 0, character: 12 });
    });

    test('a previewed document gets its model pushed after every edit, with its errors', async () => {
        await connection.sendNotification(PreviewedDocumentsNotification, { uris: [journeyUri] });
        const renamed = JOURNEY.replace('"Signs up"', '"Creates an account"');
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: journeyUri, version: 2 },
            contentChanges: [{ text: renamed }]
        });
        const second = await pushedModel(p => p.version === 2);
        expect(second.model.journeys[0].touchpoints[0].title).toBe('Creates an account');
        expect(second.errors).toEqual([]);

        const broken = renamed.replace('owner Support', 'owner Nobody');
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: journeyUri, version: 3 },
            contentChanges: [{ text: broken }]
        });
        const third = await pushedModel(p => p.version === 3);
        expect(third.errors).toHaveLength(1);
        expect(third.errors[0]).toMatchObject({ range: { start: { line: 2 } } });
        expect(third.errors[0].message).toContain('Nobody');
    });

    test('documents no longer previewed get no pushes', async () => {
        await connection.sendNotification(PreviewedDocumentsNotification, { uris: [] });
        const before = pushed.length;
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: journeyUri, version: 4 },
            contentChanges: [{ text: JOURNEY }]
        });
        // The request is answered after validation, so any push for version 4 would precede it.
        const answer = await connection.sendRequest(JourneyModelRequest, { uri: journeyUri });
        expect(answer?.version).toBe(4);
        expect(pushed.length).toBe(before);
    });

    test('a request for a document the server never sees waits, and answers null when cancelled', async () => {
        const unknown = journeyUri.replace('trial.cjourney', 'never-opened.cjourney');
        const cancellation = new CancellationTokenSource();
        setTimeout(() => cancellation.cancel(), 200);
        const answer = await connection.sendRequest(JourneyModelRequest, { uri: unknown }, cancellation.token);
        expect(answer).toBeNull();
    });

    test('a client that applies deltas gets what changed since the model it has, and rebuilds the whole model from it', async () => {
        await connection.sendNotification(PreviewedDocumentsNotification, { uris: [journeyUri], deltas: true });
        const base = (await connection.sendRequest(JourneyModelRequest, { uri: journeyUri }))!;
        const pushesBefore = pushed.length;
        const longer = JOURNEY.replace('"Free trial"', '"Free trial for a month"');
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: journeyUri, version: base.version + 1 },
            contentChanges: [{ text: longer }]
        });
        const delta = await waitFor(() => deltas.find(d => d.version === base.version + 1));
        expect(delta.baseVersion).toBe(base.version);
        expect(delta.errors).toEqual([]);
        expect(delta.changes).toContainEqual({ path: ['journeys', 0, 'title'], value: 'Free trial for a month' });
        expect(JSON.stringify(delta.changes).length).toBeLessThan(JSON.stringify(base.model).length / 4);
        const rebuilt = applyValueChanges(base.model, delta.changes);
        const whole = (await connection.sendRequest(JourneyModelRequest, { uri: journeyUri }))!;
        expect(whole.version).toBe(delta.version);
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(whole.model));
        // No whole models pushed meanwhile: the delta replaced them.
        expect(pushed.length).toBe(pushesBefore);

        // Errors come with the delta; the next delta starts from the model the request answered.
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: journeyUri, version: whole.version + 1 },
            contentChanges: [{ text: longer.replace('owner Support', 'owner Nobody') }]
        });
        const broken = await waitFor(() => deltas.find(d => d.version === whole.version + 1));
        expect(broken.baseVersion).toBe(whole.version);
        expect(broken.errors[0]?.message).toContain('Nobody');
    });
});

async function waitFor<T>(find: () => T | undefined): Promise<T> {
    for (let waited = 0; waited < 20_000; waited += 20) {
        const found = find();
        if (found !== undefined) return found;
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    throw new Error('nothing arrived in 20 s');
}
