/** The semantic diff: every kind of change, found by comparing two journey models. */
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel } from '../src/model/build-model.js';
import { diffModels, similarity } from '../src/model/diff/diff-journeys.js';
import type { ElementChange } from '../src/model/diff/journey-diff.js';
import { validate } from './helpers.js';

const BASE = `journey Shop "Web shop" {
  objective "Convert more"
  stakeholder Cfo "Finance lead" { type internal power medium interest high attitude sceptic risk "Cuts budget" }
  persona Ann "Ann" { goal "Pay fast" }
  stage Browse "Browse" {
    touchpoint Home "Home page" { channel web persona Ann emotion pleased }
    touchpoint Search "Searches" { channel web emotion neutral }
    touchpoint Filter "Filters results" { channel web emotion neutral }
  }
  stage Buy "Buy" {
    needs Cfo "Fewer failed payments"
    touchpoint Pay "Pays" { channel web emotion pleased pain "Card refused" evidence "Logs" opportunity "Offer PayPal" }
  }
  flow Home -> Search -> Filter -> Pay
  kpi Conv "Conversion" { stage Buy current 2% target 3% benchmark 4% "Leader" }
}
`;

async function modelOf(text: string) {
    const { document } = await validate(text);
    return buildCjourneyModel(document, { fileName: () => 'shop.cjourney' });
}

async function changesBetween(old: string, now: string): Promise<ElementChange[]> {
    const diff = diffModels(await modelOf(old), await modelOf(now));
    return diff.journeys.flatMap(journey => journey.changes);
}

const find = (changes: ElementChange[], element: string, id: string) => changes.find(change => change.element === element && change.id === id);

describe('no change', () => {
    test('the same text gives no changes; a formatting-only change neither', async () => {
        expect(await changesBetween(BASE, BASE)).toEqual([]);
        expect(await changesBetween(BASE, BASE.replace(/\n {4}/g, '\n      '))).toEqual([]);
    });
});

describe('touchpoints', () => {
    test('added and removed, with their stage in the path', async () => {
        const changes = await changesBetween(BASE, BASE.replace('    touchpoint Filter "Filters results" { channel web emotion neutral }\n', '    touchpoint Compare "Compares" { channel app emotion pleased }\n').replace('Search -> Filter', 'Search -> Compare'));
        expect(find(changes, 'touchpoint', 'Compare')).toMatchObject({ kind: 'added', path: 'Browse › Compares' });
        expect(find(changes, 'touchpoint', 'Filter')).toMatchObject({ kind: 'removed', path: 'Browse › Filters results' });
    });

    test('moved to another stage, and moved within its stage', async () => {
        const toBuy = BASE.replace('    touchpoint Filter "Filters results" { channel web emotion neutral }\n', '').replace('    needs Cfo', '    touchpoint Filter "Filters results" { channel web emotion neutral }\n    needs Cfo');
        expect(find(await changesBetween(BASE, toBuy), 'touchpoint', 'Filter')).toMatchObject({ kind: 'moved', movedFrom: 'from Browse', path: 'Buy › Filters results' });
        const reordered = BASE.replace('    touchpoint Search "Searches" { channel web emotion neutral }\n    touchpoint Filter "Filters results" { channel web emotion neutral }\n',
            '    touchpoint Filter "Filters results" { channel web emotion neutral }\n    touchpoint Search "Searches" { channel web emotion neutral }\n');
        const changes = await changesBetween(BASE, reordered);
        expect(changes.filter(change => change.kind === 'moved').map(change => [change.id, change.movedFrom])).toEqual([['Search', 'within Browse']]);
    });

    test('renamed id, recognised by its title', async () => {
        const changes = await changesBetween(BASE, BASE.replace(/\bSearch\b/g, 'SiteSearch'));
        expect(find(changes, 'touchpoint', 'SiteSearch')).toMatchObject({ kind: 'renamed', oldId: 'Search' });
        expect(changes.filter(change => change.element === 'flow')).toEqual([]);
    });

    test('emotion worse or better, pains and opportunities, channel and persona', async () => {
        const changes = await changesBetween(BASE, BASE
            .replace('touchpoint Home "Home page" { channel web persona Ann emotion pleased }', 'touchpoint Home "Home page" { channel app emotion frustrated pain "Slow" opportunity "Cache" }')
            .replace('pain "Card refused" evidence "Logs" opportunity "Offer PayPal"', 'emotion delighted'));
        expect(find(changes, 'touchpoint', 'Home')).toMatchObject({
            kind: 'changed',
            properties: [
                { property: 'emotion', old: 'pleased', new: 'frustrated', trend: 'worse' },
                { property: 'channel', old: 'Website', new: 'App' },
                { property: 'persona', old: 'Ann' }
            ],
            added: ['pain: Slow', 'opportunity: Cache'],
            removed: []
        });
        expect(find(changes, 'touchpoint', 'Pay')).toMatchObject({ removed: ['pain: Card refused (evidence: Logs)', 'opportunity: Offer PayPal'] });
    });
});

