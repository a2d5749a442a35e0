/**
 * Chinese, Japanese, Korean and emoji in the preview: the extension ships subsets of the
 * commonly used characters (packaging/preview-cjk-fonts.mjs, made when it is built) declared
 * with unicode-range. Here the preview app (headless Chromium) gets the same files and
 * @font-face rules from the origin where VS Code serves an extension's resources, and draws a
 * journey whose titles and pains are in those scripts: each of its characters is drawn with a
 * real glyph (not the missing-glyph box, not what a font without the script draws), no wider
 * than the layout measured it, and a journey downloads only the subsets its characters are in.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FONT_FACES, fontFaceCss, measureText, SCRIPT_FONT_FACES, scriptFontFaceCss } from '@cjourney/render';
import { drawnGlyphs, glyphless, launchChromium } from '@cjourney/test-support/browser';
import { modelOfText } from '@cjourney/test-support/examples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundlePreview, newPreviewPage, showDocument, type PreviewPageSource } from './preview-page.js';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where VS Code serves a webview's local resources (what `asWebviewUri` gives). */
const FONTS = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/fonts';

interface CjkFace {
    file: string;
    unicodeRange: string;
}
interface PreviewCjkFonts {
    writePreviewCjkFonts(fontsDir: string): Promise<CjkFace[]>;
    previewCjkFontCss(faces: CjkFace[], urlOf: (file: string) => string): string;
    previewFontCssBeforeArimo(faces: CjkFace[], urlOf: (file: string) => string): string;
}

const SAMPLES: Record<string, string> = {
    'Simplified Chinese': '价格不清楚，客服回复太慢',
    'Traditional Chinese': '價格說明不清楚，客服回覆太慢',
    Japanese: '料金プランがわかりにくい、ひらがなも',
    Korean: '가격이 불분명하고 응답이 느림',
    // With ZWJ sequences: one glyph each only when all their parts are in one font.
    Emoji: '😀🚀👍🌏🎉 👩‍💻👨‍👩‍👧🏳️‍🌈',
    // Keycaps, first in a line and after other scripts: one emoji each, from a face declared before Arimo's.
    Keycaps: '1️⃣ 付款 2️⃣ then #️⃣ 결제'
};

/** A journey with a stage, a touchpoint and a pain per sample, titled in Japanese with an emoji. */
const JOURNEY = `journey J "多言語ジャーニー 🌏" {\n${Object.entries(SAMPLES)
    .map(
        ([script, text], index) =>
            `stage S${index} "${text}" { touchpoint T${index} "${text}" { emotion frustrated pain "${script}: ${text}" } }`
    )
    .join('\n')}\n}\n`;

/** Characters past Latin and punctuation: the ones the CJK and emoji faces draw. */
const beyondArimo = (text: string) => [...new Set(text)].filter(char => char.codePointAt(0)! >= 0x2e80 && char !== '\ufe0f');

/** The characters of rows × cells of a two-byte legacy encoding, as Node's decoder maps them. */
function decoded(encoding: string, [firstRow, lastRow]: [number, number], [firstCell, lastCell]: [number, number]): string[] {
    const decoder = new TextDecoder(encoding);
    const chars: string[] = [];
    for (let row = firstRow; row <= lastRow; row++)
        for (let cell = firstCell; cell <= lastCell; cell++) chars.push(decoder.decode(new Uint8Array([row, cell])));
    return chars.filter(char => char !== '\ufffd');
}

/** Which face's unicode-range holds each code point (`U+4e00-4e01,U+4e03`). */
function rangeOwners(faces: CjkFace[]): Map<number, string[]> {
    const owners = new Map<number, string[]>();
    for (const face of faces)
        for (const part of face.unicodeRange.split(',')) {
            const [low, high] = part
                .slice(2)
                .split('-')
                .map(hex => parseInt(hex, 16));
            for (let code = low; code <= (high ?? low); code++) owners.set(code, [...(owners.get(code) ?? []), face.file]);
        }
    return owners;
}

let browser: Browser;
let source: PreviewPageSource;
let cjkFaces: CjkFace[];
/** Font file name → path on disk, and every one the pages asked for. */
const files = new Map<string, string>();
const requested: string[] = [];

beforeAll(async () => {
    const fonts = (await import(pathToFileURL(path.join(ROOT, 'packaging/preview-cjk-fonts.mjs')).href)) as PreviewCjkFonts;
    const folder = mkdtempSync(path.join(tmpdir(), 'cj-cjk-fonts-'));
    const faces = await fonts.writePreviewCjkFonts(folder);
    cjkFaces = faces;
    for (const face of FONT_FACES) files.set(path.basename(face.file), require.resolve(`@fontsource/arimo/${face.file}`));
    for (const face of SCRIPT_FONT_FACES) files.set(path.basename(face.file), require.resolve(`${face.package}/${face.file}`));
    for (const face of faces) files.set(face.file, path.join(folder, face.file));
    const urlOf = (file: string) => `${FONTS}/${path.basename(file)}`;
    // In the order of the extension's build (packages/extension/esbuild.mjs).
    const css =
        fonts.previewFontCssBeforeArimo(faces, urlOf) +
        fontFaceCss(face => urlOf(face.file)) +
        scriptFontFaceCss(face => urlOf(face.file)) +
        fonts.previewCjkFontCss(faces, urlOf);
    source = await bundlePreview(undefined, css);
    browser = await launchChromium();
}, 180_000);
afterAll(async () => browser?.close());

