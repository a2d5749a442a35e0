/**
 * `cjourney serve PATHS… [--port N]`: builds the site into a temporary folder, serves it on
 * 127.0.0.1 and watches the journeys' folders. When a `.cjourney` file changes, only that
 * file's journeys (and those depending on it) are redrawn, then the cross-journey pages, and
 * every open page reloads. Runs until interrupted (Ctrl+C).
 */
import { mkdtempSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plural } from '@cjourney/model';
import { ExitCode, UsageError } from '../cli-error.js';
import { warnLine, type Output } from '../output.js';
import { oneLine } from '../safe-text.js';
import { SiteBuilder } from './build-site.js';
import { basePathOf, checkRepoUrl, loadSite } from './run-site.js';
import { SiteServer } from './site-server.js';

export interface ServeCommandOptions {
    port: string;
    repoUrl?: string;
    basePath?: string;
    workspace?: string[];
}

function portOf(text: string): number {
    const port = Number(text);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port '${text}' is not a port number (0–65535)`);
    return port;
}

/** The folders to watch: each folder named, and the folder of each file named. */
function watchedFolders(paths: readonly string[]): string[] {
    return [...new Set(paths.map(input => (input.endsWith('.cjourney') ? path.dirname(path.resolve(input)) : path.resolve(input))))].sort();
}

const SETTLE_MS = 40;

/** Rebuilds after a change, one at a time; changes that arrive meanwhile are rebuilt next. */
function changeQueue(builder: SiteBuilder, server: SiteServer, output: Output): (file: string) => void {
    const pending = new Set<string>();
    let running = false;
    const next = async (): Promise<void> => {
        running = true;
        while (pending.size > 0) {
            const [file] = pending;
            pending.delete(file);
            const started = performance.now();
            try {
                const result = await builder.rebuild(file);
                if (result.written > 0) {
                    server.reload();
                    output.out(
                        `  ${oneLine(path.basename(file))} changed: redrew ${plural(result.drawn.length, 'journey')} in ${Math.round(performance.now() - started)} ms\n`
                    );
                }
            } catch (error) {
                warnLine(output, `could not rebuild after ${file} changed: ${(error as Error).message}`);
            }
        }
        running = false;
    };
    // An editor's save can fire several events (truncate, then write): wait until they settle.
    let timer: NodeJS.Timeout | undefined;
    return file => {
        pending.add(file);
        clearTimeout(timer);
        timer = setTimeout(() => {
            if (!running) void next();
        }, SETTLE_MS);
    };
}

export async function runServe(paths: readonly string[], options: ServeCommandOptions, output: Output): Promise<number> {
    const port = portOf(options.port);
    const repoUrl = checkRepoUrl(options.repoUrl);
    const outDir = mkdtempSync(path.join(tmpdir(), 'cjourney-serve-'));
    const load = { basePath: basePathOf(paths, options.basePath), workspace: options.workspace };
    const builder = await loadSite(paths, load, output, { outDir, repoUrl, live: true }).catch(error => {
        rmSync(outDir, { recursive: true, force: true });
        throw error;
    });
    const built = await builder.build();
    const server = new SiteServer(outDir);
    const actual = await server.listen(port).catch((error: NodeJS.ErrnoException) => {
        rmSync(outDir, { recursive: true, force: true });
        if (error.code === 'EADDRINUSE')
            throw new UsageError(`port ${port} on 127.0.0.1 is taken (another cjourney serve?): choose another with --port N`);
        if (error.code === 'EACCES') throw new UsageError(`port ${port} needs privileges: choose one above 1023 with --port N`);
        throw error;
    });
    const onChange = changeQueue(builder, server, output);
    const watchers: FSWatcher[] = watchedFolders([...paths, ...(options.workspace ?? [])]).map(folder =>
        watch(folder, { recursive: true }, (_event, name) => {
            if (name && String(name).endsWith('.cjourney')) onChange(path.join(folder, String(name)));
        })
    );
    output.out(
        `Serving ${plural(built.journeys, 'journey')} at http://127.0.0.1:${actual}/ — pages reload when a .cjourney file changes (Ctrl+C to stop)\n`
    );
    await new Promise<void>(resolve => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    watchers.forEach(watcher => watcher.close());
    await server.close();
    await builder.close();
    rmSync(outDir, { recursive: true, force: true });
    return ExitCode.Ok;
}
