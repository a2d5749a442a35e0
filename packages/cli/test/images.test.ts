/**
 * Images on the command line (contract, Version 2): the model names each persona's and
 * touchpoint's image resolved against its file, with its format (by content) and size, and
 * `diff` notices a new picture saved over the old one under the same name.
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, makeTempDir, runCli, writeIn } from './helpers.js';

const JANA = path.join(EXAMPLES, 'personas', 'jana.png');

/** A one-touchpoint journey whose persona and touchpoint name images. */
const journey = (touchpointImage: string) => `journey J {
  persona P "Pat" { image "pics/pat.png" }
  stage S { touchpoint T { persona P image "${touchpointImage}" } }
}
`;

describe('images in the model (export --format json)', () => {
    test("the normative example's persona image: resolved path, media type by content, size", () => {
        const result = runCli(['export', '--format', 'json', 'fashion-first-order.cjourney', '--journey', 'FashionAsIs'], EXAMPLES);
        expect(result.stderr).toBe('');
        const model = JSON.parse(result.stdout);
        const jana = model.journeys[0].personas.find((persona: { id: string }) => persona.id === 'Jana');
        expect(jana.image).toBe('personas/jana.png');
        expect(jana.imageFile).toEqual({ path: 'personas/jana.png', mediaType: 'image/png', bytes: statSync(JANA).size });
    });

    test('a missing image keeps its path only; a URL is no image file at all', () => {
        const dir = makeTempDir();
        writeIn(dir, 'j.cjourney', journey('https://example.com/shot.png'));
        const model = JSON.parse(runCli(['export', '--format', 'json', 'j.cjourney'], dir).stdout);
        const [persona] = model.journeys[0].personas;
        expect(persona.imageFile).toEqual({ path: 'pics/pat.png' });
        expect(model.journeys[0].touchpoints[0].imageFile).toBeUndefined();
    });

    test('a file that is not an image by content has a size but no media type', () => {
        const dir = makeTempDir();
        writeIn(dir, 'j.cjourney', journey('shot.png'));
        const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
        writeIn(dir, 'shot.png', svg);
        const model = JSON.parse(runCli(['export', '--format', 'json', 'j.cjourney'], dir).stdout);
        expect(model.journeys[0].touchpoints[0].imageFile).toEqual({ path: 'shot.png', bytes: Buffer.byteLength(svg) });
    });
});

describe('cjourney diff: an image replaced under the same name is a change', () => {
    test('the image file line names the new size', () => {
        const dir = makeTempDir();
        for (const version of ['old', 'new']) {
            writeIn(dir, `${version}/j.cjourney`, journey('shot.png'));
            writeIn(dir, `${version}/pics/pat.png`, readFileSync(JANA));
        }
        copyFileSync(JANA, path.join(dir, 'old', 'shot.png'));
        const bigger = Buffer.concat([readFileSync(JANA), Buffer.alloc(10)]);
        writeIn(dir, 'new/shot.png', bigger);
        const result = runCli(['diff', 'old', 'new', '--format', 'json'], dir);
        const touchpoint = JSON.parse(result.stdout).journeys[0].touchpoints[0];
        expect(touchpoint.changes).toEqual([
            {
                type: 'value',
                property: 'image file',
                before: `image/png, ${statSync(JANA).size} bytes`,
                after: `image/png, ${bigger.length} bytes`
            }
        ]);
    });
});

describe('cjourney render embeds the images, so every file stays self-contained', () => {
    test('SVG and HTML carry the touchpoint picture as a data URI; a script-carrying SVG named .png is left out', () => {
        const dir = makeTempDir();
        writeIn(dir, 'j.cjourney', journey('shot.png'));
        writeIn(dir, 'shot.png', readFileSync(JANA));
        writeIn(dir, 'pics/pat.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
        const embedded = `data:image/png;base64,${readFileSync(JANA).toString('base64')}`;
        for (const output of ['j.svg', 'j.html']) {
            expect(runCli(['render', 'j.cjourney', '-o', output], dir).code).toBe(0);
            const text = readFileSync(path.join(dir, output), 'utf8');
            expect(text.split(embedded)).toHaveLength(2);
            expect(text).not.toContain('alert(1)');
        }
    });
});
