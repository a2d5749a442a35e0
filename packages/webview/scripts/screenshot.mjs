#!/usr/bin/env node
/**
 * Looks at a rendered SVG as a person would: opens it in headless Chromium (with the Arimo
 * web fonts, as the preview loads them) and writes a PNG screenshot, optionally of a region.
 * `--preview-fonts` loads every font the extension's preview has instead — Arimo, the Noto
 * subsets per script, the CJK and emoji subsets — from its build (run `npm run bundle -w
 * packages/extension` first), by the @font-face rules of its stylesheet.
 *   node scripts/screenshot.mjs IN.svg OUT.png [x,y,width,height] [--scale 1] [--preview-fonts]
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '@cjourney/test-support/chromium';
import { fontFaceCss } from '@cjourney/render';

const require = createRequire(import.meta.url);
const [input, output, clipArg] = process.argv
    .slice(2)
    .filter(arg => (!arg.startsWith('--') && !/^\d+(\.\d+)?$/.test(arg)) || arg.includes(','));
const scaleIndex = process.argv.indexOf('--scale');
const scale = scaleIndex > 0 ? Number(process.argv[scaleIndex + 1]) : 1;
const fonts = path.dirname(require.resolve('@fontsource/arimo/package.json'));
const previewFonts = process.argv.includes('--preview-fonts');
/** Where the page asks for the preview's font files (answered from the extension's build). */
const FONT_ORIGIN = 'https://preview-fonts.test';
const WEBVIEW = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../extension/dist/webview');
const css = previewFonts
    ? readFileSync(path.join(WEBVIEW, 'preview.css'), 'utf8')
          .split('\n')
          .filter(line => line.startsWith('@font-face'))
          .map(line => line.replace('url(fonts/', `url(${FONT_ORIGIN}/`))
          .join('\n')
    : fontFaceCss(face => `data:font/woff2;base64,${readFileSync(path.join(fonts, face.file)).toString('base64')}`);
const svg = readFileSync(input, 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'cj-shot-'));
const page = path.join(dir, 'page.html');
writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{margin:0}</style></head><body>${svg}</body></html>`
);
const browser = await launchChromium();
const context = await browser.newContext({ deviceScaleFactor: scale, viewport: { width: 1600, height: 1000 } });
const tab = await context.newPage();
await tab.route(`${FONT_ORIGIN}/**`, route =>
    route.fulfill({
        body: readFileSync(path.join(WEBVIEW, 'fonts', path.basename(new URL(route.request().url()).pathname))),
        contentType: 'font/woff2',
        headers: { 'Access-Control-Allow-Origin': '*' }
    })
);
await tab.goto(`file://${page}`);
// A unicode-range face is asked for once text needs it: wait a frame, then for the fonts.
await tab.evaluate(() => new Promise(requestAnimationFrame));
await tab.evaluate(() => document.fonts.ready);
const clip = clipArg ? (([x, y, width, height]) => ({ x, y, width, height }))(clipArg.split(',').map(Number)) : undefined;
await tab.screenshot({ path: output, fullPage: true, clip });
await browser.close();
