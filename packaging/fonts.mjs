/**
 * The fonts `cjourney render` reads — Arimo as woff2 (HTML) and TrueType (PNG, PDF), and the
 * Noto fallbacks for other scripts — copied with their licences into a folder laid out as in
 * node_modules: the npm package's fonts/ (pack.mjs) and the extension's dist/fonts/ (its PDF export).
 * Needs the built workspace (packages/render/out, packages/cli/out).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(ROOT, 'packages/cli/package.json'));

function copy(from, to) {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
}

/**
 * Every font file and licence, into `fontsDir`. For the extension (`extension: true`): without
 * the CJK faces and the whole TrueType fonts (the PDF writer uses the subsets), to keep the .vsix small.
 */
export async function copyFonts(fontsDir, { extension = false } = {}) {
    const { FONT_FACES } = await import(pathToFileURL(require.resolve('@cjourney/render')).href);
    const files = [
        ...FONT_FACES.map(face => `@fontsource/arimo/${face.file}`),
        '@fontsource/arimo/LICENSE',
        '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
        '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
        '@expo-google-fonts/arimo/LICENSE_FONT'
    ];
    for (const file of files) {
        copy(require.resolve(file), path.join(fontsDir, file));
    }
    await copyFallbackFonts(fontsDir, extension);
}

/** The Noto fallbacks: each package's stylesheet (it maps characters to files), its regular woff subsets and licence. */
async function copyFallbackFonts(fontsDir, extension) {
    const fallback = await import(pathToFileURL(path.join(ROOT, 'packages/cli/out/render/fallback-fonts.js')).href);
    const packages = fallback.FALLBACK_FONT_PACKAGES.filter(pkg => !extension || !fallback.CJK_FONT_PACKAGES.includes(pkg));
    for (const pkg of packages) {
        const css = readFileSync(require.resolve(`${pkg}/${fallback.FALLBACK_FONT_CSS}`), 'utf8');
        for (const file of [fallback.FALLBACK_FONT_CSS, 'LICENSE', ...fallback.parseFallbackCss(css).map(face => face.file)]) {
            copy(require.resolve(`${pkg}/${file}`), path.join(fontsDir, pkg, file));
        }
    }
    // The whole TrueType fonts the PNG uses for shaped scripts (Arabic, Hebrew, Devanagari, Thai).
    // And the whole Noto Emoji font the HTML export embeds, so emoji sequences join (emoji-font.ts).
    const emoji = await import(pathToFileURL(path.join(ROOT, 'packages/cli/out/render/emoji-font.js')).href);
    for (const file of extension ? [] : [...Object.values(fallback.WHOLE_FONT_FILES), emoji.EMOJI_FONT]) {
        const licence = file.replace(/\/400Regular\/.*$/, '/LICENSE_FONT');
        for (const each of [file, licence]) copy(require.resolve(each), path.join(fontsDir, each));
    }
}
