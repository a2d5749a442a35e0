/**
 * Chinese, Japanese and Korean in the PDF export, from the fonts the preview already ships: the
 * subsets of the commonly used characters in dist/webview/fonts (packaging/preview-cjk-fonts.mjs),
 * listed with their characters in cjk-faces.json. The whole Noto faces would make the .vsix ten
 * megabytes heavier. The PDF writer takes them in place of the CJK packages of its fallback chain.
 * The subsets are WOFF2, whose glyph table pdfkit cannot copy into a PDF, so the faces a drawing
 * uses are unpacked to TrueType first (wawoff2: Google's WOFF2 decoder). No VS Code API here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfStandIn } from '@cjourney/cli/out/render/pdf/pdf-writer.js';
import type { StandInFace } from '@cjourney/cli/out/render/fallback-fonts.js';

/** The list of the preview's CJK and emoji faces beside them (written by packaging/preview-cjk-fonts.mjs). */
export const PREVIEW_CJK_FACES = 'cjk-faces.json';

/** Han (with the supplementary planes' rare ones), kana, Hangul and CJK punctuation: what the CLI's whole CJK faces draw. */
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** `U+4e00-4e02,U+4e05` → those code points. */
function codesOf(unicodeRange: string): Set<number> {
    const codes = new Set<number>();
    for (const part of unicodeRange.split(',')) {
        const [low, high] = part
            .trim()
            .replace(/^U\+/i, '')
            .split('-')
            .map(hex => parseInt(hex, 16));
        for (let code = low; code <= (high ?? low); code++) codes.add(code);
    }
    return codes;
}

/** The Chinese, Japanese and Korean subsets in `folder` (the emoji one left out: the PDF's own emoji fonts draw those). */
export function previewCjkFaces(folder: string): StandInFace[] {
    let faces: { file: string; unicodeRange: string }[];
    try {
        faces = JSON.parse(readFileSync(path.join(folder, PREVIEW_CJK_FACES), 'utf8')) as typeof faces;
    } catch {
        return [];
    }
    return faces
        .filter(face => /^noto-sans-(sc|jp|kr)-/.test(face.file))
        .map(face => ({ request: path.join(folder, face.file), codes: codesOf(face.unicodeRange) }));
}

/** The faces that draw some character of the text, unpacked to TrueType for pdfkit. */
export async function standInsFor(text: string, faces: readonly StandInFace[]): Promise<PdfStandIn[]> {
    const codes = new Set([...text].map(char => char.codePointAt(0)!));
    const used = faces.filter(face => [...face.codes].some(code => codes.has(code)));
    if (used.length === 0) return [];
    // Loaded on the first PDF with CJK only: the decoder is a third of a megabyte of WebAssembly.
    const { default: decompress } = await import('wawoff2/decompress.js');
    const standIns: PdfStandIn[] = [];
    for (const face of used) {
        // A copy: the decoder answers with a view of its own memory, which the next call overwrites.
        standIns.push({ ...face, sfnt: Uint8Array.from(await decompress(readFileSync(face.request))) });
    }
    return standIns;
}

/**
 * The Chinese, Japanese and Korean characters of the drawing that no face the PDF gets has a glyph
 * for (`owned`: the characters the fallback chain gave a face), in order of first appearance.
 */
export function undrawnCjk(svg: string, owned: ReadonlySet<number>): string[] {
    const undrawn = new Set<string>();
    for (const char of svg) {
        if (CJK.test(char) && !owned.has(char.codePointAt(0)!)) undrawn.add(char);
    }
    return [...undrawn];
}

/** What to tell the user when some characters are missing from the PDF; nothing when none are. */
export function undrawnWarning(undrawn: readonly string[]): string | undefined {
    if (undrawn.length === 0) return undefined;
    const named = undrawn.slice(0, 5).join(' ') + (undrawn.length > 5 ? ` and ${undrawn.length - 5} more` : '');
    return (
        `The extension's fonts have only the commonly used Chinese, Japanese and Korean characters, so ${named} ` +
        `${undrawn.length === 1 ? 'is' : 'are'} missing from this PDF. \`cjourney render FILE -o map.pdf\` embeds the whole fonts.`
    );
}
