/**
 * esbuild bundles of the installable products: the CLI (npm package `cjourney` and the
 * Action's committed entry) and the language server (npm package `cjourney-language-server`).
 *
 * Entries are the workspace packages' own entry points (`@cjourney/cli`,
 * `@cjourney/language/server`), never deep paths, so moving code between workspace packages
 * changes nothing here. Bundles are deterministic: paths in the output are relative to the
 * repository root (absWorkingDir) and nothing time- or machine-dependent is written, so the
 * same sources and lockfile give the same bytes.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { thirdPartyNotices } from './notices.mjs';
import { bundleSiteRenderer, SITE_RENDERER_FILE } from './site-renderer.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The oldest Node the bundles run on: see docs/install.md (chevrotain 13, commander 15). */
export const NODE_TARGET = 'node22.12';

export function workspaceVersion(packageDir) {
    return JSON.parse(readFileSync(path.join(ROOT, packageDir, 'package.json'), 'utf8')).version;
}

/** Options shared by every Node bundle. */
function nodeBundle(entry, outfile) {
    return {
        stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'packaging-entry.cjs', loader: 'js' },
        absWorkingDir: ROOT,
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: NODE_TARGET,
        minify: true,
        // License comments of bundled dependencies stay, at the end of the file.
        legalComments: 'eof',
        sourcemap: false,
        charset: 'utf8',
        logLevel: 'warning',
        // A CJS bundle has no import.meta: give code that reads files beside itself
        // (createRequire, new URL(…, import.meta.url)) the bundle's own URL.
        banner: { js: 'var __cjourneyBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
        define: { 'import.meta.url': '__cjourneyBundleUrl' },
        metafile: true,
        write: false
    };
}

/** The CLI takes the few names Langium's core needs from the LSP protocol from packaging/lsp-protocol-shim.mjs. */
const lspProtocolShim = {
    name: 'lsp-protocol-shim',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({
            path: path.join(ROOT, 'packaging/lsp-protocol-shim.mjs')
        }));
    }
};

/**
 * The CLI as a few ES modules in one folder: `cli.mjs` exporting `run(argv)`, and chunks it
 * imports when a command needs them (esbuild code splitting at the CLI's dynamic imports), so
 * `cjourney check` never reads ELK or the renderer and `render -o x.svg` never reads ELK,
 * which is most of the bytes. Beside them, the renderer as a browser script, which `cjourney
 * site` copies into every site (site-renderer.mjs). Returns `{ files: { name: bytes }, notices }`. `fonts` (relative
 * to the bundle) is where the packaged fonts are, or undefined for a build that writes SVG
 * only. `external` modules are not bundled (resvg is a native add-on: a dependency of the
 * npm package).
 */
export async function bundleCli(outdir, { fonts, external = [], minify = true } = {}) {
    const result = await esbuild.build({
        entryPoints: { cli: path.join(ROOT, 'packaging/cli-entry.mjs') },
        absWorkingDir: ROOT,
        outdir,
        entryNames: '[name]',
        chunkNames: 'chunk-[hash]',
        bundle: true,
        splitting: true,
        platform: 'node',
        format: 'esm',
        outExtension: { '.js': '.mjs' },
        target: NODE_TARGET,
        minify,
        legalComments: 'eof',
        sourcemap: false,
        charset: 'utf8',
        logLevel: 'warning',
        // The CommonJS packages inside (commander, vscode-jsonrpc, elkjs…) require Node's
        // built-ins: an ES module has no `require`, so each file gets one of its own.
        banner: {
            js: 'import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);'
        },
        define: { CJOURNEY_PACKAGED: JSON.stringify({ version: workspaceVersion('packages/cli'), ...(fonts ? { fonts } : {}) }) },
        external,
        plugins: [lspProtocolShim],
        metafile: true,
        write: false
    });
    const files = Object.fromEntries(result.outputFiles.map(file => [path.basename(file.path), file.contents]));
    files[SITE_RENDERER_FILE] = await bundleSiteRenderer();
    return { files, notices: thirdPartyNotices(result.metafile, ROOT, 'cjourney') };
}

/** The language server (LSP over stdio, node-ipc or sockets, as vscode-languageserver chooses from argv): `{ code, notices }`. */
export async function bundleServer(outfile) {
    return single(await esbuild.build(nodeBundle(`require('@cjourney/language/server');`, outfile)), 'cjourney-language-server');
}

function single(result, product) {
    if (result.outputFiles.length !== 1) {
        throw new Error(`expected one output file, got ${result.outputFiles.map(file => file.path).join(', ')}`);
    }
    return { code: result.outputFiles[0].contents, notices: thirdPartyNotices(result.metafile, ROOT, product) };
}
