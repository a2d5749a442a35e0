/**
 * The files every site carries: its stylesheet, its scripts, the renderer as a browser script
 * (journey pages draw the map again when a filter changes) and the Arimo fonts the drawings
 * are measured with, copied from @fontsource/arimo so no page reaches outside the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FACES, fontFaceCss } from '@cjourney/render';
import { packaged } from '../packaged.js';
import { HOME_SCRIPT } from './client-home.js';
import { JOURNEY_SCRIPT } from './client-journey.js';
import { LIVE_RELOAD_SCRIPT, TABLE_SCRIPT } from './client-table.js';
import { SITE_CSS } from './site-style.js';

const require = createRequire(import.meta.url);

/** @fontsource/arimo's folder: in node_modules, or in the fonts folder beside the packaged CLI (npm package `cjourney`). */
function arimoFolder(): string {
    if (packaged?.fonts !== undefined) return fileURLToPath(new URL(`${packaged.fonts}/@fontsource/arimo`, import.meta.url));
    return path.dirname(require.resolve('@fontsource/arimo/package.json'));
}

/** The Arimo files by site path, or none where the fonts are not installed (the Action's SVG-only bundle): pages then use the system's sans-serif. */
function fontFiles(): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    try {
        const fonts = arimoFolder();
        for (const face of FONT_FACES) {
            files.set(`assets/fonts/${path.basename(face.file)}`, readFileSync(path.join(fonts, face.file)));
        }
    } catch {
        files.clear();
    }
    return files;
}

/**
 * assets/render.js: the bundle packaging/site-renderer.mjs writes beside this code, in the
 * workspace (`npm run build`: packages/cli/out/site/) and in the packaged CLI (its chunks' folder).
 */
export const SITE_RENDERER_FILE = 'site-render.js';

function rendererScript(): Buffer {
    const file = new URL(`./${SITE_RENDERER_FILE}`, import.meta.url);
    try {
        return readFileSync(file);
    } catch {
        throw new Error(`cannot read ${fileURLToPath(file)}, the journey pages' map renderer: \`npm run build\` writes it`);
    }
}

/** Site path → bytes. */
export function siteAssets(live: boolean): Map<string, string | Buffer> {
    const fonts = fontFiles();
    const files = new Map<string, string | Buffer>();
    const fontCss = fonts.size > 0 ? fontFaceCss(face => `fonts/${path.basename(face.file)}`) : '';
    files.set('assets/site.css', fontCss + SITE_CSS);
    for (const [name, bytes] of fonts) files.set(name, bytes);
    files.set('assets/home.js', HOME_SCRIPT);
    files.set('assets/journey.js', JOURNEY_SCRIPT);
    files.set('assets/render.js', rendererScript());
    files.set('assets/table.js', TABLE_SCRIPT);
    if (live) files.set('assets/live-reload.js', LIVE_RELOAD_SCRIPT);
    return files;
}