/** A preview page whose font requests are answered from the extension's font files, and recorded. */
async function previewPage(): Promise<Page> {
    return newPreviewPage(browser, source, { width: 1400, height: 900 }, async page => {
        await page.route(`${FONTS}/**`, route => {
            const name = path.basename(new URL(route.request().url()).pathname);
            requested.push(name);
            const file = files.get(name);
            return file ? route.fulfill({ body: readFileSync(file), contentType: 'font/woff2' }) : route.abort();
        });
    });
}

/**
 * Shows the journey and waits for its fonts: Chromium asks for a unicode-range face only once it
 * lays out text that needs it, after the drawing is in the page, so wait a frame, then for the fonts.
 */
async function show(page: Page, name: string, text: string): Promise<void> {
    await showDocument(page, name, await modelOfText(text));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
}

/** Each drawn line of the preview's map: its text, size, weight and length in Chromium. */
async function drawnLines(page: Page) {
    return page.$$eval('.cj-canvas svg text', elements =>
        elements.flatMap(element => {
            const text = element as SVGTextElement;
            const spans = [...text.querySelectorAll('tspan')] as SVGTSpanElement[];
            const lines: SVGTextContentElement[] = spans.length > 0 ? spans : [text];
            const style = getComputedStyle(text);
            return lines.map(line => ({
                text: line.textContent ?? '',
                size: parseFloat(style.fontSize),
                bold: Number(style.fontWeight) >= 600,
                family: style.fontFamily,
                drawn: line.getComputedTextLength()
            }));
        })
    );
}

describe('the common characters the extension ships', () => {
    test('every GB 2312 level-1 hanzi, KS X 1001 Hangul syllable and kana is in exactly one face', () => {
        const owners = rangeOwners(cjkFaces);
        const sets: Record<string, string[]> = {
            'GB 2312 level 1': decoded('gbk', [0xb0, 0xd7], [0xa1, 0xfe]).filter(char => /\p{Script=Han}/u.test(char)),
            'KS X 1001 Hangul': decoded('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe]),
            kana: [...'あいうえおかがきゐゑをんゔゝゞアイウエオヴヵヶヷヸヹヺーヽヾ']
        };
        expect(sets['GB 2312 level 1']).toHaveLength(3755);
        expect(sets['KS X 1001 Hangul']).toHaveLength(2350);
        for (const [name, chars] of Object.entries(sets)) {
            expect(
                chars.filter(char => owners.get(char.codePointAt(0)!)?.length !== 1),
                name
            ).toEqual([]);
        }
    });

    test('Big5 level 1 (traditional hanzi) and JIS X 0208 level 1 (kanji) are covered but for a few rare ones', () => {
        const owners = rangeOwners(cjkFaces);
        const big5 = decoded('big5', [0xa4, 0xc6], [0x40, 0xfe]).filter(char => /\p{Script=Han}/u.test(char));
        const jis = decoded('euc-jp', [0xb0, 0xcf], [0xa1, 0xfe]).filter(char => /\p{Script=Han}/u.test(char));
        expect(big5.filter(char => !owners.has(char.codePointAt(0)!)).length).toBeLessThan(big5.length * 0.01);
        expect(jis.filter(char => !owners.has(char.codePointAt(0)!))).toEqual([]);
    });
});

describe('Chinese, Japanese, Korean and emoji in the preview', { timeout: 120_000 }, () => {
    test('a Latin-only journey downloads no CJK or emoji subset', async () => {
        const page = await previewPage();
        requested.length = 0;
        await show(page, 'latin', 'journey J "Café" { stage S "Buy" { touchpoint T "Pays €5" { emotion pleased } } }');
        expect(requested.some(name => name.startsWith('arimo-'))).toBe(true);
        expect(requested.filter(name => name.startsWith('noto-'))).toEqual([]);
        await page.close();
    });

    test('every character of the titles and pains is drawn with a real glyph, regular and bold', async () => {
        const page = await previewPage();
        requested.length = 0;
        await show(page, 'scripts', JOURNEY);
        const lines = await drawnLines(page);
        // Joined without breaks: a wrapped line continues on the next.
        const drawnText = lines.map(line => line.text).join('');
        for (const [script, text] of Object.entries(SAMPLES)) expect(drawnText, script).toContain(text);
        // Only the subsets of the journey's characters were downloaded: a handful, not the whole set.
        const subsets = requested.filter(name => /^noto-(sans-(sc|jp|kr)|emoji)-/.test(name));
        expect(subsets.some(name => name.startsWith('noto-emoji-'))).toBe(true);
        expect(subsets.some(name => name.startsWith('noto-sans-kr-'))).toBe(true);
        expect(subsets.length).toBeLessThan(60);
        const chars = beyondArimo(drawnText);
        expect(chars.length).toBeGreaterThan(50);
        const family = lines[0].family;
        for (const weight of ['normal', 'bold'] as const)
            expect(glyphless(await drawnGlyphs(page, chars, family, weight)), weight).toEqual([]);
        await page.close();
    });

    // Hangul is drawn narrower than measured (Noto Sans KR's syllables are 0.92 em, the layout
    // measures every wide character 1 em): room to spare, never an overflow.
    test('no line is drawn wider than the layout measured it (within 3 %)', async () => {
        const page = await previewPage();
        await show(page, 'widths', JOURNEY);
        const lines = (await drawnLines(page)).filter(line => beyondArimo(line.text).length > 0);
        expect(lines.length).toBeGreaterThan(10);
        const off = lines
            .map(line => ({ ...line, measured: measureText(line.text, { size: line.size, weight: line.bold ? 'bold' : 'normal' }) }))
            .filter(line => line.drawn > line.measured * 1.03 + 0.5)
            .map(line => `${line.text}: drawn ${line.drawn.toFixed(1)}, measured ${line.measured.toFixed(1)}`);
        expect(off).toEqual([]);
        await page.close();
    });
});
