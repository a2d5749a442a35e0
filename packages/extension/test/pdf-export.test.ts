/**
 * The extension host's PDF export: the exported SVG becomes a one-page PDF with the CLI's code,
 * reading the fonts from a folder laid out as in node_modules (the extension's dist/fonts is
 * such a folder): Arimo and, for the characters Arimo lacks, the Noto fallback, both embedded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderView } from '@cjourney/render';
import { modelOfText } from '@cjourney/test-support/examples';
import { expect, test } from 'vitest';
import { pdfMakerWithFonts } from '../src/preview/pdf-maker.js';

const NODE_MODULES = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@fontsource/arimo/package.json')), '../..');

test('an exported drawing becomes a PDF with its fonts embedded and its text extractable', { timeout: 60_000 }, async () => {
    const model = await modelOfText(
        'journey Shop "Shop: 注文" { stage Find "Find" { touchpoint Search "Searches the catalogue" { channel web } } }'
    );
    const svg = await renderView(model, 'map', { theme: 'dark' });
    const bytes = await pdfMakerWithFonts(NODE_MODULES)(svg, { title: 'Shop — map', theme: 'dark' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cjourney-pdf-export-')), 'shop.map.pdf');
    writeFileSync(file, bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Arimo-Regular/);
    expect(fonts).toMatch(/NotoSans/);
    expect(
        fonts
            .split('\n')
            .slice(2)
            .filter(Boolean)
            .every(line => /\byes\s+yes\s+yes\b/.test(line))
    ).toBe(true);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Shop: 注文');
    expect(text).toContain('Searches the catalogue');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Title:\s+Shop — map$/m);
});

test('a picture the preview embedded in the exported drawing is in the PDF', { timeout: 60_000 }, async () => {
    const model = await modelOfText(
        'journey Shop "Shop" { stage Find "Find" { touchpoint Search "Searches" { channel web image "search.png" } } }'
    );
    const png = readFileSync(fileURLToPath(new URL('../../../examples/personas/jana.png', import.meta.url)));
    // As the preview draws an export: the image as a data URI the host read (image-access.ts).
    const svg = await renderView(model, 'map', { theme: 'light', imageHref: () => `data:image/png;base64,${png.toString('base64')}` });
    const bytes = await pdfMakerWithFonts(NODE_MODULES)(svg, { title: 'Shop — map', theme: 'light' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cjourney-pdf-export-')), 'shop.map.pdf');
    writeFileSync(file, bytes);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images.length).toBeGreaterThan(0);
});
