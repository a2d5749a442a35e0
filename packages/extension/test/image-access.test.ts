/**
 * Which images the preview shows (image-access.ts): the host allows a persona's or a
 * touchpoint's image only inside the workspace, as a regular file of at most 2 MB whose
 * content is PNG, JPEG or WebP — whatever the journey's text names and whatever the file is called.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    checkImage,
    dataUri,
    type FileLocation,
    type ImageFileSystem,
    imagePaths,
    imageRoots,
    isInside
} from '../src/preview/image-access.js';

const JANA_PNG = readFileSync(fileURLToPath(new URL('../../../examples/personas/jana.png', import.meta.url)));

/** A URI string's parts, decoded as vscode.Uri.parse decodes them. */
function location(uri: string): FileLocation {
    const url = new URL(uri);
    return { scheme: url.protocol.slice(0, -1), authority: url.host, path: decodeURIComponent(url.pathname) };
}

const at = (file: string): FileLocation => location(pathToFileURL(file).toString());

/** The real disk, as vscode.workspace.fs shows it (a symbolic link is reported as one). */
const disk: ImageFileSystem<FileLocation> = {
    stat: async file => {
        try {
            const stats = lstatSync(file.path);
            const kind = stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
            return { kind, size: stats.size };
        } catch {
            return undefined;
        }
    },
    read: async file => new Uint8Array(readFileSync(file.path))
};

let root: string;
let workspace: string;
let outside: string;

beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cj-images-'));
    workspace = path.join(root, 'workspace');
    outside = path.join(root, 'elsewhere');
    mkdirSync(path.join(workspace, 'personas'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(workspace, 'personas', 'jana.png'), JANA_PNG);
    writeFileSync(path.join(outside, 'secret.png'), JANA_PNG);
    writeFileSync(
        path.join(workspace, 'personas', 'script.png'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    );
    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(JANA_PNG.subarray(0, 16));
    writeFileSync(path.join(workspace, 'personas', 'large.png'), large);
    symlinkSync(path.join(outside, 'secret.png'), path.join(workspace, 'personas', 'link.png'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const verdict = async (file: string, roots = [at(workspace)]) => {
    const result = await checkImage(at(file), roots, disk);
    return result.allowed ? result.mediaType : result.reason;
};

describe('the preview shows only images the host allows', () => {
    test('a PNG inside the workspace is allowed, with its bytes for an export', async () => {
        const result = await checkImage(at(path.join(workspace, 'personas', 'jana.png')), [at(workspace)], disk);
        expect(result.allowed && result.mediaType).toBe('image/png');
        expect(result.allowed && dataUri(result.mediaType, result.bytes)).toBe(`data:image/png;base64,${JANA_PNG.toString('base64')}`);
    });

    test('an image outside the workspace folders is refused, also through `..` or a symbolic link', async () => {
        expect(await verdict(path.join(outside, 'secret.png'))).toBe('outside the workspace');
        expect(
            await checkImage({ ...at(workspace), path: `${at(workspace).path}/../elsewhere/secret.png` }, [at(workspace)], disk)
        ).toEqual({
            allowed: false,
            reason: 'outside the workspace'
        });
        expect(await verdict(path.join(workspace, 'personas', 'link.png'))).toBe('a symbolic link');
    });

    test('SVG content named .png, a file over 2 MB and a missing file are refused', async () => {
        expect(await verdict(path.join(workspace, 'personas', 'script.png'))).toBe('not a PNG, JPEG or WebP image');
        expect(await verdict(path.join(workspace, 'personas', 'large.png'))).toBe('larger than 2 MB');
        expect(await verdict(path.join(workspace, 'personas', 'missing.png'))).toBe('not found');
        expect(await verdict(path.join(workspace, 'personas'))).toBe('not a file');
    });

    test('a folder is inside only its own tree: not a sibling whose name starts the same, not another scheme', () => {
        const folder = location('file:///c%3A/work/cx');
        expect(isInside(location('file:///C%3A/work/cx/personas/jana.png'), folder)).toBe(true);
        expect(isInside(location('file:///c%3A/work/cx-other/jana.png'), folder)).toBe(false);
        expect(isInside(location('vscode-vfs://github/c%3A/work/cx/jana.png'), folder)).toBe(false);
    });

    test('without a workspace folder holding the document, images beside it (and below) are allowed', () => {
        const document = location('file:///home/ana/journeys/shop.cjourney');
        const folderOf = (file: FileLocation) => ({ ...file, path: path.posix.dirname(file.path) });
        expect(imageRoots(document, [], folderOf).map(root => root.path)).toEqual(['/home/ana/journeys']);
        const folders = [location('file:///home/ana')];
        expect(imageRoots(document, folders, folderOf)).toEqual(folders);
    });

    test('the images a model names are those the language server resolved, each once', async () => {
        const uri = pathToFileURL(path.join(workspace, 'shop.cjourney')).toString();
        const text = `journey Shop {
  persona Jana "Jana" { image "personas/jana.png" }
  stage Buy {
    touchpoint Pay { channel web persona Jana image "personas/script.png" }
    touchpoint Ship { channel web persona Jana image "personas/jana.png" }
  }
}
`;
        const { documents } = await loadSources([{ uri, text }]);
        const paths = imagePaths(buildCjourneyModel(documents[0]));
        expect(paths.map(file => path.basename(file))).toEqual(['jana.png', 'script.png']);
        const verdicts = await Promise.all(paths.map(file => checkImage(location(file), [at(workspace)], disk)));
        expect(verdicts.map(result => result.allowed)).toEqual([true, false]);
    });
});
