/**
 * Which fonts an exported SVG embeds (export/svg-fonts.ts): the faces whose unicode-range holds
 * a visible character of its text, one sample character per face and weight for a host to
 * wait on, and the `<style>` placed right after the root's open tag within the strict grammar.
 */
import { describe, expect, test } from 'vitest';
import { expectWellFormedSvg } from '@cjourney/test-support/examples';
import { facesUsedBy, fontFileName, svgWithFonts } from '../src/index.js';

const svgOf = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <text x="0" y="5" font-weight="700">${text}</text>\n</svg>\n`;

describe('the fonts an exported SVG carries', () => {
    test('Latin text needs only Arimo Latin, regular and bold', () => {
        const used = facesUsedBy(svgOf('Checkout'));
        expect(used.faces.map(fontFileName)).toEqual(['arimo-latin-400-normal.woff2', 'arimo-latin-700-normal.woff2']);
        expect(used.scriptFaces).toEqual([]);
    });

    test('Cyrillic and Arabic text add their subsets, with a character of each to wait for', () => {
        const used = facesUsedBy(svgOf('Оплата — الدفع'));
        expect(used.faces.map(fontFileName)).toContain('arimo-cyrillic-700-normal.woff2');
        expect(used.scriptFaces.map(fontFileName)).toEqual(['noto-sans-arabic-arabic-400-normal.woff2']);
        expect(used.samples.filter(sample => /\p{Script=Arabic}/u.test(sample.character)).map(sample => sample.weight)).toEqual([400, 700]);
        expect(used.faces.some(face => fontFileName(face).includes('greek'))).toBe(false);
    });

    test('the style goes after the root tag, holds only the files given, and keeps the SVG well-formed', () => {
        const url = 'data:font/woff2;base64,AAAA';
        const svg = svgWithFonts(svgOf('Оплата'), name => (name.startsWith('arimo-latin-') ? url : undefined));
        expect(svg).toMatch(/^<svg[^>]*>\n {2}<defs>\n {4}<style>\n@font-face/);
        expect(svg.match(/@font-face/g)).toHaveLength(2); // Cyrillic was not given
        expectWellFormedSvg(svg);
        expect(svgWithFonts(svgOf('x'), () => undefined)).toBe(svgOf('x'));
    });
});
