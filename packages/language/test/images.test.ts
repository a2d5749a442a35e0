/**
 * `image-not-found` and `image-unsupported` (contract, Version 2), read from a real folder:
 * a triggering and a quiet case each, with code, severity and the covered text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSources } from '../src/load-sources.js';
import { textAt } from './helpers.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let dir: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cjourney-images-'));
    writeFileSync(path.join(dir, 'jana.png'), PNG);
    writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(path.join(dir, 'screen.webp'), Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]));
    writeFileSync(path.join(dir, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(path.join(dir, 'huge.png'), Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
});

async function issues(text: string) {
    const uri = pathToFileURL(path.join(dir, 'main.cjourney')).toString();
    const {
        documents: [document]
    } = await loadSources([{ uri, text }], NodeFileSystem);
    return (document.diagnostics ?? [])
        .filter(diagnostic => String(diagnostic.code).startsWith('image-'))
        .map(diagnostic => ({ code: diagnostic.code, severity: diagnostic.severity, text: textAt(text, diagnostic.range) }));
}

describe('images', () => {
    test('PNG, JPEG and WebP beside the file are fine', async () => {
        expect(
            await issues(
                'persona P { image "jana.png" }\njourney J { stage S { touchpoint T { channel web persona P image "photo.jpg" } touchpoint U { channel web image "./screen.webp" } } }'
            )
        ).toEqual([]);
    });

    test('image-not-found: an error on the path', async () => {
        expect(await issues('persona P { image "personas/missing.png" }')).toEqual([
            { code: 'image-not-found', severity: 1, text: '"personas/missing.png"' }
        ]);
    });

    test('image-unsupported: an SVG named .png (by content), a file over 2 MB, an absolute path or a URL', async () => {
        const found = await issues(
            'persona A { image "logo.png" }\npersona B { image "huge.png" }\npersona C { image "/etc/passwd" }\npersona D { image "https://example.com/a.png" }'
        );
        expect(found).toEqual([
            { code: 'image-unsupported', severity: 1, text: '"logo.png"' },
            { code: 'image-unsupported', severity: 1, text: '"huge.png"' },
            { code: 'image-unsupported', severity: 1, text: '"/etc/passwd"' },
            { code: 'image-unsupported', severity: 1, text: '"https://example.com/a.png"' }
        ]);
    });

    test('without a real file system (the browser, in-memory builds) images are not judged', async () => {
        const {
            documents: [document]
        } = await loadSources([{ uri: 'file:///nowhere/main.cjourney', text: 'persona P { image "missing.png" }' }]);
        expect((document.diagnostics ?? []).map(diagnostic => diagnostic.code)).not.toContain('image-not-found');
    });
});
