/**
 * `cjourney site`: the examples build into a self-contained site (a page per journey, the
 * cross-journey pages, assets copied in, a strict CSP, no inline script, nothing fetched from
 * elsewhere), the same input gives the same bytes, user text is escaped, and --repo-url links
 * each element to its line on GitHub or GitLab.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawMap, type MapData } from '../src/site/map-drawing.js';
import { EXAMPLES, filesOf, makeTempDir, runCli, writeIn } from './helpers.js';

function build(
    inputs: readonly string[],
    extra: readonly string[] = [],
    cwd = EXAMPLES
): { out: string; code: number | null; stderr: string; stdout: string } {
    const out = makeTempDir('cjourney-site-');
    const result = runCli(['site', ...inputs, '-o', out, ...extra], cwd);
    return { out, ...result };
}

const HOSTILE = `journey Evil "<script>alert('x')</script> & co" {
  persona P "<img src=x onerror=alert(1)>"
  stage S "</svg><script>alert(2)</script>" {
    touchpoint T "Pays" {
      channel web
      emotion angry
      pain "\\"><iframe src=javascript:alert(3)>"
    }
  }
}
`;

// Each test builds a site in a child process: generous limits for a busy machine.
describe('cjourney site', { timeout: 300_000 }, () => {
    test('builds every example journey into pages, cross-journey pages and copied assets, with a strict CSP and no inline script', () => {
        const { out, code, stdout } = build(['.']);
        expect(code).toBe(0);
        expect(stdout).toMatch(/Built the site of 8 journeys/);
        const files = filesOf(out);
        for (const page of [
            'index.html',
            'stakeholders.html',
            'kpis.html',
            'backlog.html',
            'research.html',
            'assets/site.css',
            'assets/search-index.js',
            'assets/render.js'
        ]) {
            expect(files).toContain(page);
        }
        expect(files).toContain('journeys/FashionAsIs.html');
        expect(files).toContain('journeys/FashionAsIs.map.svg');
        expect(files.filter(file => file.startsWith('assets/fonts/') && file.endsWith('.woff2')).length).toBeGreaterThan(0);
        for (const page of files.filter(file => file.endsWith('.html'))) {
            const html = readFileSync(path.join(out, page), 'utf8');
            expect(html, page).toContain(
                `http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;`
            );
            // Scripts come from files; the only inline element is a journey page's model, JSON that never runs.
            expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)(?! type="application\/json" id="journey-data")/);
            expect(html, page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
            expect(html, page).not.toMatch(/\s(src|href)="\//);
        }
        expect(readFileSync(path.join(out, 'assets/site.css'), 'utf8')).not.toMatch(/url\((https?:)?\/\//);
        // The renderer for the browser: one classic script, no eval, no module syntax (pages load it from file://).
        const renderer = readFileSync(path.join(out, 'assets/render.js'), 'utf8');
        expect(renderer).toMatch(/cjourneySite/);
        expect(renderer).not.toMatch(/\beval\(|new Function\(|^import |^export /m);
    });

    test('the same journeys build into byte-identical sites', () => {
        const first = build(['.']).out;
        const second = build(['.']).out;
        const files = filesOf(first);
        expect(filesOf(second)).toEqual(files);
        for (const file of files) {
            expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first, file))), file).toBe(true);
        }
    });

    test('a site drawn on worker threads (13 journeys and more) is byte-identical too', () => {
        const dir = makeTempDir();
        for (let i = 0; i < 13; i++) {
            writeIn(
                dir,
                `j${i}.cjourney`,
                `journey J${i} "Journey ${i}" {\n  persona A "A"\n  persona B "B"\n  stage S "S" {\n    touchpoint T "Step ${i}" { channel web emotion pleased }\n  }\n}\n`
            );
        }
        const first = build(['.'], [], dir);
        expect(first.stdout).toMatch(/Built the site of 13 journeys/);
        const second = build(['.'], [], dir).out;
        const files = filesOf(first.out);
        expect(files.filter(file => file.endsWith('.html')).length).toBe(13 + 5);
        for (const file of files) {
            expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first.out, file))), file).toBe(true);
        }
    });

    test('escapes everything the user wrote', () => {
        const dir = makeTempDir();
        writeIn(dir, 'evil.cjourney', HOSTILE);
        const { out } = build(['evil.cjourney'], [], dir);
        for (const page of filesOf(out).filter(file => file.endsWith('.html'))) {
            const html = readFileSync(path.join(out, page), 'utf8');
            expect(html, page).not.toMatch(/<script>alert|<img src=x|<iframe|<\/svg><script/);
        }
        const evil = readFileSync(path.join(out, 'journeys/Evil.html'), 'utf8');
        expect(evil).toContain("<h1>&lt;script&gt;alert('x')&lt;/script&gt; &amp; co</h1>");
        // The model the page carries for its map filters: no `<` can close its element, and it reads back as written.
        const model = pageData(evil).model;
        expect(model.journeys[0].title).toBe("<script>alert('x')</script> & co");
        expect(model.journeys[0].stages[0].title).toBe('</svg><script>alert(2)</script>');
    });

    test('--repo-url links each element to its line on GitHub (…/blob/REF) and GitLab (…/-/blob/REF)', () => {
        const dir = makeTempDir();
        writeIn(
            dir,
            'journeys/shop.cjourney',
            'journey Shop "Shop" {\n  stage Buy "Buy" {\n    touchpoint Pay "Pays" { channel web }\n  }\n}\n'
        );
        const github = build(['journeys'], ['--repo-url', 'https://github.com/acme/cx/blob/main', '--base-path', '.'], dir);
        expect(github.code).toBe(0);
        const page = readFileSync(path.join(github.out, 'journeys/Shop.html'), 'utf8');
        expect(page).toContain('href="https://github.com/acme/cx/blob/main/journeys/shop.cjourney#L3"');
        expect(page).toContain('href="https://github.com/acme/cx/blob/main/journeys/shop.cjourney#L1"');
        const gitlab = build(['journeys'], ['--repo-url', 'https://gitlab.com/acme/cx/-/blob/v2/', '--base-path', '.'], dir);
        expect(readFileSync(path.join(gitlab.out, 'journeys/Shop.html'), 'utf8')).toContain(
            'href="https://gitlab.com/acme/cx/-/blob/v2/journeys/shop.cjourney#L3"'
        );
    });

    test('a --repo-url that is not an http(s) URL is a usage error', () => {
        const { code, stderr } = build(['.'], ['--repo-url', 'javascript:alert(1)']);
        expect(code).toBe(2);
        expect(stderr).toMatch(/--repo-url .* must start with https:\/\//);
    });

    test('a journey with errors still gets its page, and the run exits 1', () => {
        const dir = makeTempDir();
        writeIn(dir, 'broken.cjourney', 'journey Broken "Broken" {\n  stage S "S" {\n    touchpoint T "T" { channel nowhere }\n  }\n}\n');
        const { out, code, stderr } = build(['.'], [], dir);
        expect(code).toBe(1);
        expect(stderr).toMatch(/1 file with errors/);
        const page = readFileSync(path.join(out, 'journeys/Broken.html'), 'utf8');
        expect(page).toContain('has 1 error');
        expect(pageData(page).notices).toEqual(['broken.cjourney has 1 error (run cjourney check): this drawing may be incomplete.']);
    });

    test('each journey page carries what its map is drawn from: drawn again from it in the page, the map is the one the page shows', async () => {
        const { out } = build(['.']);
        const pages = filesOf(out).filter(file => /^journeys\/.*\.html$/.test(file));
        expect(pages).toHaveLength(8);
        for (const file of pages) {
            const page = readFileSync(path.join(out, file), 'utf8');
            const data = pageData(page);
            expect(
                data.model.journeys.map(journey => journey.id),
                file
            ).toContain(data.journeyId);
            expect(page, file).toContain(`<div class="drawing">${await drawMap(data)}</div>`);
        }
        // Pictures are read when the site is built: the page carries them for its redraws.
        const fashion = pageData(readFileSync(path.join(out, 'journeys/FashionAsIs.html'), 'utf8'));
        expect(Object.keys(fashion.images)).toEqual(['examples/personas/jana.png']);
        expect(fashion.images['examples/personas/jana.png']).toMatch(/^data:image\/png;base64,/);
    });
});

/** The JSON a journey page carries for its map filters. */
function pageData(html: string): MapData {
    const found = /<script type="application\/json" id="journey-data">([^<]*)<\/script>/.exec(html);
    expect(found).not.toBeNull();
    return JSON.parse(found![1]) as MapData;
}
