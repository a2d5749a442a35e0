#!/usr/bin/env node
/**
 * Makes the npm tarballs of the installable products from the built workspace
 * (`npm run build` first; `npm run pack:npm` does both):
 *   cjourney-<version>.tgz                   the CLI, `bin: cjourney`
 *   cjourney-language-server-<version>.tgz   the language server, `bin: cjourney-language-server`
 * Each is staged in OUT/stage/<name>/ with only what it needs — its bundle (the CLI's with the
 * libraries only some commands load beside it), its launcher,
 * the fonts the renderer reads, README, LICENSE and the bundled packages' notices — then `npm pack`ed into OUT
 * (default dist/packages). Usage: node packaging/pack.mjs [--out DIR] [cli|server …]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCli, bundleServer, launcherSource, ROOT, workspaceVersion } from './bundle.mjs';
import { copyFonts } from './fonts.mjs';

const require = createRequire(path.join(ROOT, 'packages/cli/package.json'));

const COMMON = {
    license: 'MIT',
    keywords: ['customer journey', 'journey map', 'stakeholder map', 'cx', 'diagram', 'langium'],
    engines: { node: '>=22.12' }
};

function write(file, contents) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
}

function copy(from, to) {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
}

/** The launcher (packaging/launcher.cjs) pointing at its bundle. */
function writeLauncher(file, bundle, options) {
    write(file, launcherSource(bundle, options));
}

/** The version a dependency has in the lockfile's tree: the package declares exactly that. */
function lockedVersion(name) {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

async function stageCli(stage) {
    const version = workspaceVersion('packages/cli');
    const resvg = '@resvg/resvg-js';
    const bundle = await bundleCli(path.join(stage, 'dist'), { fonts: '../fonts', external: [resvg] });
    for (const [name, bytes] of Object.entries(bundle.files)) {
        write(path.join(stage, 'dist', name), bytes);
    }
    write(path.join(stage, 'THIRD-PARTY-NOTICES.md'), bundle.notices);
    writeLauncher(path.join(stage, 'bin/cjourney.cjs'), '../dist/cli.cjs', { codeCacheKey: bundle.codeCacheKey });
    await copyFonts(path.join(stage, 'fonts'));
    copy(path.join(ROOT, 'packaging/cli/README.md'), path.join(stage, 'README.md'));
    const manifest = {
        name: 'cjourney',
        version,
        description: 'Customer-journey maps as code: check, render (SVG, HTML, PNG, PDF), diff, export and import .cjourney files.',
        ...COMMON,
        bin: { cjourney: 'bin/cjourney.cjs' },
        files: ['bin', 'dist', 'fonts', 'THIRD-PARTY-NOTICES.md'],
        // resvg is a native add-on (prebuilt per platform, no install script): it cannot be bundled.
        dependencies: { [resvg]: lockedVersion(resvg) }
    };
    return manifest;
}

async function stageServer(stage) {
    const version = workspaceVersion('packages/language');
    const bundle = await bundleServer('dist/server.cjs');
    write(path.join(stage, 'dist/server.cjs'), bundle.code);
    write(path.join(stage, 'THIRD-PARTY-NOTICES.md'), bundle.notices);
    writeLauncher(path.join(stage, 'bin/cjourney-language-server.cjs'), '../dist/server.cjs');
    const language = path.join(ROOT, 'packages/language');
    copy(path.join(language, 'syntaxes/cjourney.tmLanguage.json'), path.join(stage, 'syntaxes/cjourney.tmLanguage.json'));
    copy(path.join(language, 'language-configuration.json'), path.join(stage, 'language-configuration.json'));
    copy(path.join(ROOT, 'packaging/language-server/README.md'), path.join(stage, 'README.md'));
    return {
        name: 'cjourney-language-server',
        version,
        description: 'The .cjourney language server (LSP over stdio) for Neovim, Helix, Emacs and any LSP client.',
        ...COMMON,
        bin: { 'cjourney-language-server': 'bin/cjourney-language-server.cjs' },
        files: ['bin', 'dist', 'syntaxes', 'language-configuration.json', 'THIRD-PARTY-NOTICES.md']
    };
}

const PRODUCTS = { cli: { name: 'cjourney', stage: stageCli }, server: { name: 'cjourney-language-server', stage: stageServer } };

/** Stages and packs one product; returns the tarball's path. */
export async function pack(product, out) {
    const { name, stage: stageProduct } = PRODUCTS[product];
    const stage = path.join(out, 'stage', name);
    rmSync(stage, { recursive: true, force: true });
    const manifest = await stageProduct(stage);
    write(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    copy(path.join(ROOT, 'packages/extension/LICENSE'), path.join(stage, 'LICENSE'));
    const [result] = JSON.parse(execFileSync('npm', ['pack', stage, '--json', '--pack-destination', out], { encoding: 'utf8', cwd: out }));
    return path.join(out, result.filename);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const args = process.argv.slice(2);
    const outIndex = args.indexOf('--out');
    const out = path.resolve(outIndex >= 0 ? args.splice(outIndex, 2)[1] : path.join(ROOT, 'dist/packages'));
    mkdirSync(out, { recursive: true });
    for (const product of args.length > 0 ? args : Object.keys(PRODUCTS)) {
        console.log(await pack(product, out));
    }
}
