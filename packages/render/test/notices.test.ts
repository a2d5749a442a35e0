/**
 * The notices a drawing shows instead of content (no stages, no flow, no stakeholders, no
 * journey at all, an unknown journey) read as sentences in every view: code a person would
 * type is quoted (“stage Name { … }”), never wrapped in Markdown backticks, which an image
 * shows literally.
 */
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { renderView, VIEWS } from '../src/index.js';

async function modelOf(text: string): Promise<CjourneyModel> {
    const { documents } = await loadSources([{ uri: 'file:///work/notices.cjourney', text }]);
    return buildCjourneyModel(documents[0], { fileName: () => 'notices.cjourney' });
}

/** What the drawing says in words: the text of its <text> and <title> elements. */
const wordsOf = (svg: string): string => [...svg.matchAll(/<(?:tspan|title)[^>]*>([^<]*)</g)].map(match => match[1]).join(' ');

const CASES: Array<[string, string, string | undefined]> = [
    ['a journey without stages', 'journey Empty "Empty" { }', undefined],
    ['a journey without flow or stakeholders', 'journey Bare "Bare" { stage S "S" { touchpoint T "T" } }', undefined],
    ['a file with only shared definitions', 'stakeholder Ops "Operations" { power high interest high }', undefined],
    ['an unknown journey', 'journey Only "Only" { stage S "S" { touchpoint T "T" } }', 'Missing']
];

describe('drawn notices', () => {
    test.each(CASES)('%s: every view says what to add without backticks', async (_, text, journeyId) => {
        const model = await modelOf(text);
        for (const view of VIEWS) {
            const svg = await renderView(model, view, { journeyId });
            const words = wordsOf(svg);
            expect(words.length, `${view} says something`).toBeGreaterThan(0);
            expect(words, `${view}`).not.toContain('`');
        }
    });

    test('code words in an empty state are quoted', async () => {
        const model = await modelOf('journey Bare "Bare" { }');
        const map = wordsOf(await renderView(model, 'map'));
        expect(map).toContain('“stage Name { touchpoint … }”');
        const stakeholders = wordsOf(await renderView(model, 'stakeholders'));
        expect(stakeholders).toContain('“stakeholder Name { power high');
    });
});
