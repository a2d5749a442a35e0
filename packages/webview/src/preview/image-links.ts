/**
 * Where the preview finds persona and touchpoint images. The host checked every image and
 * sent a webview resource URI for each it allows (`images`); an image it did not send is not
 * drawn. The webview never names a file: exports ask for the same images as data URIs
 * (`embedImages`), so an exported SVG, PNG or PDF stays self-contained.
 */
import type { ImageFile } from '@cjourney/model';
import type { EmbeddedImagesMessage, ImagesMessage, WebviewMessage } from '../protocol.js';
import { HostAnswers } from './host-answers.js';

/** How long an export waits for the host's data URIs before it goes on without the images. */
const EMBED_TIMEOUT_MS = 15_000;

export type ImageHref = (image: ImageFile) => string | undefined;

export class ImageLinks {
    private links = new Map<string, string>();
    private readonly answers = new HostAnswers<Record<string, string>>({}, EMBED_TIMEOUT_MS);

    /** Takes the host's images for the shown document; true when the map must be drawn again. */
    accept(message: ImagesMessage, documentUri: string | undefined): boolean {
        if (message.uri !== documentUri) return false;
        const links = new Map(Object.entries(message.images).filter(([, href]) => typeof href === 'string'));
        const same = links.size === this.links.size && [...links].every(([path, href]) => this.links.get(path) === href);
        this.links = links;
        return !same;
    }

    /** Another document is shown: its images are not known yet. */
    clear(): void {
        this.links.clear();
    }

    /** For the preview's own drawing: the webview URI of an allowed image. */
    readonly href: ImageHref = image => this.links.get(image.path);

    /** For an export: the allowed images as data URIs, asked from the host (none when it does not answer). */
    async embedded(post: (message: WebviewMessage) => void): Promise<ImageHref | undefined> {
        if (this.links.size === 0) return undefined;
        const images = await this.answers.ask(id => post({ type: 'embedImages', id }));
        const data = new Map(Object.entries(images).filter(([, uri]) => typeof uri === 'string' && uri.startsWith('data:image/')));
        return image => data.get(image.path);
    }

    /** The host's answer to `embedImages`. */
    answer(message: EmbeddedImagesMessage): void {
        this.answers.answer(message.id, message.images);
    }
}
