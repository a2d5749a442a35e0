/**
 * The HTTP side of `cjourney serve`: files of the site folder only (a path that resolves
 * outside it is refused with 403, whatever its dots, slashes or encodings), read-only methods,
 * the pages' CSP as a header too, and one Server-Sent Events stream that tells pages to reload.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { CSP } from './page-shell.js';

export const EVENTS_PATH = '/__cjourney/events';

const TYPES: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

/** The file a request names inside `root`, or undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
    let decoded: string;
    try {
        decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
    } catch {
        return undefined;
    }
    // A `..` segment (however encoded) is refused outright rather than clamped to the root.
    if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return undefined;
    const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
    return resolved === root || resolved.startsWith(root + path.sep) ? resolved : undefined;
}

export class SiteServer {
    private readonly clients = new Set<ServerResponse>();
    readonly server: Server;

    constructor(private readonly root: string) {
        this.server = createServer((request, response) => {
            this.handle(request, response).catch(() => this.fail(response, 500, 'Server error'));
        });
    }

    /** Listens on 127.0.0.1; a taken port is a clear error, not a stack trace. */
    listen(port: number): Promise<number> {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(port, '127.0.0.1', () => {
                this.server.off('error', reject);
                const address = this.server.address();
                resolve(typeof address === 'object' && address ? address.port : port);
            });
        });
    }

    /** Tells every open page to reload. */
    reload(): void {
        for (const client of this.clients) client.write('event: reload\ndata: changed\n\n');
    }

    close(): Promise<void> {
        for (const client of this.clients) client.end();
        this.clients.clear();
        return new Promise(resolve => this.server.close(() => resolve()));
    }

    private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.setHeader('Allow', 'GET, HEAD');
            return this.fail(response, 405, 'Only GET and HEAD');
        }
        const url = request.url ?? '/';
        if (url.split('?')[0] === EVENTS_PATH) return this.events(request, response);
        let file = resolveInside(this.root, url);
        if (file === undefined) return this.fail(response, 403, 'Outside the site');
        const stat = await fs.lstat(file).catch(() => undefined);
        if (stat?.isDirectory()) {
            file = path.join(file, 'index.html');
        }
        const fileStat = await fs.lstat(file).catch(() => undefined);
        if (!fileStat?.isFile()) return this.fail(response, 404, 'Not found');
        response.writeHead(200, {
            'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Content-Length': fileStat.size,
            'Content-Security-Policy': CSP,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-store'
        });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        createReadStream(file).pipe(response);
    }

    private events(request: IncomingMessage, response: ServerResponse): void {
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        response.write(': connected\n\n');
        this.clients.add(response);
        request.on('close', () => this.clients.delete(response));
    }

    private fail(response: ServerResponse, status: number, message: string): void {
        if (response.headersSent) {
            response.end();
            return;
        }
        response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(`${message}\n`);
    }
}
