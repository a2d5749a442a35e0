/**
 * `cjourney render` as a user runs it: a real process on real files, asserting exit codes,
 * messages and the files written (SVG, self-contained HTML, PNG).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli as run, makeTempDirWithExamples, writeIn } from './helpers.js';

let dir: string;
beforeEach(() => {
    dir = makeTempDirWithExamples('cjourney-render-');
});

const write = (name: string, text: string | Buffer): string => writeIn(dir, name, text);

describe('cjourney render FILE -o OUT', () => {
    test('SVG of the journey map by default; the same bytes on every run', () => {
        const first = run(['render', 'examples/saas-onboarding.cjourney', '-o', 'out/map.svg'], dir);
        expect(first).toMatchObject({ code: 0, stdout: '', stderr: '' });
        const svg = readFileSync(path.join(dir, 'out/map.svg'), 'utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('data-cj-view="map"');
        expect(svg).toContain('id="cj-touchpoint-Pricing"');
        run(['render', 'examples/saas-onboarding.cjourney', '-o', 'out/again.svg'], dir);
        expect(readFileSync(path.join(dir, 'out/again.svg'), 'utf8')).toBe(svg);
    });

    test('--view and --theme', () => {
        for (const view of ['stakeholders', 'flow']) {
            expect(
                run(['render', 'examples/retail-repurchase.cjourney', '-o', `${view}.svg`, '--view', view, '--theme', 'dark'], dir).code
            ).toBe(0);
            const svg = readFileSync(path.join(dir, `${view}.svg`), 'utf8');
            expect(svg).toContain(`data-cj-view="${view}"`);
            expect(svg).toContain('class="cj-background" x="0" y="0"');
            expect(svg).toMatch(/class="cj-background"[^>]*fill="#161b22"/);
        }
    });

    test('self-contained HTML: the SVG, embedded fonts, no script and no external resource', () => {
        expect(run(['render', 'examples/saas-onboarding.cjourney', '-o', 'map.html'], dir).code).toBe(0);
        const html = readFileSync(path.join(dir, 'map.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('<svg xmlns=');
        expect(html).toContain('src: url(data:font/woff2;base64,');
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
        expect(html).toContain("default-src 'none'");
    });

    test('PNG rasterised with the shipped font', () => {
        expect(run(['render', 'examples/saas-onboarding.cjourney', '-o', 'map.png', '--view', 'stakeholders'], dir).code).toBe(0);
        const png = readFileSync(path.join(dir, 'map.png'));
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        // Twice the drawing's size, for crisp text.
        run(['render', 'examples/saas-onboarding.cjourney', '-o', 'map.svg', '--view', 'stakeholders'], dir);
        const svgWidth = Number(/width="(\d+)"/.exec(readFileSync(path.join(dir, 'map.svg'), 'utf8'))![1]);
        expect(png.readUInt32BE(16)).toBe(2 * svgWidth);
    });

    test('a journey with errors is drawn with a notice, and exits 1', () => {
        write('broken.cjourney', 'journey Shop {\n  stage Browse {\n    touchpoint Home { emotion happy owner Nobody }\n  }\n}\n');
        const result = run(['render', 'broken.cjourney', '-o', 'broken.svg'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('broken.cjourney has 2 errors; the drawing may be incomplete (run cjourney check)');
        const svg = readFileSync(path.join(dir, 'broken.svg'), 'utf8');
        expect(svg).toContain('id="cj-touchpoint-Home"');
        expect(svg).toContain('broken.cjourney has 2 errors (run cjourney check):');
    });

    test('several journeys: the first by default (said on stderr), another with --journey', () => {
        write(
            'two.cjourney',
            'journey First "The first" { stage S { touchpoint A { } } }\njourney Second "The second" { stage S { touchpoint B { } } }\n'
        );
        const first = run(['render', 'two.cjourney', '-o', 'first.svg'], dir);
        expect(first.code).toBe(0);
        expect(first.stderr).toContain('has 2 journeys; drew the first, First (choose with --journey ID)');
        expect(readFileSync(path.join(dir, 'first.svg'), 'utf8')).toContain('The first');
        expect(run(['render', 'two.cjourney', '-o', 'second.svg', '--journey', 'Second'], dir)).toMatchObject({ code: 0, stderr: '' });
        expect(readFileSync(path.join(dir, 'second.svg'), 'utf8')).toContain('The second');
        const unknown = run(['render', 'two.cjourney', '-o', 'x.svg', '--journey', 'Third'], dir);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toBe("cjourney: two.cjourney: no journey 'Third'; its journeys are First, Second\n");
    });

    test('a file of shared definitions: the stakeholder map of its stakeholders', () => {
        expect(run(['render', 'examples/shared/stakeholders.cjourney', '-o', 'shared.svg', '--view', 'stakeholders'], dir).code).toBe(0);
        expect(readFileSync(path.join(dir, 'shared.svg'), 'utf8')).toContain('id="cj-stakeholder-CxLead"');
        expect(run(['render', 'examples/shared/stakeholders.cjourney', '-o', 'shared-map.svg'], dir).code).toBe(0);
        expect(readFileSync(path.join(dir, 'shared-map.svg'), 'utf8')).toContain('no journey, only shared definitions');
    });

    test('usage errors and unreadable input: exit 2 with one line', () => {
        const cases: Array<[string[], string]> = [
            [['render', 'missing.cjourney', '-o', 'x.svg'], "cjourney: cannot read 'missing.cjourney': no such file or directory\n"],
            [
                ['render', 'examples/saas-onboarding.cjourney', '-o', 'x.jpg'],
                "cjourney: cannot tell the format of 'x.jpg': end it with .svg, .html, .png or .pdf\n"
            ],
            [['render', 'examples/saas-onboarding.cjourney'], 'cjourney: render of a file needs -o OUT (.svg, .html, .png or .pdf)\n'],
            [['render', 'examples', '-o', 'x.svg'], "cjourney: 'examples' is a folder: give --out-dir DIR to render every journey in it\n"]
        ];
        for (const [args, message] of cases) {
            const result = run(args, dir);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toBe(message);
        }
        writeFileSync(path.join(dir, 'binary.cjourney'), Buffer.from([0, 1, 2, 3]));
        const binary = run(['render', 'binary.cjourney', '-o', 'x.svg'], dir);
        expect(binary.code).toBe(2);
        expect(binary.stderr).toMatch(/^cjourney: 'binary.cjourney' is a binary file[^\n]*\n$/);
        expect(run(['render', 'examples/saas-onboarding.cjourney', '-o', 'x.svg', '--view', 'gantt'], dir).code).toBe(2);
    });
});

describe('cjourney render FOLDER --out-dir DIR', () => {
    test('every journey of the folder, quiet when not on a terminal', () => {
        const result = run(['render', 'examples', '--out-dir', 'rendered'], dir);
        expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
        const written = readdirSync(path.join(dir, 'rendered'))
            .filter(file => file.endsWith('.svg'))
            .sort();
        expect(written).toEqual([
            'advocacy-stakeholder-map.map.svg',
            'fashion-first-order.map.svg',
            'hotel-benchmarking.map.svg',
            'omnichannel-service.map.svg',
            'project-tool-onboarding.map.svg',
            'retail-repurchase.map.svg',
            'saas-onboarding.map.svg'
        ]);
        // Shared definitions have no journey map; they are skipped.
        expect(existsSync(path.join(dir, 'rendered/shared'))).toBe(false);
    });

    test('the stakeholder view of a folder includes its shared files; --format png', () => {
        expect(run(['render', 'examples', '--out-dir', 'rendered', '--view', 'stakeholders', '--format', 'png'], dir).code).toBe(0);
        expect(existsSync(path.join(dir, 'rendered/shared/stakeholders.stakeholders.png'))).toBe(true);
        expect(existsSync(path.join(dir, 'rendered/saas-onboarding.stakeholders.png'))).toBe(true);
    });
});
