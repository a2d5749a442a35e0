#!/usr/bin/env node
/**
 * Looks at a rendered SVG as a person would: opens it in headless Chromium (with the Arimo
 * web fonts, as the preview loads them) and writes a PNG screenshot, optionally of a region.
 *   node scripts/screenshot.mjs IN.svg OUT.png [x,y,width,height] [--scale 1]
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
const css = fontFaceCss(face => `data:font/woff2;base64,${readFileSync(path.join(fonts, face.file)).toString('base64')}`);
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
await tab.goto(`file://${page}`);
await tab.evaluate(() => document.fonts.ready);
const clip = clipArg ? (([x, y, width, height]) => ({ x, y, width, height }))(clipArg.split(',').map(Number)) : undefined;
await tab.screenshot({ path: output, fullPage: true, clip });
await browser.close();
