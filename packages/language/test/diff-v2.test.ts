/**
 * The semantic diff of what version 2 of the language added: each persona's emotion,
 * evidence, the blueprint, the links between pains and opportunities (a re-paired
 * opportunity is a change), an opportunity's status, owner, impact and effort, KPI history
 * and benchmarks against competitors, and the journey's state and baseline.
 */
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import { baselineVersions, diffJourneys, type ElementDiff, type PropertyChange } from '@cjourney/model';
import { loadSources } from '../src/load-sources.js';

const BASE = `
source Survey "Exit survey"
competitor Leader "Market leader" { kind leader }
journey Shop "Web shop" {
  persona Ann "Ann"
  persona Bob "Bob"
  stakeholder Ops "Operations"
  stage Buy "Buy" {
    touchpoint Cart "Reviews the cart" {
      channel web
      persona Ann, Bob
      emotion pleased
      emotion frustrated for Bob evidence Survey "Bob cannot find the fees"
      frontstage "Chat answers questions" by Ops
      pain "Fees appear late" evidence Survey {
        opportunity Fees "Show fees early" { owner Ops impact high effort low status idea }
      }
      pain "Coupon field hidden" evidence "Heatmap"
    }
  }
  kpi Conversion "Conversion rate" {
    stage Buy
    history "2026-Q1" 1.8%
    current 2.1%
    target 3%
    benchmark 4% Leader at "2025"
  }
}
`;

async function changesOf(after: string, kind: 'touchpoints' | 'kpis' = 'touchpoints'): Promise<PropertyChange[]> {
    const load = async (text: string) =>
        buildCjourneyModel((await loadSources([{ uri: 'file:///ws/shop.cjourney', text }])).documents[0], {
            fileName: () => 'shop.cjourney'
        });
    const result = diffJourneys([await load(BASE)], [await load(after)]);
    const elements: ElementDiff[] = result.journeys[0]?.[kind] ?? [];
    expect(elements).toHaveLength(1);
    return elements[0].changes;
}

function edit(...replacements: [string, string][]): string {
    return replacements.reduce((text, [from, to]) => {
        expect(text).toContain(from);
        return text.replace(from, to);
    }, BASE);
}

describe('the diff of version 2 facts', () => {
    test("a persona's own emotion got worse, with the persona named", async () => {
        expect(await changesOf(edit(['emotion frustrated for Bob', 'emotion angry for Bob']))).toEqual([
            {
                type: 'value',
                property: 'emotion',
                subject: 'Bob',
                before: 'frustrated',
                after: 'angry',
                direction: 'down',
                verdict: 'worse'
            }
        ]);
    });

    test('an opportunity moved to another pain is a change, even with its text unchanged', async () => {
        const moved = edit(
            [
                'pain "Fees appear late" evidence Survey {\n        opportunity Fees "Show fees early" { owner Ops impact high effort low status idea }\n      }',
                'pain "Fees appear late" evidence Survey'
            ],
            [
                'pain "Coupon field hidden" evidence "Heatmap"',
                'pain "Coupon field hidden" evidence "Heatmap" { opportunity Fees "Show fees early" { owner Ops impact high effort low status idea } }'
            ]
        );
        expect(await changesOf(moved)).toEqual([
            { type: 'value', property: 'answers', subject: 'Show fees early', before: 'Fees appear late', after: 'Coupon field hidden' }
        ]);
    });

    test("an opportunity's status, owner, impact and effort", async () => {
        const changed = edit(['{ owner Ops impact high effort low status idea }', '{ impact medium effort high status planned }']);
        expect(await changesOf(changed)).toEqual([
            { type: 'value', property: 'owner', subject: 'Show fees early', before: 'Ops' },
            { type: 'value', property: 'impact', subject: 'Show fees early', before: 'high', after: 'medium', direction: 'down' },
            { type: 'value', property: 'effort', subject: 'Show fees early', before: 'low', after: 'high', direction: 'up' },
            { type: 'value', property: 'status', subject: 'Show fees early', before: 'idea', after: 'planned', direction: 'up' }
        ]);
    });

    test('evidence of a pain and the blueprint', async () => {
        const changed = edit(
            ['pain "Fees appear late" evidence Survey {', 'pain "Fees appear late" evidence Survey "31% mention fees" {'],
            ['frontstage "Chat answers questions" by Ops', 'backstage "Chat answers questions" by Ops']
        );
        expect(await changesOf(changed)).toEqual([
            {
                type: 'list',
                property: 'blueprint',
                added: ['backstage: Chat answers questions (by Ops)'],
                removed: ['frontstage: Chat answers questions (by Ops)']
            },
            { type: 'value', property: 'evidence', subject: 'Fees appear late', before: 'Survey', after: 'Survey: “31% mention fees”' }
        ]);
    });

    test("KPI history and a benchmark's date, matched by its competitor", async () => {
        const changed = edit(
            ['history "2026-Q1" 1.8%', 'history "2025-Q4" 1.5%, "2026-Q1" 1.8%'],
            ['benchmark 4% Leader at "2025"', 'benchmark 4% Leader at "2026"']
        );
        expect(await changesOf(changed, 'kpis')).toEqual([
            { type: 'list', property: 'history', added: ['2025-Q4: 1.5%'], removed: [] },
            { type: 'value', property: 'benchmark date', subject: 'Leader', before: '2025', after: '2026' }
        ]);
    });

    test("a journey's state and baseline", async () => {
        const load = async (text: string) =>
            buildCjourneyModel((await loadSources([{ uri: 'file:///ws/shop.cjourney', text }])).documents[0], {
                fileName: () => 'shop.cjourney'
            });
        const before = await load('journey Old { stage S { touchpoint T } }\njourney New { stage S { touchpoint T } }');
        const after = await load(
            'journey Old { stage S { touchpoint T } }\njourney New { state future baseline Old stage S { touchpoint T } }'
        );
        const result = diffJourneys([before], [after]);
        expect(result.journeys.map(journey => [journey.id, journey.changes])).toEqual([
            [
                'New',
                [
                    { type: 'value', property: 'state', before: 'current', after: 'future' },
                    { type: 'value', property: 'baseline', after: 'Old' }
                ]
            ]
        ]);
    });

    test('a future journey against its baseline in the same file: matched as two versions of one journey', async () => {
        const text = `journey AsIs "Checkout" { stage Buy { touchpoint Pay "Pays" { channel web emotion frustrated } touchpoint Wait "Waits" { channel web } } }
journey ToBe "Checkout" { state future baseline AsIs stage Buy { touchpoint Pay "Pays" { channel web emotion pleased } } }`;
        const model = buildCjourneyModel((await loadSources([{ uri: 'file:///ws/checkout.cjourney', text }])).documents[0], {
            fileName: () => 'checkout.cjourney'
        });
        const versions = baselineVersions(model)!;
        const result = diffJourneys(versions.before, versions.after);
        expect(result.journeys.map(journey => [journey.id, journey.status, journey.changes])).toEqual([['ToBe', 'changed', []]]);
        expect(result.journeys[0].touchpoints.map(touchpoint => [touchpoint.id, touchpoint.status])).toEqual([
            ['Pay', 'changed'],
            ['Wait', 'removed']
        ]);
        expect(baselineVersions({ ...model, journeys: [model.journeys[0]] })).toBeUndefined();
    });
});
