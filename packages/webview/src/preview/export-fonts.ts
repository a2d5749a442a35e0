/**
 * The fonts of an exported SVG or PNG. The preview's page loads its fonts from the extension
 * (its Content Security Policy allows no other font source, and no fetch), so an export asks
 * the host for the same files as data: URLs (`embedFonts`) and embeds those its text uses.
 */
import { svgWithFonts } from '@cjourney/render';
import type { EmbeddedFontsMessage, WebviewMessage } from '../protocol.js';
import { HostAnswers } from './host-answers.js';

/** How long an export waits for the fonts before it goes on without them. */
const EMBED_TIMEOUT_MS = 15_000;
const WOFF2_DATA_URL = /^data:font\/woff2;base64,[A-Za-z0-9+/]+=*$/;

/** Adds the fonts an SVG uses to it. */
export type FontEmbedder = (svg: string) => string;

export class ExportFonts {
    private readonly answers = new HostAnswers<Record<string, string>>({}, EMBED_TIMEOUT_MS);

    /** Asks the host for the font files; the embedder leaves out any that did not come as a woff2 data: URL. */
    async embedder(post: (message: WebviewMessage) => void): Promise<FontEmbedder> {
        const fonts = await this.answers.ask(id => post({ type: 'embedFonts', id }));
        const data = new Map(Object.entries(fonts).filter(([, url]) => typeof url === 'string' && WOFF2_DATA_URL.test(url)));
        return svg => svgWithFonts(svg, name => data.get(name));
    }

    /** The host's answer to `embedFonts`. */
    answer(message: EmbeddedFontsMessage): void {
        this.answers.answer(message.id, message.fonts);
    }
}
