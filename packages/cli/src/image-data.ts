/**
 * The data URI that embeds a picture of a persona or touchpoint in SVG, PNG, HTML and PDF
 * output. Apart from images.ts (which reads the workspace through Langium's URIs) so the
 * site's render workers draw pages without loading Langium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ImageFile, imageMediaType, isDrawableImage } from '@cjourney/model';

/**
 * The image as a data URI, for a drawable image whose file is still what the model read;
 * undefined otherwise. `base` is the folder the model's paths are relative to (default: the
 * working directory, as `cjourney render` writes them).
 */
export function imageDataUri(image: ImageFile, base = '.'): string | undefined {
    if (!isDrawableImage(image)) {
        return undefined;
    }
    try {
        const bytes = readFileSync(path.resolve(base, image.path));
        return imageMediaType(bytes) === image.mediaType ? `data:${image.mediaType};base64,${bytes.toString('base64')}` : undefined;
    } catch {
        return undefined;
    }
}
