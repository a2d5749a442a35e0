/**
 * Waits until the fonts an exported SVG embeds are ready to draw it. Chromium loads the
 * data: fonts of an SVG image asynchronously, after the image has decoded; with
 * `font-display: block` the first drawing of a map then has no text at all (seen: a PNG with
 * boxes only). So before the PNG is drawn, a small probe image with the same `@font-face`
 * rules and one character per face and weight is drawn until every character shows ink;
 * the fonts are then in the browser's cache for the map's image. At most MAX_WAIT_MS.
 */
import { facesUsedBy } from '@cjourney/render';

const CELL = 48;
const POLL_MS = 40;
const MAX_WAIT_MS = 3_000;

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function embeddedFontsReady(svg: string): Promise<void> {
    const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0];
    const { samples } = facesUsedBy(svg);
    if (!style || samples.length === 0) return;
    const texts = samples.map(
        (sample, i) =>
            `<text x="${i * CELL + 8}" y="36" font-family="Arimo" font-size="32" font-weight="${sample.weight}">${escaped(sample.character)}</text>`
    );
    const probe = `<svg xmlns="http://www.w3.org/2000/svg" width="${samples.length * CELL}" height="${CELL}"><defs>${style}</defs>${texts.join('')}</svg>`;
    const url = URL.createObjectURL(new Blob([probe], { type: 'image/svg+xml' }));
    try {
        const deadline = Date.now() + MAX_WAIT_MS;
        while (!(await everyCellInked(url, samples.length)) && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, POLL_MS));
        }
    } finally {
        URL.revokeObjectURL(url);
    }
}

/** Draws the probe afresh (a new image document, which takes the fonts loaded so far) and looks for ink in each cell. */
async function everyCellInked(url: string, cells: number): Promise<boolean> {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = cells * CELL;
    canvas.height = CELL;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return true;
    context.drawImage(image, 0, 0);
    for (let cell = 0; cell < cells; cell++) {
        const pixels = context.getImageData(cell * CELL, 0, CELL, CELL).data;
        let inked = false;
        for (let i = 3; i < pixels.length && !inked; i += 4) inked = pixels[i] > 0;
        if (!inked) return false;
    }
    return true;
}
