/**
 * The .vsix as the Visual Studio Marketplace and Open VSX receive it: the listing's fields,
 * the files `vsce ls` says it ships (exactly these, so no source, test or stray asset slips
 * in) and the packaged archive itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FONT_FACES } from '@cjourney/render';
import { beforeAll, describe, expect, test } from 'vitest';
import { CJK_FONT_PACKAGES, FALLBACK_FONT_CSS, FALLBACK_FONT_PACKAGES, parseFallbackCss } from '../../cli/src/render/fallback-fonts.js';

const EXTENSION = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as Record<string, unknown> & {
    version: string;
    icon: string;
};
const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${path.join(EXTENSION, '../../node_modules/.bin')}${path.delimiter}${process.env.PATH}`
};

/** What the .vsix ships, with the preview's CJK and emoji font files (their names come from the fonts they are cut from). */
const shipped = (cjkFonts: string[]) =>
    [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'package.json',
        'images/file-icon.svg',
        'images/icon.png',
        'images/preview.svg',
        'snippets/cjourney.json',
        'schemas/cjourney.config.schema.json',
        'dist/extension.cjs',
        'dist/server.cjs',
        'dist/language-configuration.json',
        'dist/syntaxes/cjourney.tmLanguage.json',
        'dist/web/extension.cjs',
        'dist/web/server.js',
        'dist/THIRD-PARTY-NOTICES.md',
        'dist/webview/codicon.css',
        'dist/webview/codicon.ttf',
        'dist/webview/codicon.LICENSE',
        'dist/webview/preview.css',
        'dist/webview/preview.js',
        'dist/webview/fonts/LICENSE',
        'dist/webview/fonts/LICENSE-noto',
        'dist/webview/fonts/LICENSE-noto-cjk',
        'dist/webview/fonts/LICENSE-noto-emoji',
        ...cjkFonts.map(file => `dist/webview/fonts/${file}`),
        // Their characters, for the PDF export's Chinese, Japanese and Korean (src/preview/pdf-cjk-fonts.ts).
        'dist/webview/fonts/cjk-faces.json',
        ...['cyrillic', 'greek', 'latin', 'latin-ext'].flatMap(subset =>
            [400, 700].map(weight => `dist/webview/fonts/arimo-${subset}-${weight}-normal.woff2`)
        ),
        ...['hebrew', 'arabic', 'devanagari', 'thai'].map(script => `dist/webview/fonts/noto-sans-${script}-${script}-400-normal.woff2`),
        ...pdfFonts()
    ].sort();

/** The Marketplace takes larger packages, but every install downloads it: fonts per script keep it small. */
const MAX_VSIX_BYTES = 10 * 1024 * 1024;

/**
 * The PDF export's fonts (packaging/fonts.mjs): Arimo as TrueType, the Noto fallback subsets
 * but the Chinese, Japanese and Korean ones (too heavy for the .vsix: the export draws those with
 * the preview's subsets of the common characters), their licences and stylesheets.
 */
function pdfFonts(): string[] {
    const arimo = [
        '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
        '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
        '@expo-google-fonts/arimo/LICENSE_FONT',
        '@fontsource/arimo/LICENSE',
        ...FONT_FACES.map(face => `@fontsource/arimo/${face.file}`)
    ];
    const require = createRequire(import.meta.url);
    const shipped = FALLBACK_FONT_PACKAGES.filter(pkg => !(CJK_FONT_PACKAGES as readonly string[]).includes(pkg));
    const fallbacks = shipped.flatMap(pkg => {
        const css = readFileSync(require.resolve(`${pkg}/${FALLBACK_FONT_CSS}`), 'utf8');
        return [FALLBACK_FONT_CSS, 'LICENSE', ...parseFallbackCss(css).map(face => face.file)].map(file => `${pkg}/${file}`);
    });
    return [...arimo, ...fallbacks].map(file => `dist/fonts/${file}`);
}

let vsix: string;
let SHIPPED: string[];

beforeAll(async () => {
    // `npm run package`: the production bundles, then `vsce package` (the first build also subsets the CJK fonts, about a minute).
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: EXTENSION, env, stdio: 'pipe', timeout: 420_000 });
    vsix = path.join(EXTENSION, `cjourney-${manifest.version}.vsix`);
    // The preview's CJK and emoji fonts, as packaging/preview-cjk-fonts.mjs makes them (from its cache, as the build did).
    const { writePreviewCjkFonts } = (await import(pathToFileURL(path.join(EXTENSION, '../../packaging/preview-cjk-fonts.mjs')).href)) as {
        writePreviewCjkFonts(fontsDir: string): Promise<{ file: string }[]>;
    };
    const faces = await writePreviewCjkFonts(mkdtempSync(path.join(tmpdir(), 'cj-vsix-fonts-')));
    expect(faces.length).toBeGreaterThan(100);
    SHIPPED = shipped(faces.map(face => face.file));
}, 480_000);

describe('the .vsix for the Marketplace and Open VSX', { timeout: 120_000 }, () => {
    test('the listing: publisher, icon, categories, keywords, banner, licence, engine', () => {
        expect(manifest).toMatchObject({ name: 'cjourney', publisher: 'cjourney', license: 'MIT', icon: 'images/icon.png' });
        expect(manifest.displayName).toBeTruthy();
        expect(manifest.description).toBeTruthy();
        expect(manifest.categories).toEqual(['Programming Languages', 'Visualization', 'Snippets']);
        expect((manifest.keywords as string[]).length).toBeGreaterThan(0);
        expect((manifest.keywords as string[]).length).toBeLessThanOrEqual(30);
        expect(manifest.galleryBanner).toBeTruthy();
        // The Marketplace wants a PNG icon of at least 128 × 128 pixels.
        const png = readFileSync(path.join(EXTENSION, manifest.icon));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
        expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(128);
        expect(readFileSync(path.join(EXTENSION, 'CHANGELOG.md'), 'utf8')).toContain(`## [${manifest.version}]`);
    });

    test(`the .vsix stays under ${MAX_VSIX_BYTES / 1024 / 1024} MB`, () => {
        expect(statSync(vsix).size).toBeLessThan(MAX_VSIX_BYTES);
    });

    test('vsce ls lists exactly what belongs in it', () => {
        const listed = execFileSync('vsce', ['ls', '--no-dependencies'], { cwd: EXTENSION, env, encoding: 'utf8', timeout: 60_000 });
        expect(listed.trim().split('\n').sort()).toEqual(SHIPPED);
    });

    test('the packaged .vsix holds those files and its two manifests, nothing else', () => {
        const entries = execFileSync(
            'python3',
            ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', vsix],
            { encoding: 'utf8' }
        )
            .trim()
            .split('\n')
            .sort();
        // vsce stores these three under the names the Marketplace looks for.
        const renamed: Record<string, string> = { LICENSE: 'LICENSE.txt', 'README.md': 'readme.md', 'CHANGELOG.md': 'changelog.md' };
        expect(entries).toEqual(
            ['[Content_Types].xml', 'extension.vsixmanifest', ...SHIPPED.map(file => `extension/${renamed[file] ?? file}`)].sort()
        );
        // The bundled packages' licences, one version of each protocol package.
        const notices = readFileSync(path.join(EXTENSION, 'dist/THIRD-PARTY-NOTICES.md'), 'utf8');
        for (const name of ['langium', 'vscode-languageclient', 'vscode-jsonrpc', 'vscode-languageserver-protocol', 'elkjs', 'lit']) {
            expect(notices.match(new RegExp(`^## ${name} \\d`, 'gm')), name).toHaveLength(1);
        }
    });
});
