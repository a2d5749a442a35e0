/**
 * The files every site carries: its stylesheet, its scripts and the Arimo fonts the drawings
 * are measured with, copied from @fontsource/arimo so no page reaches outside the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FACES, fontFaceCss } from '@cjourney/render';
import { HOME_SCRIPT } from './client-home.js';
import { JOURNEY_SCRIPT } from './client-journey.js';
import { LIVE_RELOAD_SCRIPT, TABLE_SCRIPT } from './client-table.js';
import { SITE_CSS } from './site-style.js';

const require = createRequire(import.meta.url);

/** Site path → bytes. */
export function siteAssets(live: boolean): Map<string, string | Buffer> {
    const fonts = path.dirname(require.resolve('@fontsource/arimo/package.json'));
    const files = new Map<string, string | Buffer>();
    const fontCss = fontFaceCss(face => `fonts/${path.basename(face.file)}`);
    files.set('assets/site.css', fontCss + SITE_CSS);
    for (const face of FONT_FACES) {
        files.set(`assets/fonts/${path.basename(face.file)}`, readFileSync(path.join(fonts, face.file)));
    }
    files.set('assets/home.js', HOME_SCRIPT);
    files.set('assets/journey.js', JOURNEY_SCRIPT);
    files.set('assets/table.js', TABLE_SCRIPT);
    if (live) files.set('assets/live-reload.js', LIVE_RELOAD_SCRIPT);
    return files;
}
