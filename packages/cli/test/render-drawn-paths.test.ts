/**
 * A drawing may be shared, so the file names drawn into it never reveal where the user keeps
 * files: the error notice and the visual diff's "changes since" name a file relative to the
 * working directory, or by its name alone when it lies outside — never by its absolute path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeTempDir, runCli, writeIn } from './helpers.js';

const BROKEN = 'journey Shop "Shop" {\n  stage Browse "Browse" {\n    touchpoint Home "Home" { emotion happy }\n  }\n}\n';
const GOOD = 'journey Shop "Shop" {\n  stage Browse "Browse" {\n    touchpoint Home "Home" { emotion pleased }\n  }\n}\n';

/** The words drawn in an SVG. */
const drawnWords = (svg: string): string => [...svg.matchAll(/<(?:tspan|title)[^>]*>([^<]*)</g)].map(match => match[1]).join(' ');

describe('file names drawn by cjourney render', () => {
    test('the error notice names a file inside the working directory by its relative path', () => {
        const work = makeTempDir();
        writeIn(work, 'journeys/broken.cjourney', BROKEN);
        expect(runCli(['render', path.join(work, 'journeys/broken.cjourney'), '-o', 'out.svg'], work).code).toBe(1);
        const words = drawnWords(readFileSync(path.join(work, 'out.svg'), 'utf8'));
        expect(words).toContain('journeys/broken.cjourney has 1 error');
        expect(words).not.toContain(work);
    });

    test('a file outside the working directory is named by its file name, in the notice and the diff', () => {
        const files = makeTempDir('cjourney-elsewhere-');
        const work = makeTempDir();
        const broken = writeIn(files, 'broken.cjourney', BROKEN);
        const old = writeIn(files, 'old.cjourney', GOOD);
        expect(runCli(['render', broken, '-o', 'out.svg', '--diff', old], work).code).toBe(1);
        const words = drawnWords(readFileSync(path.join(work, 'out.svg'), 'utf8'));
        // Both files are loaded together, so the journey's id is also a duplicate: 2 errors.
        expect(words).toMatch(/(^| )broken\.cjourney has 2 errors/);
        expect(words).toContain('since old.cjourney');
        expect(words).not.toContain(files);
    });
});
