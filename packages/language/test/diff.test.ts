/**
 * The semantic diff as a specification: each kind of change a reviewer cares about, found
 * in journey terms and counted in the summary, with no noise from what did not change.
 */
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { diffJourneys, type ElementDiff, type JourneyChange, type JourneyDiff } from '@cjourney/model';
import { loadSources } from '../src/load-sources.js';
import { SHOP_BUY_STAGE } from '@cjourney/test-support/shop-journey';

const BASE = `
journey Shop "Web shop" {
  objective "Fewer abandoned carts"
  persona Ann "Ann, regular"
  stakeholder Finance "Finance team" { type internal power medium interest high attitude neutral }
  stakeholder Carrier { type external power low interest low }
  stage Browse "Browse" {
    touchpoint Home "Opens the home page" { channel web persona Ann emotion pleased }
    touchpoint Search "Searches" { channel web emotion neutral }
    touchpoint Filter "Filters results" { channel web emotion neutral }
  }
${SHOP_BUY_STAGE}  flow Home -> Search -> Filter -> Cart -> Pay
  kpi Conversion "Conversion rate" {
    stage Buy
    current 2.1%
    target 3%
    benchmark 4% "Market leader"
  }
}
`;

async function models(files: Record<string, string>) {
    const entries = Object.entries(files);
    const { documents } = await loadSources(entries.map(([name, text]) => ({ uri: `file:///ws/${name}`, text })));
    return documents.map((document, index) => buildCjourneyModel(document, { fileName: () => entries[index][0] }));
}

async function diff(before: string | Record<string, string>, after: string | Record<string, string>): Promise<JourneyDiff> {
    const asFiles = (text: string | Record<string, string>) => (typeof text === 'string' ? { 'shop.cjourney': text } : text);
    return diffJourneys(await models(asFiles(before)), await models(asFiles(after)));
}

/** The only changed journey of a diff. */
function journeyOf(result: JourneyDiff): JourneyChange {
    expect(result.journeys).toHaveLength(1);
    return result.journeys[0];
}

function summary(result: JourneyDiff): string[] {
    return result.summary.items.map(item => item.text);
}

function edit(text: string, ...replacements: [string, string][]): string {
    return replacements.reduce((result, [from, to]) => {
        expect(result, `the base text contains ${from}`).toContain(from);
        return result.replace(from, to);
    }, text);
}

const FILTER = '    touchpoint Filter "Filters results" { channel web emotion neutral }\n';

/** BASE with the Filter touchpoint taken out of its place and put just after `anchor`. */
function withFilterAfter(anchor: string): string {
    return edit(BASE, [FILTER, ''], [anchor, `${anchor}${FILTER}`]);
}

function only(elements: ElementDiff[]): ElementDiff {
    expect(elements).toHaveLength(1);
    return elements[0];
}

describe('no differences', () => {
    test('comments, blank lines and layout are not journey facts', async () => {
        const reformatted =
            '// a comment\n' +
            BASE.replace(/\n {2}/g, '\n    ').replace(
                'touchpoint Pay "Pays" { channel web emotion pleased involves Carrier }',
                'touchpoint Pay "Pays" {\n channel web\n emotion pleased\n involves Carrier\n}'
            );
        const result = await diff(BASE, reformatted);
        expect(result.journeys).toEqual([]);
        expect(result.summary).toEqual({ identical: true, items: [] });
    });
});

