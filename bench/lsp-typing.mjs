#!/usr/bin/env node
/**
 * Edit → diagnostics as an editor sees it (issue 17): the real `cjourney-language-server
 * --stdio` in a child process, a generated journey opened in it, and one-character edits
 * inside a touchpoint's title sent as incremental `didChange`s. `publishDiagnostics` names
 * the version it is for, so each result is matched to its edit.
 *
 *   latency(size, edits)        each edit waits for its own diagnostics: ms from didChange
 *                               written to publishDiagnostics read (median, p95)
 *   typing(size, gapMs, forMs)  a key every gapMs for forMs without waiting: when results
 *                               arrive (the longest gap between two while typing), how old
 *                               each is, and how long after the last key the last one comes
 *
 * Used by bench/suites/65-lsp-typing.mjs; run alone for a quick look:
 *   node bench/lsp-typing.mjs [touchpoints] [--typing]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { generateJourney } from './journey-generator.mjs';
import { SERVER_NODE_FLAGS } from './lib.mjs';
import { initializeWorkspace } from './lsp-workspace.mjs';

const SERVER = fileURLToPath(new URL('../packages/language/bin/cjourney-language-server.js', import.meta.url));
const TIME_LIMIT_MS = 120_000;

/** A server with one generated journey of `touchpoints` open at version 1 and its first diagnostics in. */
export async function openJourney(touchpoints) {
    const root = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-typing-'));
    const file = path.join(root, 'journey.cjourney');
    const text = generateJourney({ touchpoints });
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const arrivals = [];
    const waiters = [];
    connection.onNotification('textDocument/publishDiagnostics', params => {
        if (params.uri !== uri) return;
        const arrival = { version: params.version, at: performance.now(), count: params.diagnostics.length };
        arrivals.push(arrival);
        for (const waiter of waiters.splice(0)) if (!waiter.check()) waiters.push(waiter);
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await initializeWorkspace(connection, root);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cjourney', version: 1, text } });

    /** Resolves with the arrival of the diagnostics for `version`. */
    const diagnosticsOf = version =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(
                () => reject(new Error(`no diagnostics for version ${version} in ${TIME_LIMIT_MS} ms`)),
                TIME_LIMIT_MS
            );
            const check = () => {
                const found = arrivals.find(arrival => arrival.version === version);
                if (found) {
                    clearTimeout(timer);
                    resolve(found);
                }
                return Boolean(found);
            };
            if (!check()) waiters.push({ check });
        });
    await diagnosticsOf(1);

    const edit = typingInATitle(text, connection, uri);
    const close = () => {
        connection.dispose();
        server.kill();
        rmSync(root, { recursive: true, force: true });
    };
    return { edit, diagnosticsOf, arrivals, close };
}

/** One-character edits into a touchpoint's title in the middle of the file, after its opening quote; returns `edit()`. */
function typingInATitle(text, connection, uri) {
    const lines = text.split('\n');
    const line = lines.findIndex((content, index) => index >= lines.length / 2 && /^\s*touchpoint \S+ "/.test(content));
    const character = lines[line].indexOf('"') + 1;
    let version = 1;
    return () => {
        version += 1;
        const sent = performance.now();
        void connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]
        });
        return { version, sent };
    };
}

function percentile(values, fraction) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Each edit waits for its own diagnostics; `{ median, p95 }` in ms over `edits` edits (after `warmup`). */
export async function latency(touchpoints, { edits = 30, warmup = 5 } = {}) {
    const session = await openJourney(touchpoints);
    try {
        const times = [];
        for (let i = 0; i < warmup + edits; i++) {
            const { version, sent } = session.edit();
            const arrival = await session.diagnosticsOf(version);
            if (i >= warmup) times.push(arrival.at - sent);
        }
        return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
    } finally {
        session.close();
    }
}

/**
 * A key every `gapMs` for `forMs`, never waiting. Returns, in ms: the longest time without a
 * result while typing (from the first key to the last), the median age of the results
 * (arrival − when their version was sent), the time from the last key to its diagnostics,
 * and how many results arrived while typing.
 */
export async function typing(touchpoints, { gapMs = 100, forMs = 10_000 } = {}) {
    const session = await openJourney(touchpoints);
    try {
        const sentAt = new Map();
        const start = performance.now();
        const firstResult = session.arrivals.length;
        let last;
        while (performance.now() - start < forMs) {
            last = session.edit();
            sentAt.set(last.version, last.sent);
            await new Promise(resolve => setTimeout(resolve, gapMs));
        }
        const lastKeyAt = last.sent;
        const final = await session.diagnosticsOf(last.version);
        const during = session.arrivals.slice(firstResult).filter(arrival => arrival.at <= lastKeyAt);
        const marks = [start, ...during.map(arrival => arrival.at), lastKeyAt];
        const gaps = marks.slice(1).map((at, index) => at - marks[index]);
        return {
            longestGap: Math.max(...gaps),
            results: during.length,
            medianAge: during.length
                ? percentile(
                      during.map(arrival => arrival.at - sentAt.get(arrival.version)),
                      0.5
                  )
                : NaN,
            afterLastKey: final.at - lastKeyAt
        };
    } finally {
        session.close();
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const touchpoints = Number(process.argv[2] ?? 1000);
    const result = process.argv.includes('--typing') ? await typing(touchpoints) : await latency(touchpoints);
    console.log(JSON.stringify({ touchpoints, ...result }, (key, value) => (typeof value === 'number' ? Math.round(value) : value)));
}
