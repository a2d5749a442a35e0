/**
 * The extension host's PDF export: the exported SVG becomes a one-page PDF with the CLI's code,
 * reading the fonts as the packaged extension has them: Arimo and the Noto fallbacks in dist/fonts
 * (laid out as in node_modules) and, for Chinese, Japanese and Korean, the preview's subsets of the
 * commonly used characters in dist/webview/fonts — all embedded, the text extractable.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderView } from '@cjourney/render';
import { modelOfText } from '@cjourney/test-support/examples';
import { beforeAll, describe, expect, test } from 'vitest';
import { undrawnCjk, undrawnWarning } from '../src/preview/pdf-cjk-fonts.js';
import { pdfMakerWithFonts, type ExtensionFonts } from '../src/preview/pdf-maker.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The extension's dist/fonts and dist/webview/fonts, made by the packaging's own functions (the CJK subsets from its cache). */
async function packagedFonts(): Promise<ExtensionFonts> {
    const dist = mkdtempSync(path.join(tmpdir(), 'cjourney-pdf-fonts-'));
    const load = async (file: string) => (await import(pathToFileURL(path.join(ROOT, 'packaging', file)).href)) as Record<string, unknown>;
    const { copyFonts } = (await load('fonts.mjs')) as { copyFonts(dir: string, options: { extension: boolean }): Promise<void> };
    const { writePreviewCjkFonts } = (await load('preview-cjk-fonts.mjs')) as { writePreviewCjkFonts(dir: string): Promise<unknown> };
    await copyFonts(path.join(dist, 'fonts'), { extension: true });
    await writePreviewCjkFonts(path.join(dist, 'webview/fonts'));
    return { fonts: path.join(dist, 'fonts'), previewFonts: path.join(dist, 'webview/fonts') };
}

let fonts: ExtensionFonts;
beforeAll(async () => {
    fonts = await packagedFonts();
}, 300_000);

/** The PDF of a journey's map made by the export, written to a file, with the warnings it gave. */
async function exportPdf(source: string, theme: 'light' | 'dark', imageHref?: () => string) {
    const svg = await renderView(await modelOfText(source), 'map', { theme, imageHref });
    const warnings: string[] = [];
    const bytes = await pdfMakerWithFonts(fonts, message => warnings.push(message))(svg, { title: 'Shop — map', theme });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cjourney-pdf-export-')), 'shop.map.pdf');
    writeFileSync(file, bytes);
    return { file, warnings };
}

const embeddedFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

describe('the preview’s PDF export', { timeout: 120_000 }, () => {
    test('an exported drawing becomes a PDF with its fonts embedded and its text extractable', async () => {
        const { file, warnings } = await exportPdf(
            'journey Shop "Shop: 注文" { stage Find "Find" { touchpoint Search "Searches the catalogue" { channel web } } }',
            'dark'
        );
        const fonts = embeddedFonts(file);
        expect(fonts.join('\n')).toMatch(/Arimo-Regular/);
        expect(fonts.join('\n')).toMatch(/NotoSans/);
        expect(fonts.every(line => /\byes\s+yes\s+yes\b/.test(line))).toBe(true);
        expect(pdfText(file)).toContain('Shop: 注文');
        expect(pdfText(file)).toContain('Searches the catalogue');
        expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Title:\s+Shop — map$/m);
        expect(warnings).toEqual([]);
    });

    test('Chinese, Japanese and Korean titles are real text in the shipped Noto CJK subsets, no warning', async () => {
        const { file, warnings } = await exportPdf(
            'journey Shop "购物之旅" { stage Find "見つける" { touchpoint Search "검색하기" { channel web } } }',
            'light'
        );
        const text = pdfText(file);
        for (const title of ['购物之旅', '見つける', '검색하기']) expect(text).toContain(title);
        const fonts = embeddedFonts(file);
        // The subsets keep the names of the faces they are cut from; each is embedded as a subset with a Unicode map.
        expect(fonts.filter(line => /NotoSans(SC|JP|KR)-/.test(line)).length).toBeGreaterThan(0);
        expect(fonts.every(line => /\byes\s+yes\s+yes\b/.test(line))).toBe(true);
        expect(warnings).toEqual([]);
    });

    test('rare Han outside the subsets: the PDF is still made, and the warning names them', async () => {
        const { file, warnings } = await exportPdf(
            'journey Shop "龘 and 𠮷 in 购物" { stage Find "Find" { touchpoint Search "Search" } }',
            'light'
        );
        expect(pdfText(file)).toContain('购物');
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain('龘 𠮷 are missing from this PDF');
        expect(warnings[0]).toContain('cjourney render FILE -o map.pdf');
    });

    test('a picture the preview embedded in the exported drawing is in the PDF', async () => {
        const png = readFileSync(path.join(ROOT, 'examples/personas/jana.png'));
        // As the preview draws an export: the image as a data URI the host read (image-access.ts).
        const { file } = await exportPdf(
            'journey Shop "Shop" { stage Find "Find" { touchpoint Search "Searches" { channel web image "search.png" } } }',
            'light',
            () => `data:image/png;base64,${png.toString('base64')}`
        );
        const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        expect(images.length).toBeGreaterThan(0);
    });
});

describe('when the export warns about characters', () => {
    test('only for Chinese, Japanese or Korean characters no shipped face drew', () => {
        const owned = new Set([...'购物'].map(char => char.codePointAt(0)!));
        expect(undrawnCjk('<text>购物 Shop ✓ é</text>', owned)).toEqual([]);
        expect(undrawnCjk('<text>购龘物𠮷龘</text>', owned)).toEqual(['龘', '𠮷']);
        expect(undrawnWarning([])).toBeUndefined();
    });

    test('naming a few of them and pointing to the CLI', () => {
        expect(undrawnWarning(['龘'])).toMatch(
            /龘 is missing from this PDF\. `cjourney render FILE -o map\.pdf` embeds the whole fonts\.$/
        );
        expect(undrawnWarning([...'龘齉曌𠮷㸚䶵鬱'])).toContain('龘 齉 曌 𠮷 㸚 and 2 more are missing');
    });
});
