/**
 * `cjourney render … -o X.pdf [--page poster|a4|a3|slides]` as a user runs it: real processes,
 * real files, checked with poppler's own tools — pdfinfo (pages and their size), pdffonts
 * (every font embedded) and pdftotext (the text is real, extractable text).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VIEWS } from '@cjourney/render';
import { modelOfText } from '@cjourney/test-support/examples';
import { generateJourney } from '@cjourney/test-support/hostile-input';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, makeTempDir, runCli, writeIn } from './helpers.js';

/** The contract's version 2 example (shared/spec/cjourney-language.md, "Version 2"). */
const V2 = 'fashion-first-order.cjourney';

let dir: string;
beforeAll(() => {
    dir = makeTempDir('cjourney-pdf-');
    cpSync(path.join(EXAMPLES, V2), path.join(dir, V2));
});

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function render(args: string[]) {
    const result = runCli(['render', ...args], dir);
    expect(result.stderr.replace(/^.*has 2 journeys; drew the first.*\n/m, '')).toBe('');
    expect(result.code).toBe(0);
}

function info(file: string): { pages: number; size: string } {
    const text = poppler('pdfinfo', path.join(dir, file));
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]), size: /^Page size:\s+(.*)$/m.exec(text)?.[1] ?? '' };
}

/** Every font of the file: name and whether it is embedded. */
function fonts(file: string): { name: string; embedded: boolean }[] {
    return poppler('pdffonts', path.join(dir, file))
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map(line => ({
            name: line.split(/\s+/)[0],
            embedded: /\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line)?.[1] === 'yes'
        }));
}

/** The first line of each page: its heading. */
const slideHeadings = (file: string, pages: number) =>
    Array.from({ length: pages }, (_, index) => {
        const page = String(index + 1);
        return poppler('pdftotext', '-f', page, '-l', page, path.join(dir, file), '-').split('\n')[0].trim();
    });

/**
 * The font sizes (pt) of the words on these pages, measured by pdftotext -bbox: a word's box is
 * 1.024 of its font size tall in Arimo (ascent + descent as poppler reads them).
 */
