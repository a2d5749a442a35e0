/**
 * Images of personas and touchpoints on the command line: what the model builder learns
 * about each (format by content, size), and the data URI that embeds it in SVG, PNG, HTML
 * and PDF output so every file stays self-contained (contract, Version 2).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { type ImageFile, imageMediaType } from '@cjourney/model';
import { URI } from 'langium';

/** The media type and size of the image at a file URI, or undefined when it cannot be read. */
export function describeImageFile(uri: string): Omit<ImageFile, 'path'> | undefined {
    const file = URI.parse(uri);
    if (file.scheme !== 'file') {
        return undefined;
    }
    try {
        const stats = statSync(file.fsPath);
        if (!stats.isFile()) {
            return undefined;
        }
        const head = new Uint8Array(16);
        const descriptor = openSync(file.fsPath, 'r');
        try {
            readSync(descriptor, head, 0, head.length, 0);
        } finally {
            closeSync(descriptor);
        }
        const mediaType = imageMediaType(head);
        return { bytes: stats.size, ...(mediaType ? { mediaType } : {}) };
    } catch {
        return undefined;
    }
}

export { imageDataUri } from './image-data.js';
