#!/usr/bin/env node
/**
 * The renderer as a browser script for the journey site (its `assets/render.js`): journey pages
 * draw the map again in the reader's browser when the persona or lane filter changes
 * (packages/cli/src/site/browser-entry.ts). One classic script (an IIFE, not a module: Chromium
 * refuses module scripts from `file://`), minified, deterministic (paths relative to the
 * repository root, nothing dated), with no eval, so the site's CSP `script-src 'self'` allows it.
 * ELK stays out (the flow view, the only one using it, is not drawn in the browser).
 *
 * `npm run build` runs this after `tsc -b` and writes it beside the built CLI
 * (packages/cli/out/site/site-render.js), where `cjourney site` reads it from the workspace;
 * bundleCli (bundle.mjs) puts the same bytes beside the packaged CLI's chunks.
 */
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The file name the CLI looks for beside its code (site-assets.ts). */
export const SITE_RENDERER_FILE = 'site-render.js';

/** The flow view's layout engine, never loaded in the browser: a stub that says so if it ever were. */
const withoutElk = {
    name: 'without-elk',
    setup(build) {
        build.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: 'elk', namespace: 'without-elk' }));
        build.onLoad({ filter: /.*/, namespace: 'without-elk' }, () => ({
            contents: 'export default function ELK() { throw new Error("the site draws the flow view when it is built"); }',
            loader: 'js'
        }));
    }
};

/** The bundle's bytes. Needs the built workspace (packages/cli/out, packages/render/out). */
export async function bundleSiteRenderer() {
    const result = await esbuild.build({
        entryPoints: [path.join(ROOT, 'packages/cli/out/site/browser-entry.js')],
        absWorkingDir: ROOT,
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        minify: true,
        legalComments: 'eof',
        sourcemap: false,
        charset: 'utf8',
        logLevel: 'warning',
        plugins: [withoutElk],
        write: false
    });
    return result.outputFiles[0].contents;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const target = path.join(ROOT, 'packages/cli/out/site', SITE_RENDERER_FILE);
    writeFileSync(target, await bundleSiteRenderer());
}