describe('touchpoints', () => {
    test('moved to another stage: one move, with both stages', async () => {
        const moved = withFilterAfter('  stage Buy "Buy" {\n    needs Finance "Fewer payment failures"\n');
        const result = await diff(BASE, moved);
        const touchpoint = only(journeyOf(result).touchpoints);
        expect(touchpoint).toMatchObject({
            kind: 'touchpoint',
            status: 'changed',
            id: 'Filter',
            title: 'Filters results',
            stage: { id: 'Buy', title: 'Buy' },
            moved: { fromStage: { id: 'Browse', title: 'Browse' }, toStage: { id: 'Buy', title: 'Buy' }, fromIndex: 2, toIndex: 0 },
            changes: []
        });
        expect(summary(result)).toEqual(['1 touchpoint moved']);
    });

    test('reordered in its stage: only the moved touchpoint is reported, not the ones it shifted', async () => {
        const reordered = withFilterAfter('  stage Browse "Browse" {\n');
        const touchpoint = only(journeyOf(await diff(BASE, reordered)).touchpoints);
        expect(touchpoint).toMatchObject({ id: 'Filter', moved: { fromIndex: 2, toIndex: 0 } });
        expect(touchpoint.moved?.fromStage).toBeUndefined();
    });

    test('added and removed, in their stages', async () => {
        const changed = edit(
            BASE,
            ['    touchpoint Search "Searches" { channel web emotion neutral }\n', ''],
            ['    touchpoint Pay', '    touchpoint Receipt "Gets a receipt" { channel email }\n    touchpoint Pay']
        );
        const journey = journeyOf(await diff(BASE, changed.replace('Home -> Search -> Filter', 'Home -> Filter')));
        expect(journey.touchpoints.map(t => [t.status, t.id, t.stage?.title])).toEqual([
            ['added', 'Receipt', 'Buy'],
            ['removed', 'Search', 'Browse']
        ]);
    });

    test('an emotion lowered: "pleased → frustrated", worse; raised: better', async () => {
        const result = await diff(
            BASE,
            edit(
                BASE,
                [
                    '{ channel web persona Ann emotion pleased }',
                    '{ channel web persona Ann emotion frustrated opportunity "Personal picks" }'
                ],
                ['"Searches" { channel web emotion neutral }', '"Searches" { channel web emotion delighted }']
            )
        );
        const [home, search] = journeyOf(result).touchpoints;
        expect(home.changes).toEqual([
            { type: 'value', property: 'emotion', before: 'pleased', after: 'frustrated', direction: 'down', verdict: 'worse' },
            { type: 'list', property: 'opportunity', added: ['Personal picks'], removed: [] }
        ]);
        expect(search.changes).toEqual([
            { type: 'value', property: 'emotion', before: 'neutral', after: 'delighted', direction: 'up', verdict: 'better' }
        ]);
        expect(summary(result)).toEqual(['1 emotion better', '1 emotion worse', '1 opportunity added']);
    });

    test("pains and opportunities added and removed; a pain's evidence changed", async () => {
        const changed = edit(
            BASE,
            [
                'pain "Shipping costs appear late" evidence "Exit survey"',
                'pain "Shipping costs appear late" evidence "Exit survey Q3, n=412"\n      pain "Coupon field invites a search"'
            ],
            ['opportunity "Show shipping on product pages"', 'opportunity "Free shipping threshold banner"']
        );
        const result = await diff(BASE, changed);
        expect(only(journeyOf(result).touchpoints).changes).toEqual([
            { type: 'list', property: 'pain', added: ['Coupon field invites a search'], removed: [] },
            {
                type: 'value',
                property: 'evidence',
                subject: 'Shipping costs appear late',
                before: 'Exit survey',
                after: 'Exit survey Q3, n=412'
            },
            {
                type: 'list',
                property: 'opportunity',
                added: ['Free shipping threshold banner'],
                removed: ['Show shipping on product pages']
            }
        ]);
        expect(summary(result)).toEqual(['1 pain added', '1 opportunity added', '1 opportunity removed', '1 touchpoint edited']);
    });

    test('channel, persona, owner and involved stakeholders', async () => {
        const changed = edit(
            BASE,
            ['{ channel web persona Ann emotion pleased }', '{ channel app emotion pleased owner Finance involves Carrier }'],
            ['{ channel web emotion pleased involves Carrier }', '{ channel web emotion pleased involves Finance }']
        );
        const [home, pay] = journeyOf(await diff(BASE, changed)).touchpoints;
        expect(home.changes).toEqual([
            { type: 'value', property: 'channel', before: 'web', after: 'app' },
            { type: 'value', property: 'persona', before: 'Ann' },
            { type: 'value', property: 'owner', after: 'Finance' },
            { type: 'list', property: 'involves', added: ['Carrier'], removed: [] }
        ]);
        expect(pay.changes).toEqual([{ type: 'list', property: 'involves', added: ['Finance'], removed: ['Carrier'] }]);
    });

    test('a renamed id keeping its title is a rename: no removal, no flow noise', async () => {
        const renamed = BASE.replace(/\bCart\b/g, 'Basket');
        const result = await diff(BASE, renamed);
        const touchpoint = only(journeyOf(result).touchpoints);
        expect(touchpoint).toMatchObject({ status: 'changed', id: 'Basket', renamedFrom: 'Cart', title: 'Reviews the cart', changes: [] });
        expect(journeyOf(result).flows).toEqual({ added: [], removed: [] });
        expect(summary(result)).toEqual(['1 touchpoint renamed']);
    });

    test('a renamed id without a title is found by its unchanged content', async () => {
        const before =
            'journey J { stage S { touchpoint Old { channel phone emotion angry pain "Long wait" opportunity "Call back" } touchpoint Other } }';
        const after =
            'journey J { stage S { touchpoint New { channel phone emotion angry pain "Long wait" opportunity "Call back" } touchpoint Other } }';
        const touchpoint = only(journeyOf(await diff(before, after)).touchpoints);
        expect(touchpoint).toMatchObject({
            id: 'New',
            renamedFrom: 'Old',
            title: 'New',
            changes: [{ property: 'title', before: 'Old', after: 'New' }]
        });
    });

    test('ambiguous candidates are not guessed: removed and added', async () => {
        const before = 'journey J { stage S { touchpoint A touchpoint B } }';
        const after = 'journey J { stage S { touchpoint C touchpoint D } }';
        const statuses = journeyOf(await diff(before, after)).touchpoints.map(t => `${t.status} ${t.id}`);
        expect(statuses).toEqual(['added C', 'added D', 'removed A', 'removed B']);
    });
});

