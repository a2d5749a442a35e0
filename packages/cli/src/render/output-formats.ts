/**
 * The file formats `cjourney render` writes, chosen by the output's extension: the SVG as
 * drawn, a self-contained HTML page (fonts embedded), a vector PDF of one page (pdf/; the
 * other `--page` layouts are made from the model in commands/render.ts), or a PNG rasterised by resvg with the
 * Arimo font and the Noto fallbacks for other scripts (fallback-fonts.ts) shipped in npm packages — never the machine's fonts, so every machine gives
 * the same pixels.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontFaceCss, htmlDocument, type ThemeKind } from '@cjourney/render';
import { UsageError } from '../cli-error.js';
import { packaged } from '../packaged.js';
import { fallbackFontCss, fallbackFontFiles } from './fallback-fonts.js';

const require = createRequire(import.meta.url);

import { RENDER_FORMATS, type RenderFormat } from '../command-options.js';
import { chunkEmojiSequences } from './png-emoji-chunks.js';
export { RENDER_FORMATS, type RenderFormat };

export function formatOf(file: string): RenderFormat {
    const extension = path.extname(file).slice(1).toLowerCase();
    if ((RENDER_FORMATS as readonly string[]).includes(extension)) {
        return extension as RenderFormat;
    }
    throw new UsageError(`cannot tell the format of '${file}': end it with .svg, .html, .png or .pdf`);
}

/** A font package's file: from node_modules in the workspace, from the fonts folder beside the bundle when packaged. */
export function fontFile(request: string): string {
    if (!packaged) {
        return require.resolve(request);
    }
    if (packaged.fonts === undefined) {
        throw new UsageError('this build of cjourney carries no fonts: it writes .svg only');
    }
    return fileURLToPath(new URL(`${packaged.fonts}/${request}`, import.meta.url));
}

/** Arimo, and the fallback subsets for the characters of this drawing Arimo lacks (the emoji face before Arimo: fallback-fonts.ts). */
function embeddedFontCss(svg: string): string {
    const fallback = fallbackFontCss(svg, fontFile);
    return (
        fallback.first +
        fontFaceCss(face => `data:font/woff2;base64,${readFileSync(fontFile(`@fontsource/arimo/${face.file}`)).toString('base64')}`) +
        fallback.rest
    );
}

/** Arimo regular and bold as TrueType: resvg reads neither woff nor woff2. */
function pngFontFiles(): string[] {
    return [
        fontFile('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
        fontFile('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf')
    ];
}

/** Every font file resvg loads for a drawing: Arimo, then the fallbacks its text needs; `dispose` when rendered. */
export function pngFonts(svg: string): { files: string[]; dispose: () => void } {
    const fallback = fallbackFontFiles(svg, fontFile);
    return { files: [...pngFontFiles(), ...fallback.files], dispose: fallback.dispose };
}

/**
 * The PDF writer (pdfkit and svg-to-pdfkit, loaded only for a PDF), once it is clear this build
 * has the fonts a PDF embeds: the Action's SVG-only build says so instead of failing to load it.
 */
export async function loadPdf(): Promise<typeof import('./pdf/journey-pdf.js')> {
    fontFile('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf');
    return import('./pdf/journey-pdf.js');
}

/** Twice the size for crisp text, unless that would pass 16,000 px a side or 64 megapixels. */
const PNG_ZOOM = 2;
const MAX_SIDE = 16_000;
const MAX_PIXELS = 64_000_000;

export interface Encoded {
    bytes: Buffer | string;
    /** Said to the user, e.g. that a huge PNG was scaled down. */
    warning?: string;
}

function svgSize(svg: string): { width: number; height: number } {
    const match = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
    return { width: Number(match?.[1] ?? 1), height: Number(match?.[2] ?? 1) };
}

async function encodePng(svg: string): Promise<Encoded> {
    const { Resvg } = await import('@resvg/resvg-js');
    const { width, height } = svgSize(svg);
    const zoom = Math.min(PNG_ZOOM, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_PIXELS / (width * height)));
    const fonts = pngFonts(svg);
    let bytes: Buffer;
    try {
        const resvg = new Resvg(chunkEmojiSequences(svg), {
            fitTo: { mode: 'zoom', value: zoom },
            font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' }
        });
        bytes = resvg.render().asPng();
    } finally {
        fonts.dispose();
    }
    const warning =
        zoom < 1
            ? `the drawing is ${Math.round(width)} × ${Math.round(height)} px, so the PNG is scaled to ${Math.round(zoom * 100)}%; use .svg for full detail`
            : undefined;
    return { bytes, warning };
}

export async function encode(svg: string, format: RenderFormat, meta: { title: string; theme: ThemeKind }): Promise<Encoded> {
    switch (format) {
        case 'svg':
            return { bytes: svg };
        case 'html':
            return { bytes: htmlDocument(svg, { title: meta.title, theme: meta.theme, fontCss: embeddedFontCss(svg) }) };
        case 'png':
            return encodePng(svg);
        case 'pdf': {
            const { posterPdf } = await loadPdf();
            return posterPdf(svg, { ...meta, fontFile });
        }
    }
}
