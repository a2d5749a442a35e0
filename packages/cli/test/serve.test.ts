/**
 * `cjourney serve`: the site on 127.0.0.1, only files of the site (paths that climb out are
 * refused), a page that reloads itself when a journey file really changes on disk, only the
 * changed journey redrawn, and a clear message when the port is taken.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { BIN, makeTempDir, runCli, writeIn } from './helpers.js';
import { resolveInside } from '../src/site/site-server.js';

const shop = (title: string) =>
    `journey Shop "Shop" {\n  stage Buy "Buy" {\n    touchpoint Pay "${title}" { channel web emotion pleased }\n  }\n}\n`;
const other = 'journey Other "Other journey" {\n  stage S "S" {\n    touchpoint T "Reads" { channel web }\n  }\n}\n';

let dir: string;
let server: ChildProcess;
let port: number;
let output = '';
let browser: Browser | undefined;

/** Starts `cjourney serve` on any free port; resolves with the port it prints. */
function startServe(folder: string): Promise<number> {
    server = spawn(process.execPath, [BIN, 'serve', folder, '--port', '0'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
        server.stdout!.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
            if (found) resolve(Number(found[1]));
        });
        server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        server.on('exit', code => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
}

/** A raw GET: the path is sent exactly as written (no URL normalisation on the way). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: rawPath, method }, response => {
            let body = '';
            response.on('data', chunk => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

beforeAll(async () => {
    dir = makeTempDir('cjourney-serve-');
    writeIn(dir, 'shop.cjourney', shop('Pays'));
    writeIn(dir, 'other.cjourney', other);
    port = await startServe(dir);
}, 120_000);

afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
});

describe('cjourney serve', { timeout: 300_000 }, () => {
    test('serves the site on 127.0.0.1 with the live-reload script and the CSP as a header', async () => {
        const home = await get('/');
        expect(home.status).toBe(200);
        expect(home.body).toContain('Shop');
        expect(home.body).toContain('<script src="assets/live-reload.js"></script>');
        expect((await get('/journeys/Shop.html')).status).toBe(200);
        expect((await get('/nothing-here.html')).status).toBe(404);
        expect((await get('/', 'POST')).status).toBe(405);
    });

    test('refuses every path that climbs out of the site folder', async () => {
        for (const attempt of [
            '/../../../../etc/passwd',
            '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
            '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
            '/..%5c..%5cetc%5cpasswd',
            '/%00',
            '/%E0%A4%A'
        ]) {
            const response = await get(attempt);
            expect(response.status, attempt).toBe(403);
            expect(response.body).not.toContain('root:');
        }
        const root = path.resolve('/srv/site');
        expect(resolveInside(root, '/a/../../b')).toBeUndefined();
        expect(resolveInside(root, '/..%2F..%2Fetc')).toBeUndefined();
        expect(resolveInside(root, '/journeys/x.html')).toBe(path.join(root, 'journeys/x.html'));
        expect(resolveInside(root, '/journeys/a..b.html?x=1')).toBe(path.join(root, 'journeys/a..b.html'));
    });

    test('an edited journey file reloads the open page with the new text, redrawing only that journey', async () => {
        browser = await launchChromium();
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => message.type() === 'error' && errors.push(message.text()));
        // The page is listening once its event stream is open.
        const listening = page.waitForResponse(response => response.url().endsWith('/__cjourney/events'));
        await page.goto(`http://127.0.0.1:${port}/journeys/Shop.html`);
        expect(await page.locator('h3', { hasText: 'Pays' }).count()).toBe(1);
        await listening;
        const reloaded = page.waitForEvent('load', { timeout: 30_000 });
        writeFileSync(path.join(dir, 'shop.cjourney'), shop('Pays by card'));
        await reloaded;
        expect(await page.locator('h1').textContent()).toBe('Shop');
        expect(await page.locator('.detail h3').first().textContent()).toBe('Pays by card');
        await expect.poll(() => output).toMatch(/shop\.cjourney changed: redrew 1 journey in \d+ ms/);
        expect(errors).toEqual([]);
    }, 60_000);

    test('a port that is taken is a clear usage error', async () => {
        const blocker: Server = createServer();
        await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', () => resolve()));
        const taken = (blocker.address() as { port: number }).port;
        try {
            const result = runCli(['serve', '.', '--port', String(taken)], dir);
            expect(result.code).toBe(2);
            expect(result.stderr).toContain(`port ${taken} on 127.0.0.1 is taken`);
        } finally {
            blocker.close();
        }
    });
});
