/**
 * The examples as journey models, loaded together (so shared definitions resolve) with the
 * language itself, as the CLI and the language server do; and a strict check that an SVG is
 * well-formed and made only of the elements the renderer writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { type CjourneyModel } from '@cjourney/model';
import { expect } from 'vitest';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The examples the browser tests draw in every view: one of each kind of journey the language writes. */
export const SHOWCASE_EXAMPLES = [
    'saas-onboarding',
    'retail-repurchase',
    'advocacy-stakeholder-map',
    'hotel-benchmarking',
    'omnichannel-service',
    'project-tool-onboarding'
];

export function exampleFiles(): string[] {
    const files: string[] = [];
    const walk = (dir: string) =>
        readdirSync(dir, { withFileTypes: true }).forEach(entry => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.cjourney')) files.push(full);
        });
    walk(EXAMPLES_DIR);
    return files.sort();
}

/**
 * Every example's model, by path relative to examples/ without the extension (e.g. `saas-onboarding`,
 * `shared/stakeholders`); `transform` rewrites each file's text first (e.g. hostile strings).
 */
export async function loadExampleModels(transform: (text: string) => string = text => text): Promise<Map<string, CjourneyModel>> {
    const files = exampleFiles();
    const { documents } = await loadSources(files.map(file => ({ uri: `file://${file}`, text: transform(readFileSync(file, 'utf8')) })));
    const models = new Map<string, CjourneyModel>();
    documents.forEach((document, index) => {
        const name = path.relative(EXAMPLES_DIR, files[index]).replace(/\.cjourney$/, '');
        models.set(name, buildCjourneyModel(document, { fileName: () => `examples/${name}.cjourney` }));
    });
    return models;
}

/** A model from a text, alone in its workspace. */
export async function modelOfText(text: string, name = 'test.cjourney'): Promise<CjourneyModel> {
    const { documents } = await loadSources([{ uri: `file:///test/${name}`, text }]);
    return buildCjourneyModel(documents[0], { fileName: () => name });
}

// desc: the drawing's accessible description (issue 16), next to its title.
// image: a persona's or touchpoint's picture, only ever embedded as a data URI of an allowed format.
// style: only in an export from the preview, and only @font-face rules of embedded woff2 fonts.
const ELEMENTS = new Set([
    'svg',
    'title',
    'desc',
    'defs',
    'symbol',
    'use',
    'g',
    'rect',
    'circle',
    'path',
    'text',
    'tspan',
    'image',
    'style'
]);
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;
const FONT_FACE_RULE =
    /^@font-face \{ font-family: Arimo; font-style: normal; font-display: block; font-weight: (400|700); src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\); unicode-range: [U+0-9A-F, -]+; \}$/;
const TAG = /^<(\/?)([a-z]+)((?:\s[a-zA-Z-]+="[^"<>]*")*)\s*(\/?)>$/;

/**
 * Well-formedness without a DOM: every tag matches a strict grammar (attributes always
 * double-quoted, no `<` or `>` inside), uses only the renderer's elements, and nests
 * properly; no event handler, inline style or outside link; every `&` starts an entity; no
 * character XML forbids. A `<style>` may only hold `@font-face` rules of embedded woff2 fonts.
 */
export function expectWellFormedSvg(svg: string): void {
    const stack: string[] = [];
    const pieces = svg.split(/(<[^>]*>)/);
    for (const piece of pieces) {
        if (piece.startsWith('<')) {
            const match = TAG.exec(piece);
            expect(match, `malformed tag: ${piece.slice(0, 200)}`).not.toBeNull();
            const [, closing, name, attributeText, selfClosing] = match!;
            expect(ELEMENTS.has(name), `unexpected element <${name}>`).toBe(true);
            // No event handlers, links or inline styles: values are quoted and escaped, so names are all there is.
            for (const [, attribute, value] of attributeText.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)) {
                expect(/^on|^style$/i.test(attribute), `attribute ${attribute}`).toBe(false);
                // The only links are <use> of the drawing's own icon symbols and embedded pictures.
                if (/href$/i.test(attribute)) {
                    const allowed = name === 'use' ? /^#cj-icon-[a-z]+$/.test(value) : name === 'image' && EMBEDDED_IMAGE.test(value);
                    expect(allowed, `${name} ${attribute}="${value.slice(0, 80)}"`).toBe(true);
                }
            }
            if (closing) {
                expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name);
            } else if (!selfClosing) {
                stack.push(name);
            }
        } else {
            expect(piece.includes('>') || piece.includes('<'), `stray markup in text: ${piece.slice(0, 200)}`).toBe(false);
            if (stack.at(-1) === 'style') expectOnlyEmbeddedFonts(piece);
        }
    }
    expect(stack, 'unclosed elements').toEqual([]);
    expect(svg.match(/&(?!(?:amp|lt|gt|quot|#39|#9|#10|#13);)/g), 'a bare &').toBeNull();

    expect(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
            svg
        ),
        'a character XML forbids'
    ).toBe(false);
}

/** The text of a `<style>`: one `@font-face` rule of an embedded woff2 font a line, nothing else. */
function expectOnlyEmbeddedFonts(css: string): void {
    const rules = css.split('\n').filter(line => line.trim() !== '');
    expect(rules.length, 'an empty <style>').toBeGreaterThan(0);
    for (const rule of rules) expect(FONT_FACE_RULE.test(rule.trim()), `a style rule: ${rule.slice(0, 200)}`).toBe(true);
}
