/**
 * The real Mermaid (the `mermaid` package, its browser build) in headless Chromium, offline:
 * every example's Mermaid export renders without error and shows every touchpoint's title
 * as written; text Mermaid's lexer would break on comes out intact; and `cjourney import`
 * reads each hand-written diagram exactly as Mermaid's own parser does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { journeyToMermaid } from '../src/mermaid/export-mermaid.js';
import { parseMermaidJourney } from '../src/mermaid/parse-mermaid-journey.js';
import { launchChromium } from '@cjourney/test-support/browser';
import { exampleFiles, FIXTURES, MERMAID_FIXTURES } from './mermaid-fixtures.js';

const MERMAID_SCRIPT = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist/mermaid.min.js');

let browser: Browser;
let page: Page;

beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    // Nothing may come from the network: the page is blank and Mermaid is injected from node_modules.
    await page.route('**/*', route => route.abort());
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID_SCRIPT });
    await page.evaluate(() => (window as unknown as MermaidWindow).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
});

afterAll(async () => {
    await browser?.close();
});

interface MermaidWindow {
    mermaid: {
        initialize(config: object): void;
        render(id: string, text: string): Promise<{ svg: string }>;
        mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: MermaidJourneyDb }> };
    };
}

interface MermaidJourneyDb {
    getDiagramTitle(): string;
    getAccTitle(): string;
    getAccDescription(): string;
    getTasks(): { section: string; task: string; score: number; people: string[] }[];
}

/** Renders with the real Mermaid; returns the lines of text the diagram shows, or the error. */
async function render(text: string): Promise<{ lines?: string[]; error?: string }> {
    return page.evaluate(async source => {
        const { mermaid } = window as unknown as MermaidWindow;
        try {
            const { svg } = await mermaid.render(`d${Math.random().toString(36).slice(2)}`, source);
            const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
            if (document.querySelector('parsererror, .error-icon')) {
                return { error: 'Mermaid drew an error diagram' };
            }
            const texts = [...document.querySelectorAll('text, tspan, div, span')]
                .filter(element => element.children.length === 0)
                .map(element => (element.textContent ?? '').trim())
                .filter(line => line !== '');
            return { lines: texts };
        } catch (error) {
            return { error: String((error as Error).message ?? error) };
        }
    }, text);
}

describe('the Mermaid export renders in Mermaid', () => {
    for (const example of exampleFiles()) {
        test(`${example.name}: no render error, every touchpoint shown as written`, async () => {
            const { documents } = await loadSources(example.files);
            const journey = buildCjourneyModel(documents[0]).journeys[0];
            const result = await render(journeyToMermaid(journey, example.name));
            expect(result.error).toBeUndefined();
            for (const touchpoint of journey.touchpoints) {
                for (const line of touchpoint.title.split('\n')) {
                    expect(result.lines, touchpoint.title).toContain(line.trim());
                }
            }
            expect(result.lines).toContain(journey.title);
        });
    }

    test('names Mermaid would read as comments, separators, keywords or line breaks come out intact', async () => {
        const titles = [
            'Journey review',
            'title of the talk',
            'Section 5 sign-off',
            'Pays #1; then waits: 20 min',
            'Q&A, then <b>bold</b> %% not a comment',
            'Reads <br> literally',
            '#35; stays as typed'
        ];
        const touchpoints = titles
            .map((title, index) => `touchpoint T${index} ${JSON.stringify(title)} { emotion pleased persona P }`)
            .join('\n');
        const text = `journey J "Title # with ; marks" {\n persona P "Smith, Ann: buyer"\n stage S "Stage: one; #two" {\n${touchpoints}\n }\n}\n`;
        const { documents } = await loadSources([{ uri: 'file:///hostile.cjourney', text }]);
        const journey = buildCjourneyModel(documents[0]).journeys[0];
        const result = await render(journeyToMermaid(journey, 'hostile.cjourney'));
        expect(result.error).toBeUndefined();
        expect(result.lines).toEqual(expect.arrayContaining([...titles, 'Stage: one; #two', 'Smith, Ann: buyer', 'Title # with ; marks']));
    });
});

describe('cjourney import reads Mermaid as Mermaid does', () => {
    for (const fixture of MERMAID_FIXTURES) {
        test(`${fixture}: the same title, descriptions, sections, tasks, scores and actors as Mermaid's parser`, async () => {
            const text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
            const theirs = await page.evaluate(async source => {
                const { mermaid } = window as unknown as MermaidWindow;
                const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
                // What the rendered diagram shows: entity placeholders decoded, <br> as a line break.
                const shown = (value: string, breaks: boolean) => {
                    const decoded = value
                        .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
                        .replace(
                            /ﬂ°(\w+)¶ß/g,
                            (_, name: string) => new DOMParser().parseFromString(`&${name};`, 'text/html').body.textContent ?? ''
                        );
                    return (breaks ? decoded.replace(/<\/?br\s*\/?>/gi, '\n') : decoded).trim();
                };
                return {
                    title: shown(db.getDiagramTitle(), false),
                    accTitle: shown(db.getAccTitle(), false),
                    accDescr: shown(db.getAccDescription(), false),
                    tasks: db
                        .getTasks()
                        .map(task => [
                            shown(task.section, true),
                            shown(task.task, true),
                            task.score,
                            task.people.map(person => shown(person, true))
                        ])
                };
            }, text);
            const parsed = parseMermaidJourney(text);
            expect(parsed.problems).toEqual([]);
            const ours = parsed.journey!;
            expect({
                title: ours.title ?? '',
                accTitle: ours.accTitle ?? '',
                accDescr: ours.accDescr ?? '',
                tasks: ours.sections.flatMap(section => section.tasks.map(task => [section.name, task.name, task.score, task.actors]))
            }).toEqual(theirs);
        });
    }

    test('what Mermaid refuses, import refuses too', async () => {
        const invalid = [
            'journey\n  section S\n    Make tea\n',
            'journey\n  title Tea; coffee\n',
            'journey\n  section S\n    Journey planning: 5: Me\n',
            'JOURNEY\n  section S\n'
        ];
        for (const text of invalid) {
            const failed = await page.evaluate(async source => {
                try {
                    await (window as unknown as MermaidWindow).mermaid.mermaidAPI.getDiagramFromText(source);
                    return false;
                } catch {
                    return true;
                }
            }, text);
            expect(failed, text).toBe(true);
            expect(parseMermaidJourney(text).problems, text).not.toEqual([]);
        }
    });
});
