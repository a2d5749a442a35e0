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

/**
 * The CLI as one CommonJS file exporting `run(argv)`, with its third-party notices:
 * `{ code, notices }`. `fonts` (relative to the bundle) is
 * where the packaged fonts are, or undefined for a build that writes SVG only. `external`
 * modules are not bundled (resvg is a native add-on: a dependency of the npm package).
 */
export async function bundleCli(outfile, { fonts, external = [] } = {}) {
    const entry = `const { main } = require('@cjourney/cli');
exports.run = argv => main(argv);`;
    const options = nodeBundle(entry, outfile);
    options.define.CJOURNEY_PACKAGED = JSON.stringify({ version: workspaceVersion('packages/cli'), ...(fonts ? { fonts } : {}) });
    options.external = external;
    return single(await esbuild.build(options), 'cjourney');
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
