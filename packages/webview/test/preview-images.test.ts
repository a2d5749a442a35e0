/**
 * Persona and touchpoint images in the preview (headless Chromium, the bundled preview app):
 * the map draws exactly the images the host allowed, through the webview resource URIs it
 * sent, and nothing else; an export asks the host for the same images as data URIs, so the
 * exported SVG (and the PNG and PDF made from it) needs no webview to show them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { CjourneyModel } from '@cjourney/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import type { ExportMessage } from '../src/protocol.js';
import { bundlePreview, newPreviewPage, send, showDocument, uriOf } from './preview-page.js';

const JANA_PNG = readFileSync(fileURLToPath(new URL('../../../examples/personas/jana.png', import.meta.url)));
const JANA_DATA = `data:image/png;base64,${JANA_PNG.toString('base64')}`;
/** Where VS Code serves a webview's local resources (what `asWebviewUri` gives). */
const RESOURCES = 'https://file+.vscode-resource.vscode-cdn.net';

const JOURNEY = `journey Shop "Shop" {
  persona Jana "Jana" { image "personas/jana.png" }
  persona Tom "Tom" { image "personas/tom.png" }
  stage Buy "Buy" {
    touchpoint Pay "Pays" { channel web persona Jana, Tom emotion pleased image "photos/pay.png" }
    touchpoint Ship "Ships" { channel web persona Jana, Tom emotion frustrated image "photos/evil.png" }
  }
}
`;

let browser: Browser;
let page: Page;
let model: CjourneyModel;
/** Image path (as the model writes it, a file URI) → the webview URI the host would send. */
let allowed: Record<string, string>;
const served: string[] = [];

const imageHrefs = (page: Page) => page.$$eval('.cj-canvas svg image', images => images.map(image => image.getAttribute('href')));
const posted = (page: Page) => page.evaluate(() => (window as unknown as { cjPosted: { type: string; id?: number }[] }).cjPosted);

beforeAll(async () => {
    const source = await bundlePreview();
    // As the language server builds it: image paths are file URIs beside the journey.
    const { documents } = await loadSources([{ uri: uriOf('shop'), text: JOURNEY }]);
    model = buildCjourneyModel(documents[0]);
    const path = (file: string) => new URL(file, uriOf('shop')).toString();
    allowed = {
        [path('personas/jana.png')]: `${RESOURCES}/ws/personas/jana.png`,
        [path('photos/pay.png')]: `${RESOURCES}/ws/photos/pay.png`
    };
    browser = await launchChromium();
    page = await newPreviewPage(browser, source, { width: 1400, height: 900 });
    await page.route(`${RESOURCES}/**`, route => {
        served.push(new URL(route.request().url()).pathname);
        return route.fulfill({ status: 200, contentType: 'image/png', body: JANA_PNG });
    });
    await showDocument(page, 'shop', model);
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

describe('the preview draws the images the host allowed', () => {
    test('before the host has answered, no image is drawn', async () => {
        expect(await imageHrefs(page)).toEqual([]);
    });

    test('an allowed persona and touchpoint image appear as <image href>, a refused one does not', { timeout: 60_000 }, async () => {
        await send(page, { type: 'images', uri: uriOf('shop'), images: allowed });
        await page.waitForFunction(() => document.querySelectorAll('.cj-canvas svg image').length > 0);
        const hrefs = await imageHrefs(page);
        expect(new Set(hrefs)).toEqual(new Set(Object.values(allowed)));
        expect(hrefs.some(href => /evil|tom/.test(href ?? ''))).toBe(false);
        // The browser loaded them from the webview resource origin.
        await expect.poll(() => served.sort(), { timeout: 10_000 }).toEqual(['/ws/personas/jana.png', '/ws/photos/pay.png']);
    });

    test("images sent for another document are not drawn on this one's map", async () => {
        await send(page, { type: 'images', uri: uriOf('other'), images: { [Object.keys(allowed)[0]]: `${RESOURCES}/ws/x.png` } });
        await send(page, { type: 'model', uri: uriOf('shop'), version: 2, model, errors: [] });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        expect(new Set(await imageHrefs(page))).toEqual(new Set(Object.values(allowed)));
    });

    test('an export embeds the images as data URIs from the host, never a webview URI', { timeout: 60_000 }, async () => {
        await send(page, { type: 'command', command: 'exportSvg' });
        await page.waitForFunction(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'embedImages')
        );
        const request = (await posted(page)).find(message => message.type === 'embedImages')!;
        expect(Object.keys(request).sort()).toEqual(['id', 'type']); // it names no file
        const [jana, pay] = Object.keys(allowed);
        // A link that is not an embedded picture is dropped, whatever the answer says.
        await send(page, { type: 'embeddedImages', id: request.id, images: { [jana]: JANA_DATA, [pay]: 'https://example.com/pay.png' } });
        await page.waitForFunction(() => (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'export'));
        const exported = (await posted(page)).find(message => message.type === 'export') as unknown as ExportMessage;
        const svg = String(exported.data);
        expect([...svg.matchAll(/<image[^>]*href="([^"]*)"/g)].map(match => match[1])).toEqual([JANA_DATA]);
        expect(svg).not.toContain(RESOURCES);
    });

    test("the PNG export draws the embedded pictures under the preview's Content Security Policy", { timeout: 60_000 }, async () => {
        // The policy the extension sets (preview-html.ts), added once the app runs; a data: image of the page itself is refused.
        const refused = await page.evaluate(async data => {
            const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy' });
            meta.content = "default-src 'none'; img-src blob: https://*.vscode-cdn.net";
            document.head.append(meta);
            const probe = new Image();
            probe.src = data;
            return probe.decode().then(
                () => false,
                () => true
            );
        }, JANA_DATA);
        expect(refused).toBe(true);
        const exportPng = async (images: Record<string, string>): Promise<number[]> => {
            await page.evaluate(() => ((window as unknown as { cjPosted: unknown[] }).cjPosted.length = 0));
            await send(page, { type: 'command', command: 'exportPng' });
            await page.waitForFunction(() =>
                (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'embedImages')
            );
            const request = (await posted(page)).find(message => message.type === 'embedImages')!;
            await send(page, { type: 'embeddedImages', id: request.id, images });
            await page.waitForFunction(() =>
                (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'export')
            );
            const exported = (await posted(page)).find(message => message.type === 'export') as unknown as ExportMessage;
            expect(exported.format).toBe('png');
            return Array.from(exported.data as Uint8Array);
        };
        const [jana] = Object.keys(allowed);
        const withPicture = await exportPng({ [jana]: JANA_DATA });
        const without = await exportPng({});
        expect(withPicture.slice(1, 4)).toEqual([0x50, 0x4e, 0x47]); // "PNG"
        expect(withPicture).not.toEqual(without);
    });
});
