/** Images of personas and touchpoints: which formats the contract allows, told by content. */
import type { ImageFile, ImageMediaType } from './journey-model.js';

/** Images are embedded in every export, so they are kept small (contract, Version 2). */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The media type an image's first bytes say, for the formats the contract allows; undefined for anything else. */
export function imageMediaType(head: Uint8Array): ImageMediaType | undefined {
    const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
    if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
    if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
    const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
    return undefined;
}

/** Whether an image may be drawn: read, of an allowed format, and small enough to embed. */
export function isDrawableImage(image: ImageFile | undefined): image is ImageFile & { mediaType: ImageMediaType; bytes: number } {
    return image?.mediaType !== undefined && image.bytes !== undefined && image.bytes <= MAX_IMAGE_BYTES;
}

/** What the diff says about an image file whose written path did not change: its format and size. */
export function imageFileSummary(image: ImageFile | undefined): string | undefined {
    if (!image) return undefined;
    return image.mediaType === undefined ? 'not readable' : `${image.mediaType}, ${image.bytes ?? 0} bytes`;
}
