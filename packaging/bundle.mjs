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
import { createHash } from 'node:crypto';
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

/** Options shared by every Node bundle: `entry` is a file, or a line of CommonJS. */
function nodeBundle(entry, outfile) {
    const input = entry.endsWith('.mjs')
        ? { entryPoints: [path.join(ROOT, entry)] }
        : { stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'packaging-entry.cjs', loader: 'js' } };
    return {
        ...input,
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
 * Third-party libraries only some commands use, each bundled into a CommonJS file of its own
 * beside the CLI and required when first used: ELK for the flow view, the PDF writer for .pdf,
 * YAML and HTML entities for Mermaid's import and export. They share no state with the CLI's
 * code, so nothing is bundled twice that must be one. Code that is not in cli.cjs is code a
 * command's first run does not compile (V8 parses the whole file it is given: ≈ 40 ms a MB).
 */
const VENDOR_FILES = {
    'elkjs/lib/elk.bundled.js': 'elk.cjs',
    pdfkit: 'pdfkit.cjs',
    'svg-to-pdfkit': 'svg-to-pdfkit.cjs',
    yaml: 'yaml.cjs',
    entities: 'entities.cjs'
};

/**
 * The CLI's imports of a vendor library become `require('./<its file>')`, and its dynamic
 * imports of what stays outside the bundle (Node's built-ins, resvg) become `require` too: a
 * CommonJS bundle run from a `vm.Script` (the launcher's code cache) has no `import()`.
 */
function requireOutside(vendors) {
    return {
        name: 'require-outside',
        setup(build) {
            build.onResolve({ filter: /.*/ }, args => {
                if (args.namespace === 'require-outside') return { path: args.path, external: true };
                if (vendors[args.path]) return { path: `./${vendors[args.path]}`, namespace: 'require-outside' };
                const outside = isBuiltin(args.path) || build.initialOptions.external.includes(args.path);
                return args.kind === 'dynamic-import' && outside ? { path: args.path, namespace: 'require-outside' } : undefined;
            });
            build.onLoad({ filter: /.*/, namespace: 'require-outside' }, args => ({
                contents: `module.exports = require(${JSON.stringify(args.path)});`,
                loader: 'js'
            }));
        }
    };
}

/**
 * The CLI as one CommonJS file, `cli.cjs` exporting `run(argv)`, with the vendor libraries
 * beside it (VENDOR_FILES, minus `external` ones), so `cjourney check` never reads ELK or the
 * PDF writer. CommonJS because the launcher runs it from a `vm.Script` with a code cache of
 * what ran (launcher.cjs): Node's compile cache holds only what V8 compiled before a module
 * ran, and an ES module cannot be given a code cache. Beside them, the renderer as a browser
 * script, which `cjourney site` copies into every site (site-renderer.mjs). Returns
 * `{ files: { name: bytes }, notices, codeCacheKey }` (the key: a hash of cli.cjs, so a cache
 * never outlives its bundle). `fonts` (relative to the bundle) is where the packaged fonts are,
 * or undefined for a build that writes SVG only. `external` modules are not bundled (resvg is
 * a native add-on: a dependency of the npm package).
 */
export async function bundleCli(outdir, { fonts, external = [], minify = true } = {}) {
    const vendors = Object.fromEntries(Object.entries(VENDOR_FILES).filter(([id]) => !external.includes(id)));
    const options = nodeBundle('packaging/cli-entry.mjs', path.join(outdir, 'cli.cjs'));
    const cli = await esbuild.build({
        ...options,
        minify,
        define: {
            ...options.define,
            CJOURNEY_PACKAGED: JSON.stringify({ version: workspaceVersion('packages/cli'), ...(fonts ? { fonts } : {}) })
        },
        external,
        plugins: [lspProtocolShim, requireOutside(vendors), builtinModulesOnUse]
    });
    const files = { 'cli.cjs': single(cli).contents };
    const inputs = { ...cli.metafile.inputs };
    for (const [id, file] of Object.entries(vendors)) {
        const vendor = await esbuild.build({
            ...nodeBundle(`module.exports = require(${JSON.stringify(id)});`, path.join(outdir, file)),
            minify
        });
        files[file] = single(vendor).contents;
        Object.assign(inputs, vendor.metafile.inputs);
    }
    files[SITE_RENDERER_FILE] = await bundleSiteRenderer();
    const codeCacheKey = createHash('sha256').update(files['cli.cjs']).digest('hex').slice(0, 16);
    return { files, notices: thirdPartyNotices({ inputs }, ROOT, 'cjourney'), codeCacheKey };
}

/**
 * The launcher (packaging/launcher.cjs) of a bundle at `bundle` (relative to the launcher);
 * `codeCacheKey` (bundleCli's) turns its code cache on.
 */
export function launcherSource(bundle, { codeCacheKey = '' } = {}) {
    return readFileSync(path.join(ROOT, 'packaging/launcher.cjs'), 'utf8')
        .replace("'./BUNDLE'", JSON.stringify(bundle))
        .replace("const CODE_CACHE_KEY = '';", `const CODE_CACHE_KEY = ${JSON.stringify(codeCacheKey)};`);
}

/** The language server (LSP over stdio, node-ipc or sockets, as vscode-languageserver chooses from argv): `{ code, notices }`. */
export async function bundleServer(outfile) {
    const result = await esbuild.build(nodeBundle(`require('@cjourney/language/server');`, outfile));
    return { code: single(result).contents, notices: thirdPartyNotices(result.metafile, ROOT, 'cjourney-language-server') };
}

/** The one file a build wrote. */
function single(result) {
    if (result.outputFiles.length !== 1) {
        throw new Error(`expected one output file, got ${result.outputFiles.map(file => file.path).join(', ')}`);
    }
    return result.outputFiles[0];
}
