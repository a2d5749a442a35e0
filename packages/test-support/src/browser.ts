/**
 * Debian's Chromium for browser tests (launched as chromium.mjs says), and the Arimo web fonts
 * the preview embeds, so pages measure text as the layout does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fontFaceCss } from '@cjourney/render';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium };

const require = createRequire(import.meta.url);

/** A browser with one page that reaches nothing: every request is aborted, so a test injects what it needs. */
export async function launchOfflinePage(): Promise<{ browser: Browser; page: Page }> {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.route('**/*', route => route.abort());
    return { browser, page };
}

/** One persistent context in a new profile folder, sized like a laptop window. */
export async function launchChromiumContext(): Promise<BrowserContext> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'cj-chromium-'));
    return chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 900 }
    });
}

export function embeddedFontCss(): string {
    const fonts = path.dirname(require.resolve('@fontsource/arimo/package.json'));
    return fontFaceCss(face => `data:font/woff2;base64,${readFileSync(path.join(fonts, face.file)).toString('base64')}`);
}

/** Shows an SVG in a page (fonts loaded) and returns the errors the page reported while doing so. */
export async function showSvg(page: Page, svg: string, fontCss: string): Promise<string[]> {
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    const onConsole = (message: { type(): string; text(): string }) => {
        if (message.type() === 'error') errors.push(message.text());
    };
    page.on('pageerror', onError);
    page.on('console', onConsole);
    await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>${fontCss} body { margin: 0 }</style></head><body>${svg}</body></html>`
    );
    await page.evaluate(async () => {
        await document.fonts.ready;
    });
    page.off('pageerror', onError);
    page.off('console', onConsole);
    return errors;
}

/** A character drawn in a page, and what its pixels show. */
export interface DrawnGlyph {
    char: string;
    /** Dark pixels: none means nothing was drawn. */
    ink: number;
    /** Drawn exactly as U+E000 (private use: no font has it), the family's missing-glyph box. */
    asMissingGlyphBox: boolean;
    /** Drawn exactly as in a family no @font-face names (only this machine's DejaVu, with no CJK, emoji or Indic glyphs). */
    asWithoutWebFonts: boolean;
}

/**
 * Draws each character alone on a canvas in the page, in `fontFamily` with the page's web fonts
 * (loaded first, by unicode-range), and compares the pixels with that family's missing-glyph box
 * and with the same character in a font with no glyph for it. Alone, so that no shaping or bidi
 * reordering can hide a box among real glyphs.
 */
export async function drawnGlyphs(
    page: Page,
    chars: string[],
    fontFamily: string,
    weight: 'normal' | 'bold' = 'normal'
): Promise<DrawnGlyph[]> {
    return page.evaluate(
        async ({ chars, fontFamily, weight }) => {
            await document.fonts.load(`${weight} 24px ${fontFamily}`, chars.join(''));
            await document.fonts.ready;
            const canvas = document.createElement('canvas');
            canvas.width = 56;
            canvas.height = 40;
            const context = canvas.getContext('2d', { willReadFrequently: true })!;
            const pixels = (char: string, family: string) => {
                context.fillStyle = '#ffffff';
                context.fillRect(0, 0, canvas.width, canvas.height);
                context.fillStyle = '#000000';
                context.font = `${weight} 24px ${family}`;
                context.fillText(char, 12, 30);
                const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
                return Array.from({ length: data.length / 4 }, (_, index) => (data[index * 4] < 160 ? '1' : '0')).join('');
            };
            const box = pixels('\uE000', fontFamily);
            return chars.map(char => {
                const drawn = pixels(char, fontFamily);
                return {
                    char,
                    ink: drawn.split('1').length - 1,
                    asMissingGlyphBox: drawn === box,
                    asWithoutWebFonts: drawn === pixels(char, 'cj-no-such-font, monospace')
                };
            });
        },
        { chars, fontFamily, weight }
    );
}

/** The characters of `drawnGlyphs` drawn as a missing-glyph box or not at all, as U+ codes for a readable failure. */
export function glyphless(glyphs: DrawnGlyph[]): string[] {
    return glyphs
        .filter(glyph => glyph.ink === 0 || glyph.asMissingGlyphBox || glyph.asWithoutWebFonts)
        .map(glyph => `${glyph.char} U+${glyph.char.codePointAt(0)!.toString(16)}`);
}

/** A test file's page for drawings: `show` puts an SVG in it with the embedded fonts (see showSvg). */
export interface SvgPage {
    page: Page;
    show(svg: string): Promise<string[]>;
}

/** Opens a page in a fresh Chromium profile before the file's tests and closes it after them. */
export function useSvgPage(): SvgPage {
    const fontCss = embeddedFontCss();
    let context: BrowserContext | undefined;
    const svgPage = { show: (svg: string) => showSvg(svgPage.page, svg, fontCss) } as SvgPage;
    beforeAll(async () => {
        context = await launchChromiumContext();
        svgPage.page = await context.newPage();
    }, 60_000);
    afterAll(async () => {
        await context?.close();
    });
    return svgPage;
}

/** A drawn element's box as measured in a page (getBBox), with the element's id. */
export interface NamedBox {
    id: string;
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Every pair of boxes that overlap, as `first × second`. */
export function overlappingPairs(boxes: readonly NamedBox[]): string[] {
    return boxes.flatMap((a, i) =>
        boxes
            .slice(i + 1)
            .filter(b => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
            .map(b => `${a.id} × ${b.id}`)
    );
}
