/**
 * Arrows answer a click near their line, not only on the 1.6-px line itself: in headless
 * Chromium with the bundled preview, a click 5 screen px beside the middle of a flow arrow
 * (flow view) and of an influence arrow (stakeholder map) reveals the arrow's source line.
 */
import type { SourceLocation } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { journeyOf } from '../src/source-lookup.js';
import { send, showDocument, usePreview } from './preview-page.js';

const preview = usePreview({ examples: true });

/** Runs in the page: a screen point 5 px beside the middle of the arrow's line, across its direction. */
function besideLine(selector: string): { x: number; y: number; id: string } {
    const arrow = document.querySelector<SVGGElement>(`.cj-canvas svg ${selector}`)!;
    const line = arrow.querySelector<SVGPathElement>(':scope > path')!;
    const middle = line.getTotalLength() / 2;
    const toScreen = (p: DOMPoint) => p.matrixTransform(line.getScreenCTM()!);
    const [a, b] = [toScreen(line.getPointAtLength(middle - 1)), toScreen(line.getPointAtLength(middle + 1))];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const centre = toScreen(line.getPointAtLength(middle));
    return { x: centre.x - ((b.y - a.y) / length) * 5, y: centre.y + ((b.x - a.x) / length) * 5, id: arrow.getAttribute('data-cj-id')! };
}

type Journey = NonNullable<ReturnType<typeof journeyOf>>;
const cases: Array<[string, string, string, string, (journey: Journey, id: string) => SourceLocation]> = [
    ['a flow arrow', 'saas-onboarding', 'flow', '[data-cj-kind="flow"][data-cj-index="0"]', journey => journey.flows[0].loc],
    [
        'an influence arrow',
        'advocacy-stakeholder-map',
        'stakeholders',
        '[data-cj-kind="influence"]',
        (journey, id) => journey.stakeholders.find(item => item.id === id.split('->')[0])!.loc
    ]
];

describe('wide hit strokes on arrows (headless Chromium)', () => {
    test.each(cases)('a click 5 px beside %s reveals its source', async (_, name, view, selector, expected) => {
        const page = await preview.open({ width: 1600, height: 1200 });
        const model = preview.models.get(name)!;
        await showDocument(page, name, model, view);
        await send(page, { type: 'command', command: 'fit' });
        const point = await page.evaluate(besideLine, selector);
        // Under the point is the invisible hit stroke, not the drawn line.
        const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class'), point);
        expect(under).toBe('cj-hit-stroke');
        await page.mouse.click(point.x, point.y);
        const reveals = await page.evaluate(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(message => message.type === 'reveal')
        );
        expect(reveals).toEqual([{ type: 'reveal', location: expected(journeyOf(model, undefined)!, point.id) }]);
        await page.close();
    });
});

describe('keyboard access (headless Chromium)', () => {
    test('Tab walks the map elements in drawing order, Enter on a touchpoint reveals its source', async () => {
        const page = await preview.open({ width: 1600, height: 1200 });
        const model = preview.models.get('saas-onboarding')!;
        const journey = journeyOf(model, undefined)!;
        await showDocument(page, 'saas-onboarding', model);
        await page.focus('.cj-canvas');
        const focused = () =>
            page.evaluate(
                () => document.activeElement?.getAttribute('data-cj-kind') + ' ' + document.activeElement?.getAttribute('data-cj-id')
            );
        const order: string[] = [];
        for (let i = 0; i < 12; i++) {
            await page.keyboard.press('Tab');
            order.push(await focused());
        }
        const first = journey.touchpoints[0].id;
        expect(order).toContain(`touchpoint ${first}`);
        // Drawing order: the first stage comes before its first touchpoint.
        expect(order.indexOf(`stage ${journey.stages[0].id}`)).toBeLessThan(order.indexOf(`touchpoint ${first}`));
        while ((await focused()) !== `touchpoint ${first}`) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
        const reveals = await page.evaluate(() =>
            (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(message => message.type === 'reveal')
        );
        expect(reveals).toEqual([{ type: 'reveal', location: journey.touchpoints[0].loc }]);
        await page.close();
    });
});
