#!/usr/bin/env node
/**
 * Bundles the extension into dist/ (the only folder the .vsix ships besides images and
 * snippets):
 *   extension.cjs        desktop client (CJS, Node; `vscode` is provided by VS Code)
 *   server.cjs           the Langium language server for Node (IPC)
 *   web/extension.cjs    web client (vscode.dev, github.dev)
 *   web/server.js        the language server as a web worker (IIFE)
 *   webview/             the preview app (IIFE), its stylesheet and the codicon font
 *   webview/fonts/       Arimo, the Noto subsets per script, and CJK/emoji subsets of common characters
 *   fonts/               Arimo and the Noto fallbacks for the PDF export, as in node_modules
 *   syntaxes/, language-configuration.json   copied from the language package
 *   THIRD-PARTY-NOTICES.md   the licences of the bundled packages (not in --watch)
 * `--production` minifies and drops source maps; `--watch` rebuilds on change.
 */
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFonts } from '../../packaging/fonts.mjs';
import { previewCjkFontCss, previewFontCssBeforeArimo, writePreviewCjkFonts } from '../../packaging/preview-cjk-fonts.mjs';
import { thirdPartyNotices } from '../../packaging/notices.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

const common = {
    bundle: true,
    minify: production,
    sourcemap: production ? false : 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: production ? 'none' : 'inline'
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
    {
        ...common,
        entryPoints: [path.join(here, 'src/extension.ts')],
        outfile: path.join(dist, 'extension.cjs'),
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        // A CJS bundle has no import.meta: pdfkit (the PDF export) names its data files with
        // new URL(…, import.meta.url), so give it the bundle's own URL (as packaging/bundle.mjs does).
        banner: { js: 'var __cjourneyBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
        define: { 'import.meta.url': '__cjourneyBundleUrl' }
    },
    {
        ...common,
        entryPoints: [require.resolve('@cjourney/language/server')],
        outfile: path.join(dist, 'server.cjs'),
        platform: 'node',
        format: 'cjs',
        target: 'node20'
    },
    {
        ...common,
        entryPoints: [path.join(here, 'src/web/extension.ts')],
        outfile: path.join(dist, 'web/extension.cjs'),
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode']
    },
    {
        ...common,
        entryPoints: [require.resolve('@cjourney/language/browser')],
        outfile: path.join(dist, 'web/server.js'),
        platform: 'browser',
        format: 'iife',
        target: 'es2022'
    },
    {
        ...common,
        entryPoints: [path.join(here, '../webview/src/preview/main.ts')],
        outfile: path.join(dist, 'webview/preview.js'),
        platform: 'browser',
        format: 'iife',
        target: 'es2022'
    }
];

/** Files VS Code reads from the extension folder, produced by other packages. */
async function copyAssets() {
    const language = path.join(here, '../language');
    const codicons = path.dirname(require.resolve('@vscode/codicons/dist/codicon.css'));
    mkdirSync(path.join(dist, 'syntaxes'), { recursive: true });
    mkdirSync(path.join(dist, 'webview'), { recursive: true });
    copyFileSync(path.join(language, 'syntaxes/cjourney.tmLanguage.json'), path.join(dist, 'syntaxes/cjourney.tmLanguage.json'));
    copyFileSync(path.join(language, 'language-configuration.json'), path.join(dist, 'language-configuration.json'));
    copyFileSync(path.join(codicons, 'codicon.css'), path.join(dist, 'webview/codicon.css'));
    copyFileSync(path.join(codicons, 'codicon.ttf'), path.join(dist, 'webview/codicon.ttf'));
    // The icon font's licence (CC-BY-4.0) travels with it.
    copyFileSync(path.join(codicons, '../LICENSE'), path.join(dist, 'webview/codicon.LICENSE'));
    // The map's font (Arimo, whose metrics the renderer measures with), the page's stylesheet,
    // then the renderer's mapping of map classes to theme colours.
    const { FONT_FACES, fontFaceCss, previewStylesheet, SCRIPT_FONT_FACES, scriptFontFaceCss } = await import('@cjourney/render');
    const fontsource = path.dirname(require.resolve('@fontsource/arimo/package.json'));
    mkdirSync(path.join(dist, 'webview/fonts'), { recursive: true });
    for (const face of FONT_FACES) {
        copyFileSync(path.join(fontsource, face.file), path.join(dist, 'webview/fonts', path.basename(face.file)));
    }
    // The SIL Open Font License must accompany the font files.
    copyFileSync(path.join(fontsource, 'LICENSE'), path.join(dist, 'webview/fonts/LICENSE'));
    // The Noto subsets for Hebrew, Arabic, Devanagari and Thai, with their licence, loaded per script by unicode-range.
    for (const face of SCRIPT_FONT_FACES) {
        const folder = path.dirname(require.resolve(`${face.package}/package.json`));
        copyFileSync(path.join(folder, face.file), path.join(dist, 'webview/fonts', path.basename(face.file)));
    }
    copyFileSync(
        path.join(path.dirname(require.resolve(`${SCRIPT_FONT_FACES[0].package}/package.json`)), 'LICENSE'),
        path.join(dist, 'webview/fonts/LICENSE-noto')
    );
    // Chinese, Japanese, Korean (the commonly used characters, subset at build time) and monochrome emoji.
    const cjkFaces = await writePreviewCjkFonts(path.join(dist, 'webview/fonts'));
    copyFileSync(require.resolve('@fontsource/noto-sans-sc/LICENSE'), path.join(dist, 'webview/fonts/LICENSE-noto-cjk'));
    copyFileSync(require.resolve('@expo-google-fonts/noto-emoji/LICENSE_FONT'), path.join(dist, 'webview/fonts/LICENSE-noto-emoji'));
    // The fonts of the PDF export (src/preview/pdf-export.ts), read on the extension host; without
    // the Chinese, Japanese and Korean faces, which would make the .vsix ten megabytes heavier:
    // the export draws those with the preview's subsets above (listed in webview/fonts/cjk-faces.json).
    await copyFonts(path.join(dist, 'fonts'), { extension: true });
    const fontCss =
        previewFontCssBeforeArimo(cjkFaces, file => `fonts/${file}`) +
        fontFaceCss(face => `fonts/${path.basename(face.file)}`) +
        scriptFontFaceCss(face => `fonts/${path.basename(face.file)}`) +
        previewCjkFontCss(cjkFaces, file => `fonts/${file}`);
    const pageCss = readFileSync(path.join(here, '../webview/src/preview/preview.css'), 'utf8');
    writeFileSync(
        path.join(dist, 'webview/preview.css'),
        `${fontCss}${pageCss}\n/* The map (from @cjourney/render) */\n${previewStylesheet()}`
    );
}

rmSync(dist, { recursive: true, force: true });
if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
    await copyAssets();
    console.log('esbuild: watching for changes');
} else {
    const results = await Promise.all(
        builds.map(options => esbuild.build({ ...options, metafile: true, absWorkingDir: path.join(here, '../..') }))
    );
    await copyAssets();
    // The .vsix redistributes the bundled packages: their licences go with it.
    const root = path.join(here, '../..');
    results.forEach((result, index) => thirdPartyNotices(result.metafile, root, path.basename(builds[index].outfile)));
    const inputs = Object.assign({}, ...results.map(result => result.metafile.inputs));
    writeFileSync(
        path.join(dist, 'THIRD-PARTY-NOTICES.md'),
        thirdPartyNotices({ inputs }, root, 'the CJourney extension', { oneCopy: false })
    );
}