describe('stages', () => {
    test('added, removed, renamed (same title) and moved', async () => {
        const before =
            'journey J { stage A "Aware" { touchpoint T1 } stage B { touchpoint T2 } stage C { touchpoint T3 } stage D { touchpoint T4 } }';
        const after =
            'journey J { stage Awareness "Aware" { touchpoint T1 } stage C { touchpoint T3 } stage B { touchpoint T2 } stage E { touchpoint T5 } }';
        const journey = journeyOf(await diff(before, after));
        expect(journey.stages.map(s => ({ status: s.status, id: s.id, renamedFrom: s.renamedFrom, moved: s.moved }))).toEqual([
            { status: 'changed', id: 'Awareness', renamedFrom: 'A', moved: undefined },
            { status: 'changed', id: 'C', renamedFrom: undefined, moved: { fromIndex: 2, toIndex: 1 } },
            { status: 'added', id: 'E', renamedFrom: undefined, moved: undefined },
            { status: 'removed', id: 'D', renamedFrom: undefined, moved: undefined }
        ]);
        // Touchpoints of a renamed stage did not move.
        expect(journey.touchpoints.map(t => `${t.status} ${t.id}`)).toEqual(['added T5', 'removed T4']);
    });

    test("a stage's title and stakeholder needs", async () => {
        const changed = edit(BASE, [
            'stage Buy "Buy" {\n    needs Finance "Fewer payment failures"',
            'stage Buy "Checkout" {\n    needs Finance "Payment failures below 1%"'
        ]);
        const stage = only(journeyOf(await diff(BASE, changed)).stages);
        expect(stage.changes).toEqual([
            { type: 'value', property: 'title', before: 'Buy', after: 'Checkout' },
            { type: 'list', property: 'needs', added: ['Finance: Payment failures below 1%'], removed: ['Finance: Fewer payment failures'] }
        ]);
    });
});

