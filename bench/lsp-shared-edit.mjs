#!/usr/bin/env node
/**
 * Cross-file edits as an editor sees them (issue 17, part 2): the real language server over
 * stdio on a workspace of 300 generated journeys (≈ 22,500 touchpoints) whose top-level
 * stakeholders, personas and channels live in one shared.cjourney, as a repository keeps
 * them; one stakeholder of it (SharedDesk) owns a touchpoint in every journey.
 *
 *   start      from `initialized` to the first answer of workspace/symbol (the workspace
 *              indexed: every file parsed and linked; only open files are validated);
 *              resident memory then
 *   same names an edit of shared.cjourney that changes no name (a character of a title):
 *              from didChange to the last publishDiagnostics it causes (the server is
 *              then quiet for QUIET_MS), and how many files were published again
 *   rename     renaming SharedDesk: from didChange until every journey has published an
 *              "Unknown stakeholder 'SharedDesk'" error
 *   typing     a journey opened and typed into (a touchpoint's title): from each key to its
 *              diagnostics, and to the last diagnostics it causes (the shared file's usage)
 *
 * Used by bench/suites/62-lsp-shared.mjs; run alone: node bench/lsp-shared-edit.mjs [journeys]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { median, SERVER_NODE_FLAGS } from './lib.mjs';
import { initializeWorkspace } from './lsp-workspace.mjs';
import { writeSiteWorkspace } from './site-workspace.mjs';

const SERVER = fileURLToPath(new URL('../packages/language/bin/cjourney-language-server.js', import.meta.url));
const TIME_LIMIT_MS = 180_000;
/** How long the server must stay silent for an edit's diagnostics to count as complete. */
const QUIET_MS = 1500;

/** The site workspace, with one stakeholder every journey uses. */
function writeWorkspace(root, journeys) {
    const files = writeSiteWorkspace(root, journeys);
    files.forEach((file, index) => {
        const text = readFileSync(file, 'utf8').replace(`owner SharedSupport${index}`, 'owner SharedDesk');
        writeFileSync(file, text);
    });
    const shared = path.join(root, 'shared.cjourney');
    const desk = 'stakeholder SharedDesk "Shared service desk" { type internal power high interest high attitude supporter }\n';
    writeFileSync(shared, desk + readFileSync(shared, 'utf8'));
    return { files, shared };
}

/** A server on the workspace, with every publishDiagnostics recorded. */
function startServer() {
    const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const published = [];
    const listeners = new Set();
    connection.onNotification('textDocument/publishDiagnostics', params => {
        published.push({ ...params, at: performance.now() });
        for (const listener of listeners) listener();
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    /** Resolves once `done()` holds, checked after every publishDiagnostics. */
    const until = (done, what) =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIME_LIMIT_MS);
            const listener = () => {
                if (!done()) return;
                clearTimeout(timer);
                listeners.delete(listener);
                resolve(performance.now());
            };
            listeners.add(listener);
            listener();
        });
    /** Resolves with the time of the last publishDiagnostics once none came for QUIET_MS. */
    const quiet = () =>
        new Promise(resolve => {
            const poll = () => {
                const last = published.at(-1)?.at ?? 0;
                if (performance.now() - last >= QUIET_MS) resolve(last);
                else setTimeout(poll, 50);
            };
            setTimeout(poll, QUIET_MS);
        });
    const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
    return { server, connection, published, until, quiet, rssMb };
}

/** An edit as one didChange of the whole text; returns when it was sent. */
function changeWhole(session, uri, version, text) {
    const sent = performance.now();
    void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return sent;
}

/** Opens shared.cjourney, then edits a title in it (no name changes) and renames SharedDesk. */
async function editSharedFile(session, shared, journeyFiles) {
    const uri = pathToFileURL(shared).toString();
    const text = readFileSync(shared, 'utf8');
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cjourney', version: 1, text } });
    await session.until(() => session.published.some(params => params.uri === uri), 'the shared file to be validated');
    await session.quiet();

    const retitled = text.replace('"Shared service desk"', '"Shared service desks"');
    const from = session.published.length;
    const sent = changeWhole(session, uri, 2, retitled);
    const last = await session.quiet();
    const republished = new Set(session.published.slice(from).map(params => params.uri)).size;

    const renameFrom = session.published.length;
    const flagged = new Set();
    const renameSent = changeWhole(session, uri, 3, retitled.replace('stakeholder SharedDesk ', 'stakeholder SharedDesk2 '));
    const allFlagged = await session.until(() => {
        for (const params of session.published.slice(renameFrom)) {
            if (params.diagnostics.some(diagnostic => diagnostic.message.includes("Unknown stakeholder 'SharedDesk'")))
                flagged.add(params.uri);
        }
        return flagged.size >= journeyFiles.length;
    }, 'every journey to flag the renamed stakeholder');
    await session.quiet();
    changeWhole(session, uri, 4, text);
    await session.quiet();
    return { sameNamesMs: last - sent, sameNamesRepublished: republished, renameMs: allFlagged - renameSent };
}

/**
 * Opens one journey and types into a touchpoint's title: from each key to that journey's
 * diagnostics, and to the last diagnostics it causes (the shared file's usage checks).
 */
async function typeInAJourney(session, file, keys = 5) {
    const uri = pathToFileURL(file).toString();
    let text = readFileSync(file, 'utf8');
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cjourney', version: 1, text } });
    await session.until(() => session.published.some(params => params.uri === uri), 'the journey to be validated');
    await session.quiet();
    const own = [];
    const all = [];
    const at = text.indexOf('"', text.indexOf('touchpoint ', text.length / 2)) + 1;
    for (let version = 2; version < 2 + keys; version++) {
        text = `${text.slice(0, at)}x${text.slice(at)}`;
        const sent = changeWhole(session, uri, version, text);
        const arrived = await session.until(
            () => session.published.some(params => params.uri === uri && params.version === version),
            'the journey diagnostics'
        );
        own.push(arrived - sent);
        all.push((await session.quiet()) - sent);
    }
    return { typingOwnMs: median(own), typingAllMs: median(all) };
}

export async function sharedEdit(journeys = 300) {
    const root = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-shared-'));
    const { files, shared } = writeWorkspace(root, journeys);
    const session = startServer();
    try {
        const started = performance.now();
        await initializeWorkspace(session.connection, root);
        await session.connection.sendRequest('workspace/symbol', { query: 'SharedDesk' });
        const startMs = performance.now() - started;
        const startRssMb = session.rssMb();
        const edits = await editSharedFile(session, shared, files);
        const typing = await typeInAJourney(session, files[Math.floor(files.length / 2)]);
        return { journeys, startMs, startRssMb, ...edits, ...typing, endRssMb: session.rssMb() };
    } finally {
        session.connection.dispose();
        session.server.kill();
        rmSync(root, { recursive: true, force: true });
    }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    console.log(JSON.stringify(await sharedEdit(Number(process.argv[2] ?? 300))));
}
