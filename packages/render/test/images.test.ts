/**
 * Persona and touchpoint images (contract, Version 2): the layout never reads files; it draws
 * an image where the host gives it an address (a data URI in files, a webview resource in the
 * preview), on the touchpoint's card and beside the persona's name in the curves' legend.
 */
import type { ImageFile } from '@cjourney/model';
import { expectWellFormedSvg, modelOfText } from '@cjourney/test-support/examples';
import { describe, expect, test } from 'vitest';
import { renderView } from '../src/index.js';

const JOURNEY = `journey Shop {
  persona Ann "Ann" { image "ann.png" }
  persona Bo "Bo"
  stage Buy {
    touchpoint Checkout "Checks out" { persona Ann, Bo emotion pleased emotion angry for Bo image "shots/checkout.png" }
    touchpoint Pay "Pays" { persona Ann emotion neutral }
  }
}
`;

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

describe('images on the map', () => {
    test('without an address from the host nothing is drawn (the layout never reads files)', async () => {
        const svg = await renderView(await modelOfText(JOURNEY), 'map');
        expect(svg).not.toContain('<image');
    });

    test("the touchpoint's picture on its card, the persona's beside its name in the legend", async () => {
        const asked: ImageFile[] = [];
        const imageHref = (image: ImageFile) => {
            asked.push(image);
            return PIXEL;
        };
        const svg = await renderView(await modelOfText(JOURNEY), 'map', { imageHref });
        expect(asked).toHaveLength(2);
        const card = /<g[^>]*data-cj-kind="touchpoint"[^>]*data-cj-id="Checkout"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
        expect(card).toContain(`href="${PIXEL}"`);
        expect(svg.match(/<image /g)).toHaveLength(2);
        expectWellFormedSvg(svg);
    });

    test('an address is written as an escaped attribute, never as markup', async () => {
        const svg = await renderView(await modelOfText(JOURNEY), 'map', { imageHref: () => 'x" onload="alert(1)' });
        expect(svg).not.toContain('onload="alert(1)"');
        expect(svg).toContain('href="x&quot; onload=&quot;alert(1)"');
    });
});