describe('stakeholders, KPIs, flows, stages and the journey', () => {
    test('a stakeholder moving on the power/interest grid', async () => {
        const changes = await changesBetween(BASE, BASE.replace('power medium interest high attitude sceptic', 'power high interest high attitude champion'));
        expect(find(changes, 'stakeholder', 'Cfo')?.properties).toEqual([
            { property: 'power', old: 'medium', new: 'high' },
            { property: 'quadrant', old: 'keep informed', new: 'manage closely' },
            { property: 'attitude', old: 'sceptic', new: 'champion' }
        ]);
    });

    test('a KPI: current, target, benchmarks and whether the gap to target grew or shrank', async () => {
        const changes = await changesBetween(BASE, BASE.replace('current 2% target 3% benchmark 4% "Leader"', 'current 2.5% target 3% benchmark 4.5% "Leader" benchmark 3% "Peer"'));
        expect(find(changes, 'kpi', 'Conv')).toMatchObject({
            properties: [
                { property: 'current', old: '2%', new: '2.5%', trend: 'better' },
                { property: 'gap to target', old: '1%', new: '0.5%', trend: 'better' }
            ],
            added: ['benchmark: 4.5% (Leader)', 'benchmark: 3% (Peer)'],
            removed: ['benchmark: 4% (Leader)']
        });
        const raised = find(await changesBetween(BASE, BASE.replace('target 3%', 'target 5%')), 'kpi', 'Conv');
        expect(raised?.properties).toEqual([{ property: 'target', old: '3%', new: '5%' }, { property: 'gap to target', old: '1%', new: '3%', trend: 'worse' }]);
    });

    test('flow steps added and removed', async () => {
        const changes = (await changesBetween(BASE, BASE.replace('flow Home -> Search -> Filter -> Pay', 'flow Home -> Search -> Pay\n  flow Pay -> Home'))).filter(change => change.element === 'flow');
        expect(changes.map(change => `${change.kind} ${change.title}`)).toEqual([
            'added Searches → Pays', 'added Pays → Home page', 'removed Searches → Filters results', 'removed Filters results → Pays'
        ]);
    });

    test('stages added, removed, renamed; needs; journey objectives and title', async () => {
        const changes = await changesBetween(BASE, BASE
            .replace('journey Shop "Web shop"', 'journey Shop "Online shop"').replace('objective "Convert more"', 'objective "Convert more"\n  objective "Keep customers"')
            .replace('stage Buy "Buy"', 'stage Checkout "Buy"').replace('stage Checkout "Buy" {\n    needs Cfo "Fewer failed payments"', 'stage Checkout "Buy" {\n    needs Cfo "A monthly report"')
            .replace('kpi Conv', 'stage Later "Later" { touchpoint Soon { channel web } }\n  kpi Conv').replace('stage Buy', 'stage Checkout'));
        expect(find(changes, 'journey', 'Shop')).toMatchObject({ properties: [{ property: 'title', old: 'Web shop', new: 'Online shop' }], added: ['objective: Keep customers'] });
        expect(find(changes, 'stage', 'Checkout')).toMatchObject({ kind: 'changed', oldId: 'Buy', added: ['need: Finance lead: A monthly report'], removed: ['need: Finance lead: Fewer failed payments'] });
        expect(find(changes, 'stage', 'Later')).toMatchObject({ kind: 'added' });
    });

    test('journeys added and removed in a file; shared definitions', async () => {
        const old = await modelOf(`${BASE}stakeholder Legal { power low interest low }\n`);
        const now = await modelOf(`journey Other { stage S { touchpoint T { channel web } } }\nstakeholder Legal { power high interest low }\n`);
        const diff = diffModels(old, now);
        expect(diff.status).toBe('changed');
        expect(diff.journeys.map(journey => `${journey.id} ${journey.status}`)).toEqual(['Other added', 'Shop removed']);
        expect(diff.shared[0]).toMatchObject({ element: 'stakeholder', id: 'Legal', properties: [{ property: 'power', old: 'low', new: 'high' }, { property: 'quadrant', old: 'monitor', new: 'keep satisfied' }] });
        expect(diffModels(undefined, now).status).toBe('added');
        expect(diffModels(old, undefined).status).toBe('removed');
    });
});

test('title similarity used to recognise renamed ids', () => {
    expect(similarity('Kick-off call', 'kick-off  call')).toBe(1);
    expect(similarity('Kick-off call', 'Kick-off calls')).toBeGreaterThan(0.9);
    expect(similarity('Pays', 'Searches')).toBeLessThan(0.5);
});
