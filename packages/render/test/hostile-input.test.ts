/**
 * Hostile and huge journeys draw in every view: a 5,000-touchpoint flow chain (no stack
 * overflow in layout or render), ids named after JavaScript builtins, 100,000-character
 * strings, and the models of deeply nested or unbalanced files. The SVG is always
 * well-formed. Timings are measured in `npm run bench`, never asserted here.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { deepNesting, flowChain, journeyWithBuiltinIds, longStrings, unbalancedBraces } from '@cjourney/test-support/hostile-input';
import { renderView, VIEWS } from '../src/index.js';
import { expectWellFormedSvg, modelOfText } from '@cjourney/test-support/examples';
import { drawn } from './scene-queries.js';

let chain: CjourneyModel;
beforeAll(async () => {
    chain = await modelOfText(flowChain(5000));
}, 120_000);

describe('hostile and huge journeys in every view', () => {
    test.each(VIEWS)(
        'a 5,000-touchpoint flow chain: %s',
        async view => {
            const { svg } = await drawn(chain, view);
            expectWellFormedSvg(svg);
            // What each view draws once per step: a card, or (the summary) a point of the curve.
            const perStep = { map: 'touchpoint', flow: 'touchpoint', blueprint: 'touchpoint', summary: 'emotion' } as const;
            if (view in perStep) {
                const kind = perStep[view as keyof typeof perStep];
                expect(svg.match(new RegExp(`data-cj-kind="${kind}"`, 'g'))).toHaveLength(5000);
            }
        },
        120_000
    );

    test.each(VIEWS)('ids named __proto__, constructor, toString, hasOwnProperty…: %s', async view => {
        const svg = await renderView(await modelOfText(journeyWithBuiltinIds()), view);
        expectWellFormedSvg(svg);
        const ids = new Set([...svg.matchAll(/data-cj-id="([^"]*)"/g)].map(match => match[1]));
        // The portfolio draws the one opportunity, whose id is its touchpoint's (__proto__).
        const expected =
            view === 'stakeholders'
                ? ['constructor', 'toString', 'prototype']
                : view === 'opportunities'
                  ? ['__proto__']
                  : ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
        expected.forEach(id => expect(ids, id).toContain(id));
    });

    test.each(VIEWS)('100,000-character strings: %s', async view => {
        const svg = await renderView(await modelOfText(longStrings(100_000)), view);
        expectWellFormedSvg(svg);
    });

    test.each(VIEWS)('the models of 50 levels of braces and of unbalanced braces: %s', async view => {
        const { opened, closed } = unbalancedBraces(50);
        for (const text of [deepNesting(50), opened, closed]) {
            expectWellFormedSvg(await renderView(await modelOfText(text), view));
        }
    });

    test.each(VIEWS)('regression (fuzz): a need, pain and opportunity recovered without their text: %s', async view => {
        const text =
            'stakeholder Cfo { type internal power high interest high }\njourney J {\n  stage S {\n    needs Cfo Word\n    touchpoint T { channel web owner Cfo pain Sign opportunity Word }\n  }\n}\n';
        expectWellFormedSvg(await renderView(await modelOfText(text), view));
    });
});
