/**
 * `cjourney site PATHS… -o DIR`: the static site of every journey in the files and folders.
 * Journeys with errors are still shown from what their model holds (with a notice in the
 * drawing); the exit code is then 1, as for `check` and `render`.
 */
import path from 'node:path';
import { plural } from '@cjourney/model';
import { ExitCode, UsageError } from '../cli-error.js';
import { findRepositoryRoot } from '../git.js';
import { warnLine, type Output } from '../output.js';
import { oneLine } from '../safe-text.js';
import { SiteBuilder, type SiteOptions } from './build-site.js';
import { RenderPool } from './render-pool.js';
import { SiteWorkspace } from './site-workspace.js';

export interface SiteCommandOptions {
    output: string;
    repoUrl?: string;
    basePath?: string;
    /** Folders whose journeys resolve shared definitions (default: the folders of the inputs). */
    workspace?: string[];
}

/** http(s) only: the link is written into every page. */
export function checkRepoUrl(url: string | undefined): string | undefined {
    if (url === undefined) return undefined;
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        throw new UsageError(`--repo-url '${url}' is not a URL (e.g. https://github.com/acme/journeys/blob/main)`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new UsageError(`--repo-url '${url}' must start with https:// or http://`);
    }
    return url;
}

/** Repository links and file names are relative to --base-path, else the repository root of the first input, else the working directory. */
export function basePathOf(paths: readonly string[], given: string | undefined): string {
    if (given !== undefined) return path.resolve(given);
    return findRepositoryRoot(path.resolve(paths[0] ?? '.')) ?? process.cwd();
}

/**
 * The workspace and the builder of its site. The render workers start as soon as the number
 * of files is known, so they load the renderer while this thread parses the journeys.
 */
export async function loadSite(
    paths: readonly string[],
    load: { basePath: string; workspace?: readonly string[]; maxContextFiles?: number },
    output: Output,
    options: SiteOptions
): Promise<SiteBuilder> {
    const workspace = new SiteWorkspace(load.basePath);
    let pool: RenderPool | undefined;
    try {
        await workspace.load(paths, message => warnLine(output, message), {
            workspace: load.workspace,
            maxContextFiles: load.maxContextFiles,
            onTargets: count => (pool = new RenderPool(count))
        });
    } catch (error) {
        await pool?.close();
        throw error;
    }
    return new SiteBuilder(workspace, options, pool);
}

export async function runSite(paths: readonly string[], options: SiteCommandOptions, output: Output): Promise<number> {
    const repoUrl = checkRepoUrl(options.repoUrl);
    const started = performance.now();
    const outDir = path.resolve(options.output);
    const load = { basePath: basePathOf(paths, options.basePath), workspace: options.workspace };
    const builder = await loadSite(paths, load, output, { outDir, repoUrl });
    const result = await builder
        .build()
        .catch((error: NodeJS.ErrnoException) => {
            throw error.code ? new UsageError(`cannot write the site into '${options.output}': ${error.message}`) : error;
        })
        .finally(() => builder.close());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    output.out(
        `Built the site of ${plural(result.journeys, 'journey')} into ${oneLine(options.output)} in ${seconds} s: open ${oneLine(path.join(options.output, 'index.html'))}\n`
    );
    const broken = builder.filesWithErrors();
    if (broken.length > 0) {
        output.err(`cjourney: ${plural(broken.length, 'file')} with errors; their pages may be incomplete (run cjourney check).\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}
