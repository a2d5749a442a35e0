/**
 * Pages of SVG drawings written as one vector PDF with pdfkit and svg-to-pdfkit: every text is
 * real text in Arimo (and, for the characters Arimo lacks, the Noto fallback that has them),
 * embedded as subsets with a Unicode map, so it can be selected, searched and extracted.
 * Same pages → byte-identical file: the creation date and hence the file ID are fixed.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { EMOJI_FONT, hasEmojiFont, sequenceParts } from '../emoji-font.js';
import { fallbackGlyphOwners, woffToSfnt, type StandInFace } from '../fallback-fonts.js';
import { markFallbackRuns, splitHalos } from './svg-for-pdf.js';

/** An SVG drawing placed on a page: `width` × `height` in SVG px, drawn at `scale` points per px. */
export interface PdfPiece {
    svg: string;
    width: number;
    height: number;
    x: number;
    y: number;
    scale: number;
}

/** A page, in points, painted `background` behind its drawings. */
export interface PdfPage {
    width: number;
    height: number;
    background: string;
    pieces: PdfPiece[];
}

export interface PdfMeta {
    title: string;
    /** A font package's file (node_modules, or the packaged fonts folder). */
    fontFile: (request: string) => string;
    /** Fonts in place of the Chinese, Japanese and Korean packages (fallback-fonts.ts), with their TrueType bytes. */
    standIns?: readonly PdfStandIn[];
}

export interface PdfStandIn extends StandInFace {
    sfnt: Uint8Array;
}

/** A fixed date, so that the same drawing gives the same bytes (the PDF's ID is derived from it). */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const ARIMO = {
    Arimo: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
    'Arimo-Bold': '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'
};

/** Registers Arimo and the fallback faces the texts need; returns which family draws each fallback character. */
function registerFonts(doc: PDFKit.PDFDocument, allText: string, meta: PdfMeta): Map<number, string> {
    for (const [name, request] of Object.entries(ARIMO)) doc.registerFont(name, readFileSync(meta.fontFile(request)));
    const familyOf = new Map<number, string>();
    const standIns = meta.standIns ?? [];
    const owners = [...fallbackGlyphOwners(allText, meta.fontFile, standIns)];
    const emoji = registerEmojiFont(doc, owners, allText, meta.fontFile);
    emoji.codes.forEach(code => familyOf.set(code, EMOJI_FAMILY));
    owners.forEach(([request, codes], index) => {
        if (emoji.slices.has(request)) return;
        const family = `cjfb-${index}`;
        const standIn = standIns.find(face => face.request === request);
        doc.registerFont(family, standIn ? Buffer.from(standIn.sfnt) : woffToSfnt(readFileSync(meta.fontFile(request))));
        for (const code of codes) if (!familyOf.has(code)) familyOf.set(code, family);
    });
    return familyOf;
}

/** Named like the fallback faces, which drawPiece's font callback passes through. */
const EMOJI_FAMILY = 'cjfb-emoji';

/**
 * The whole Noto Emoji font (emoji-font.ts) instead of its slices, when the drawing has emoji and
 * the build ships it: a sequence (👩‍💻, 🇩🇪, 1️⃣) is a ligature of that font only when all its parts
 * are drawn by it, so its joiners, selectors and keycap marks go to it too. Returns the slices it
 * replaces and the characters it draws.
 */
function registerEmojiFont(
    doc: PDFKit.PDFDocument,
    owners: ReadonlyArray<readonly [string, number[]]>,
    allText: string,
    fontFile: (request: string) => string
): { slices: Set<string>; codes: number[] } {
    const slices = owners.filter(([request]) => request.startsWith('@fontsource/noto-emoji/'));
    if (slices.length === 0 || !hasEmojiFont(fontFile)) return { slices: new Set(), codes: [] };
    doc.registerFont(EMOJI_FAMILY, readFileSync(fontFile(EMOJI_FONT)));
    const codes = [...slices.flatMap(([, list]) => list), ...sequenceParts(allText)];
    return { slices: new Set(slices.map(([request]) => request)), codes };
}

function drawPiece(doc: PDFKit.PDFDocument, piece: PdfPiece, familyOf: Map<number, string>): void {
    const svg = markFallbackRuns(splitHalos(piece.svg), code => familyOf.get(code));
    doc.save();
    doc.translate(piece.x, piece.y);
    doc.scale(piece.scale);
    SVGtoPDF(doc, svg, 0, 0, {
        width: piece.width,
        height: piece.height,
        assumePt: true,
        fontCallback: (family, bold) => (family.startsWith('cjfb-') ? family : bold ? 'Arimo-Bold' : 'Arimo'),
        // Only images carried in the drawing itself; never a file or URL it names.
        imageCallback: link => (link.startsWith('data:image/') ? link : ''),
        warningCallback: () => {}
    });
    doc.restore();
}

export async function writePdf(pages: readonly PdfPage[], meta: PdfMeta): Promise<Buffer> {
    const doc = new PDFDocument({
        autoFirstPage: false,
        compress: true,
        font: null as unknown as string,
        info: { Title: meta.title, Creator: 'cjourney', Producer: 'cjourney (PDFKit)', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
        displayTitle: true
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
        doc.on('end', () => resolve());
        doc.on('error', reject);
    });
    const familyOf = registerFonts(doc, pages.flatMap(page => page.pieces.map(piece => piece.svg)).join('\n'), meta);
    for (const page of pages) {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        doc.rect(0, 0, page.width, page.height).fill(page.background);
        for (const piece of page.pieces) drawPiece(doc, piece, familyOf);
    }
    doc.end();
    await ended;
    return Buffer.concat(chunks);
}
