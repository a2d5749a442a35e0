/**
 * Every map element that looks clickable goes to its source, and nothing else looks
 * clickable — in headless Debian Chromium with the bundled preview app. For every view of
 * every example: an element shows the pointer exactly when source-lookup knows where it is
 * written. Real clicks (the mouse at a point of the element) on a pain, an opportunity, an
 * emotion point, a flow arrow, a benchmark and the corner of a stakeholder's entry post the
 * `reveal` of the right source range.
 */
import type { SourceLocation } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { SHOWCASE_EXAMPLES } from '@cjourney/test-support/examples';
import { VIEWS } from '@cjourney/render';
import type { ElementRef } from '../src/protocol.js';
import { journeyOf, locationOf } from '../src/source-lookup.js';
import { send, showDocument, usePreview } from './preview-page.js';

const preview = usePreview({ examples: true });

interface Marked {
    ref: ElementRef;
    cursor: string;
}

/** Runs in the page: every marked element with the cursor it shows. */
function markedElements(): Marked[] {
    return [...document.querySelectorAll('.cj-canvas svg [data-cj-kind]')].map(element => {
        const index = element.getAttribute('data-cj-index');
        const ref = {
            kind: element.getAttribute('data-cj-kind'),
            id: element.getAttribute('data-cj-id') ?? '',
            ...(index === null ? {} : { index: Number(index) })
        } as ElementRef;
        return { ref, cursor: getComputedStyle(element).cursor };
    });
}

describe('click-through from the map to the source (headless Chromium)', () => {
    test('an element shows a pointer exactly when a click on it reveals its source', async () => {
        const page = await preview.open({ width: 900, height: 700 });
        const kinds = new Set<string>();
        for (const name of SHOWCASE_EXAMPLES) {
            const journey = journeyOf(preview.models.get(name)!, undefined)!;
            await showDocument(page, name, preview.models.get(name)!);
            for (const view of VIEWS) {
                await send(page, { type: 'command', command: `view:${view}` });
                await page.waitForSelector(`.cj-canvas svg[data-cj-view="${view}"]`);
                for (const { ref, cursor } of await page.evaluate(markedElements)) {
                    kinds.add(ref.kind);
                    const navigates = ref.id !== '' && locationOf(journey, ref) !== undefined;
                    expect(cursor, `${name} ${view} ${JSON.stringify(ref)}`).toBe(navigates ? 'pointer' : 'grab');
                }
            }
            await send(page, { type: 'command', command: 'view:map' });
        }
        expect([...kinds].sort()).toEqual(
            expect.arrayContaining(['benchmark', 'emotion', 'flow', 'opportunity', 'pain', 'quadrant', 'stakeholder', 'touchpoint'])
        );
        await page.close();
    });

    type Journey = NonNullable<ReturnType<typeof journeyOf>>;
    const clicks: Array<[string, string, string, (journey: Journey, id: string) => SourceLocation]> = [
        ['a pain', 'map', '[data-cj-kind="pain"]', journey => journey.touchpoints.find(tp => tp.pains.length > 0)!.pains[0].loc],
        [
            'an opportunity',
            'map',
            '[data-cj-kind="opportunity"]',
            journey => journey.touchpoints.find(tp => tp.opportunities.length > 0)!.opportunities[0].loc
        ],
        ['an emotion point', 'map', '[data-cj-kind="emotion"]', journey => journey.touchpoints.find(tp => tp.emotion)!.loc],
        ['a flow arrow', 'map', '[data-cj-kind="flow"][data-cj-index="0"]', journey => journey.flows[0].loc],
        ['a flow arrow in the flow view', 'flow', '[data-cj-kind="flow"][data-cj-index="0"]', journey => journey.flows[0].loc],
        [
            'a benchmark',
            'map',
            '[data-cj-kind="benchmark"]',
            journey => journey.kpis.find(kpi => kpi.benchmarks.length > 0)!.benchmarks[0].loc
        ],
        [
            'a stakeholder in the map (corner of its entry)',
            'map',
            '[data-cj-kind="stakeholder"]',
            (journey, id) => journey.stakeholders.find(item => item.id === id)!.loc
        ],
        [
            'a stakeholder card (corner)',
            'stakeholders',
            '[data-cj-kind="stakeholder"][data-cj-id="Sponsor"]',
            journey => journey.stakeholders.find(item => item.id === 'Sponsor')!.loc
        ]
    ];

    test.each(clicks)('a click on %s reveals its source', async (_, view, selector, expected) => {
        const page = await preview.open({ width: 1800, height: 1400 });
        const model = preview.models.get('saas-onboarding')!;
        await showDocument(page, 'saas-onboarding', model, view);
        await send(page, { type: 'command', command: 'fit' });
        const target = await page.evaluate(pointsToClick, selector);
        for (const point of target.points) await page.mouse.click(point.x, point.y);
        const reveals = await page.evaluate(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(message => message.type === 'reveal')
        );
        const reveal = { type: 'reveal', location: expected(journeyOf(model, undefined)!, target.id) };
        expect(reveals).toEqual(target.points.map(() => reveal));
        await page.close();
    });
});

/**
 * Runs in the page: screen points of the first element matching `selector`: on the line of
 * a path-only element (an arrow), else 2 px inside its box's top corners, where often no
 * text or marker is painted: the whole card must answer.
 */
function pointsToClick(selector: string): { points: Array<{ x: number; y: number }>; id: string } {
    const element = document.querySelector<SVGGraphicsElement>(`.cj-canvas svg ${selector}`)!;
    const id = element.getAttribute('data-cj-id') ?? '';
    const shapes = [...element.children].filter(child => child.tagName !== 'title');
    if (shapes.every(shape => shape.tagName === 'path')) {
        const path = shapes[0] as SVGPathElement;
        const local = path.getPointAtLength(path.getTotalLength() / 2);
        const screen = new DOMPoint(local.x, local.y).matrixTransform(path.getScreenCTM()!);
        return { points: [{ x: screen.x, y: screen.y }], id };
    }
    const box = element.getBoundingClientRect();
    return {
        points: [
            { x: box.left + 2, y: box.top + 2 },
            { x: box.right - 2, y: box.top + 2 }
        ],
        id
    };
}