describe('stakeholders', () => {
    test('power and interest moves, with the quadrant change; attitude better or worse', async () => {
        const changed = edit(BASE, [
            '{ type internal power medium interest high attitude neutral }',
            '{ type internal power high interest high attitude sceptic }'
        ]);
        const result = await diff(BASE, changed);
        expect(only(journeyOf(result).stakeholders)).toMatchObject({
            id: 'Finance',
            changes: [
                { property: 'power', before: 'medium', after: 'high', direction: 'up' },
                { property: 'attitude', before: 'neutral', after: 'sceptic', direction: 'down', verdict: 'worse' },
                { property: 'quadrant', before: 'Keep informed', after: 'Manage closely' }
            ]
        });
        expect(summary(result)).toEqual(['1 stakeholder changed quadrant']);
    });

    test('shared stakeholders are diffed once, and renaming one does not touch the journeys that use it', async () => {
        const shared = 'stakeholder Support "Support team" { type internal power medium interest high }\n';
        const journey = 'journey J { stage S { touchpoint T { channel phone owner Support } } }\n';
        const result = await diff(
            { 'shared.cjourney': shared, 'j.cjourney': journey },
            {
                'shared.cjourney': shared.replace('Support', 'CustomerCare').replace('power medium', 'power low'),
                'j.cjourney': journey.replace('Support', 'CustomerCare')
            }
        );
        expect(result.journeys).toEqual([]);
        expect(result.shared).toEqual([
            {
                kind: 'stakeholder',
                status: 'changed',
                id: 'CustomerCare',
                title: 'Support team',
                renamedFrom: 'Support',
                file: 'shared.cjourney',
                line: 1,
                changes: [{ type: 'value', property: 'power', before: 'medium', after: 'low', direction: 'down' }]
            }
        ]);
    });
});

describe('KPIs', () => {
    test('a raised target widens the gap to target (worse)', async () => {
        const result = await diff(BASE, edit(BASE, ['target 3%', 'target 3.5%']));
        expect(only(journeyOf(result).kpis)).toMatchObject({
            id: 'Conversion',
            stage: { id: 'Buy' },
            changes: [
                { property: 'target', before: '3%', after: '3.5%', direction: 'up' },
                { property: 'gap to target', before: '0.9 pp', after: '1.4 pp', direction: 'up', verdict: 'worse' }
            ]
        });
        expect(summary(result)).toEqual(['1 KPI changed']);
    });

    test('current moving the better way shrinks the gap; reaching the target reads "met"; benchmarks by source', async () => {
        const result = await diff(
            BASE,
            edit(
                BASE,
                ['current 2.1%', 'current 3.2%'],
                ['benchmark 4% "Market leader"', 'benchmark 4.5% "Market leader"\n    benchmark 2.5% "Category median"']
            )
        );
        expect(only(journeyOf(result).kpis).changes).toEqual([
            { type: 'value', property: 'current', before: '2.1%', after: '3.2%', direction: 'up', verdict: 'better' },
            {
                type: 'value',
                property: 'benchmark',
                subject: 'Market leader',
                before: '4%',
                after: '4.5%',
                direction: 'up',
                verdict: 'better'
            },
            { type: 'list', property: 'benchmark', added: ['2.5% (Category median)'], removed: [] },
            { type: 'value', property: 'gap to target', before: '0.9 pp', after: 'met', direction: 'down', verdict: 'better' }
        ]);
    });

    test('with `better lower`, a falling current is better; units are shown', async () => {
        const before = 'journey J { stage S { touchpoint T } kpi Wait { better lower current 12 target 5 unit "min" } }';
        const after = 'journey J { stage S { touchpoint T } kpi Wait { better lower current 9 target 5 unit "min" } }';
        expect(only(journeyOf(await diff(before, after)).kpis).changes).toEqual([
            { type: 'value', property: 'current', before: '12 min', after: '9 min', direction: 'down', verdict: 'better' },
            { type: 'value', property: 'gap to target', before: '7 min', after: '4 min', direction: 'down', verdict: 'better' }
        ]);
    });
});