function wordSizes(file: string, first: number, last: number, word: RegExp): number[] {
    const boxes = poppler('pdftotext', '-bbox', '-f', String(first), '-l', String(last), path.join(dir, file), '-');
    return [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
        .filter(match => word.test(match[3]))
        .map(match => (Number(match[2]) - Number(match[1])) / 1.024);
}

/** The extracted text, whitespace (line breaks of wrapped text included) made single spaces. */
const text = (file: string, ...range: string[]) => poppler('pdftotext', ...range, path.join(dir, file), '-').replace(/\s+/g, ' ');

describe('PDF of the version 2 example', { timeout: 180_000 }, () => {
    test.each([...VIEWS])('view %s: one poster page, every font embedded, its words extractable', view => {
        render([V2, '-o', `${view}.pdf`, '--view', view]);
        expect(info(`${view}.pdf`).pages).toBe(1);
        const used = fonts(`${view}.pdf`);
        expect(used.map(font => font.name).join(' ')).toMatch(/Arimo/);
        expect(used.every(font => font.embedded)).toBe(true);
        expect(text(`${view}.pdf`)).toContain('Loom & Lane: first order (today)');
    });

    test('the map: the touchpoint titles are text; the poster is the drawing, 1 px = 0.75 pt', async () => {
        render([V2, '-o', 'map.pdf']);
        render([V2, '-o', 'map.svg']);
        const journey = (await modelOfText(readFileSync(path.join(dir, V2), 'utf8'))).journeys[0];
        for (const touchpoint of journey.touchpoints) expect(text('map.pdf')).toContain(touchpoint.title);
        const svg = readFileSync(path.join(dir, 'map.svg'), 'utf8');
        const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
        expect(info('map.pdf').size).toBe(`${width * 0.75} x ${height * 0.75} pts`);
    });

    test('--page a4 and a3: landscape paper; slides: 16:9 pages, a title page first, a footer on each', () => {
        render([V2, '-o', 'a4.pdf', '--page', 'a4']);
        expect(info('a4.pdf').size).toBe('841.89 x 595.28 pts (A4)');
        render([V2, '-o', 'a3.pdf', '--page', 'a3', '--theme', 'dark']);
        expect(info('a3.pdf').size).toBe('1190.55 x 841.89 pts (A3)');
        render([V2, '-o', 'slides.pdf', '--page', 'slides']);
        const slides = info('slides.pdf');
        expect(slides.size).toBe('960 x 540 pts');
        expect(slides.pages).toBeGreaterThanOrEqual(3);
        const title = text('slides.pdf', '-f', '1', '-l', '1');
        expect(title).toContain('Loom & Lane: first order (today)');
        expect(title).toContain('Objectives • Halve the checkout exit rate');
        expect(title).toContain('Personas Jana, repeat buyer');
        expect(title).toContain(`page 1/${slides.pages}`);
        const headings = slideHeadings('slides.pdf', slides.pages);
        const journeySlide = headings.findIndex(heading => heading.startsWith('Choose · Buy — touchpoints 1–2 of 2')) + 1;
        expect(journeySlide).toBeGreaterThan(1);
        expect(text('slides.pdf', '-f', String(journeySlide), '-l', String(journeySlide))).toContain('Picks a size');
        expect(headings.at(-1)).toMatch(/^Opportunities/);
        expect(text('slides.pdf', '-f', String(slides.pages), '-l', String(slides.pages))).toContain(
            `page ${slides.pages}/${slides.pages}`
        );
        expect(text('slides.pdf')).toContain('E-commerce team');
    });

    test('the same input gives byte-identical PDFs', () => {
        for (const page of ['poster', 'slides']) {
            render([V2, '-o', `once-${page}.pdf`, '--page', page]);
            render([V2, '-o', `twice-${page}.pdf`, '--page', page]);
            expect(readFileSync(path.join(dir, `twice-${page}.pdf`)).equals(readFileSync(path.join(dir, `once-${page}.pdf`)))).toBe(true);
        }
    });
});

describe('a 150-touchpoint journey as slides', () => {
    test('a title page, then many readable pages; every touchpoint title is in the text', { timeout: 300_000 }, async () => {
        const source = generateJourney({ touchpoints: 150 });
        writeIn(dir, 'big/big.cjourney', source);
        render(['big/big.cjourney', '-o', 'big.pdf', '--page', 'slides']);
        const { pages, size } = info('big.pdf');
        expect(size).toBe('960 x 540 pts');
        // Tens of slides, not hundreds: three touchpoints a slide (302 slides of two touchpoints, each in four bands, before).
        expect(pages).toBeGreaterThan(40);
        expect(pages).toBeLessThan(100);
        const headings = slideHeadings('big.pdf', pages);
        const journeySlides = headings.flatMap((heading, index) => (/touchpoints? [\d–]+ of 150/.test(heading) ? [index + 1] : []));
        expect(journeySlides.length).toBeLessThanOrEqual(60);
        // Body text at presentation distance: the cards' persona, owner and evidence lines at 14 pt.
        const body = wordSizes('big.pdf', journeySlides[0], journeySlides.at(-1)!, /^(Persona|Owner:|Evidence:)$/);
        expect(body.length).toBeGreaterThan(100);
        expect(Math.min(...body)).toBeGreaterThanOrEqual(13.9);
        // Whole views cut into slides rather than shrunk: the portfolio's and the summary's item titles at 10 pt or more.
        const opportunities = headings.flatMap((heading, index) => (heading.startsWith('Opportunities') ? [index + 1] : []));
        expect(opportunities.length).toBeGreaterThan(1);
        expect(Math.min(...wordSizes('big.pdf', opportunities[0], opportunities.at(-1)!, /^Fix$/))).toBeGreaterThanOrEqual(10);
        expect(headings.filter(heading => heading.startsWith('Stakeholders')).length).toBeGreaterThan(1);
        expect(text('big.pdf', '-f', '1', '-l', '1')).toMatch(/^ ?Generated journey with 150 touchpoints .*Personas/);
        const all = text('big.pdf');
        const journey = (await modelOfText(source)).journeys[0];
        expect(journey.touchpoints).toHaveLength(150);
        const missing = journey.touchpoints.filter(touchpoint => !all.includes(touchpoint.title));
        expect(missing.map(touchpoint => touchpoint.title)).toEqual([]);
        expect(fonts('big.pdf').every(font => font.embedded)).toBe(true);
    });
});

describe('scripts beyond Arimo', { timeout: 120_000 }, () => {
    test('a Japanese journey embeds the Noto font, and its characters come back out of the text', () => {
        writeIn(
            dir,
            'cjk/cjk.cjourney',
            `journey Kaimono "オンライン注文の旅" {
  persona Hana "花子、初めての顧客"
  stage Sagasu "探す" {
    touchpoint Kensaku "商品を検索する" { channel web persona Hana emotion pleased pain "価格不清楚" }
  }
}`
        );
        render(['cjk/cjk.cjourney', '-o', 'cjk.pdf', '--page', 'slides']);
        const used = fonts('cjk.pdf');
        expect(used.some(font => /NotoSans/.test(font.name))).toBe(true);
        expect(used.every(font => font.embedded)).toBe(true);
        const all = text('cjk.pdf');
        for (const words of ['オンライン注文の旅', '花子、初めての顧客', '商品を検索する', '価格不清楚']) expect(all).toContain(words);
    });
});

describe('emoji sequences', { timeout: 120_000 }, () => {
    test('a ZWJ sequence, a flag and a keycap are each one glyph of the whole Noto Emoji font, as wide as one emoji, and come back out whole', () => {
        const sequences = ['👩\u200d💻', '🏳\ufe0f\u200d🌈', '🇩🇪', '1\ufe0f\u20e3'];
        writeIn(
            dir,
            'emoji/emoji.cjourney',
            `journey Launch "Launch day 🚀 ${sequences.join(' ')} done" {\n  stage S "Start" {\n    touchpoint T "Go" { channel web }\n  }\n}\n`
        );
        render(['emoji/emoji.cjourney', '-o', 'emoji.pdf']);
        expect(fonts('emoji.pdf').map(font => font.name.replace(/^[A-Z]{6}\+/, ''))).toContain('NotoEmoji-Regular');
        // pdftotext's words and their boxes: each sequence is one word as wide as the rocket (a split one drew each part).
        const boxes = [
            ...poppler('pdftotext', '-bbox', path.join(dir, 'emoji.pdf'), '-').matchAll(
                /<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g
            )
        ];
        const width = (word: string) => boxes.filter(box => box[3] === word).map(box => Number(box[2]) - Number(box[1]))[0];
        const rocket = width('🚀');
        expect(rocket).toBeGreaterThan(10);
        for (const sequence of sequences) expect(width(sequence), sequence).toBeCloseTo(rocket, 0);
    });
});

describe('bad --page', { timeout: 60_000 }, () => {
    test('an unknown page size names the allowed ones; --page with another format says it is for PDF', () => {
        const unknown = runCli(['render', V2, '-o', 'x.pdf', '--page', 'a5'], dir);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain("argument 'a5' is invalid. Allowed choices are poster, a4, a3, slides.");
        const svg = runCli(['render', V2, '-o', 'x.svg', '--page', 'slides'], dir);
        expect(svg.code).toBe(2);
        expect(svg.stderr).toBe('cjourney: --page slides is for PDF output: write to a .pdf file (or --format pdf with --out-dir)\n');
    });
});
