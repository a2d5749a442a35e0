/**
 * Rasterises an exported SVG to PNG inside the webview (the extension host has no canvas).
 * The SVG is loaded as an image from a blob: URL — the only image source the preview's
 * Content Security Policy allows — and drawn at twice its size for sharp text, once the fonts
 * it embeds are ready (font-warmup.ts).
 */
import { embeddedFontsReady } from './font-warmup.js';

const PNG_SCALE = 2;

export async function svgToPng(svg: string): Promise<Uint8Array> {
    await embeddedFontsReady(svg);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
        canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('The canvas for the PNG export could not be created.');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/png'));
        if (!blob) throw new Error('The PNG export produced no image.');
        return new Uint8Array(await blob.arrayBuffer());
    } finally {
        URL.revokeObjectURL(url);
    }
}