describe('flows, journeys and files', () => {
    test('flow steps added and removed, by title', async () => {
        const result = await diff(
            BASE,
            edit(BASE, ['flow Home -> Search -> Filter -> Cart -> Pay', 'flow Home -> Search -> Cart -> Pay\n  flow Pay -> Home'])
        );
        expect(journeyOf(result).flows).toEqual({
            added: [
                { from: { id: 'Search', title: 'Searches' }, to: { id: 'Cart', title: 'Reviews the cart' } },
                { from: { id: 'Pay', title: 'Pays' }, to: { id: 'Home', title: 'Opens the home page' } }
            ],
            removed: [
                { from: { id: 'Search', title: 'Searches' }, to: { id: 'Filter', title: 'Filters results' } },
                { from: { id: 'Filter', title: 'Filters results' }, to: { id: 'Cart', title: 'Reviews the cart' } }
            ]
        });
        expect(summary(result)).toEqual(['2 flow steps added', '2 flow steps removed']);
    });

    test('journeys added and removed with their size; a journey moved to another file is the same journey', async () => {
        const other = 'journey Returns "Returns" { stage Ask { touchpoint Form } stage Ship { touchpoint Label touchpoint Drop } }\n';
        const result = await diff(
            { 'shop.cjourney': BASE, 'returns.cjourney': other },
            { 'web/shop.cjourney': BASE, 'new.cjourney': 'journey New { stage S { touchpoint T } }' }
        );
        expect(result.journeys.map(j => ({ status: j.status, id: j.id, file: j.file, fileBefore: j.fileBefore, size: j.size }))).toEqual([
            { status: 'changed', id: 'Shop', file: 'web/shop.cjourney', fileBefore: 'shop.cjourney', size: undefined },
            { status: 'added', id: 'New', file: 'new.cjourney', fileBefore: undefined, size: { stages: 1, touchpoints: 1 } },
            { status: 'removed', id: 'Returns', file: 'returns.cjourney', fileBefore: undefined, size: { stages: 2, touchpoints: 3 } }
        ]);
        expect(summary(result)).toEqual(['1 journey added', '1 journey removed']);
    });

    test('journey title, description and objectives', async () => {
        const journey = journeyOf(
            await diff(
                BASE,
                edit(BASE, [
                    'journey Shop "Web shop" {\n  objective "Fewer abandoned carts"',
                    'journey Shop "Web shop 2025" {\n  objective "Abandoned carts below 60%"'
                ])
            )
        );
        expect(journey.changes).toEqual([
            { type: 'value', property: 'title', before: 'Web shop', after: 'Web shop 2025' },
            { type: 'list', property: 'objective', added: ['Abandoned carts below 60%'], removed: ['Fewer abandoned carts'] }
        ]);
    });

    test('journey-local personas and channels', async () => {
        const version = (goal: string, kiosk: string) =>
            `journey J { persona P "Pat" { goal "${goal}" } channel Kiosk "${kiosk}" offline stage S { touchpoint T { channel Kiosk persona P } } }`;
        const journey = journeyOf(await diff(version('Save time', 'Kiosk'), version('Save money', 'Self-service kiosk')));
        expect(only(journey.personas).changes).toEqual([{ type: 'list', property: 'goal', added: ['Save money'], removed: ['Save time'] }]);
        expect(only(journey.channels).changes).toEqual([
            { type: 'value', property: 'title', before: 'Kiosk', after: 'Self-service kiosk' }
        ]);
    });

    test('the diff is plain data: JSON round-trips it unchanged', async () => {
        const result = await diff(BASE, edit(BASE, ['emotion frustrated', 'emotion angry']));
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
});

describe('regressions found by fuzzing', () => {
    test('a journey written twice in a broken file (the same id twice) shows no change against itself', async () => {
        // Found by the diff fuzz test: a duplicated `journey VoltAdvocacy` header; matching
        // by id paired both copies with the last one, reporting a removal and a change.
        const broken = `journey Shop // the header was pasted twice\n${BASE}`;
        const result = await diff(broken, broken);
        expect(result.journeys).toEqual([]);
        expect(result.summary.items).toEqual([]);
    });
});
