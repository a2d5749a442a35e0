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
import { isBuiltin } from 'node:module';
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
 * Node's built-in modules, taken with `process.getBuiltinModule` (Node 22.3+) instead of ES
 * `import`. Importing a built-in as an ES module reads every one of its exports at once, and
 * several are getters that load more of Node: `node:fs` loads its streams and promises,
 * `node:util` its TextDecoder and worker threads, `node:process` creates stdin — ≈ 10 ms of
 * every command's start-up for modules it never uses. Here a built-in is a CommonJS module of
 * the bundle, read property by property when the code uses it, as `require` would.
 */
const builtinModulesOnUse = {
    name: 'builtin-modules-on-use',
    setup(build) {
        build.onResolve({ filter: /^[a-z_:/]+$/ }, args => {
            // Only static imports: a dynamic import() stays Node's own (esbuild would give it a
            // chunk exporting `default` alone), and it happens only when it is needed anyway.
            if (args.kind !== 'import-statement' || !isBuiltin(args.path)) return undefined;
            const name = args.path.replace(/^node:/, '');
            // commander takes child_process (with net, dgram and streams) for subcommands that
            // are programs of their own, which cjourney has none of: loaded if ever called.
            const lazy = name === 'child_process' && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer);
            return { path: name, namespace: lazy ? 'node-builtin-on-call' : 'node-builtin' };
        });
        build.onLoad({ filter: /.*/, namespace: 'node-builtin-on-call' }, args => ({
            contents: lazyDefaultSource(`node:${args.path}`),
            loader: 'js'
        }));
        build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, args => ({
            contents: builtinModuleSource(`node:${args.path}`),
            loader: 'js'
        }));
    }
};

/**
 * The source of a built-in module inside the bundle. esbuild's ES-module view of a CommonJS
 * module copies the module's property names (as getters) when it is imported, reading each
 * property's descriptor; for `node:util` that runs Node's lazy properties (`TextDecoder` loads
 * worker threads, `diff` the assertion diff), so `util` is seen through a proxy that describes
 * its properties without reading them and reads one when the code does (its functions do not
 * depend on `this`; nothing assigns to it).
 */
function builtinModuleSource(id) {
    const real = `process.getBuiltinModule(${JSON.stringify(id)})`;
    if (id !== 'node:util') return `module.exports = ${real};`;
    return `const real = () => ${real};
module.exports = new Proxy({}, {
    get: (_, key) => real()[key],
    has: (_, key) => key in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => key in real() ? { configurable: true, enumerable: true, writable: true, value: undefined } : undefined
});`;
}

/**
 * A built-in module for a default import only (`import childProcess from …`, then
 * `childProcess.spawn(…)`): a proxy with no properties of its own, so importing it loads
 * nothing, which reads the real module when a property is used.
 */
function lazyDefaultSource(id) {
    return `module.exports = new Proxy({}, { get: (_, key) => process.getBuiltinModule(${JSON.stringify(id)})[key] });`;
}

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
            js: 'const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);'
        },
        define: { CJOURNEY_PACKAGED: JSON.stringify({ version: workspaceVersion('packages/cli'), ...(fonts ? { fonts } : {}) }) },
        external,
        plugins: [lspProtocolShim, builtinModulesOnUse],
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
