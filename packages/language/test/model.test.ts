/** The journey model: golden JSON for the contract's example, and each computed fact. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';
import type { Journey } from '@cjourney/model';
import { journey, MAIN_URI, validate } from './helpers.js';

const EXAMPLE = new URL('../../../examples/saas-onboarding.cjourney', import.meta.url);
const EXAMPLE_V2 = new URL('../../../examples/fashion-first-order.cjourney', import.meta.url);

async function modelOf(text: string, others: Record<string, string> = {}) {
    const { document } = await validate(text, others);
    return buildCjourneyModel(document, { fileName: uri => uri.replace('file:///workspace/', '') });
}

async function journeyOf(body: string, others: Record<string, string> = {}): Promise<Journey> {
    return (await modelOf(journey(body), others)).journeys[0];
}

describe('the contract example', () => {
    test('matches its golden model (JSON-serialisable, stable)', async () => {
        const model = await modelOf(readFileSync(EXAMPLE, 'utf8'));
        const json = JSON.stringify(model, null, 2) + '\n';
        expect(JSON.parse(json)).toEqual(model);
        await expect(json).toMatchFileSnapshot('./golden/saas-onboarding.model.json');
    });

    test('version 2: the normative example matches its golden model', async () => {
        const model = await modelOf(readFileSync(EXAMPLE_V2, 'utf8'));
        const json = JSON.stringify(model, null, 2) + '\n';
        expect(model.modelVersion).toBe(2);
        await expect(json).toMatchFileSnapshot('./golden/fashion-first-order.model.json');
    });

    test('version 2: who lives a step and how each persona feels there', async () => {
        const [asIs, toBe] = (await modelOf(readFileSync(EXAMPLE_V2, 'utf8'))).journeys;
        const feelings = (id: string) =>
            asIs.touchpoints
                .find(touchpoint => touchpoint.id === id)!
                .personaEmotions.map(entry => [entry.personaId, entry.emotion, entry.own]);
        // `persona Jana, Tobias`: both; Tobias has his own emotion, Jana the step's.
        expect(feelings('Size')).toEqual([
            ['Jana', 'pleased', false],
            ['Tobias', 'frustrated', true]
        ]);
        // No `persona` line: the common path, lived by every persona; `for Jana` overrides hers.
        expect(feelings('Checkout')).toEqual([
            ['Jana', 'pleased', true],
            ['Tobias', 'frustrated', false]
        ]);
        expect(asIs.emotion.byPersona).toEqual([
            { personaId: 'Jana', average: 4, count: 2 },
            { personaId: 'Tobias', average: 2, count: 2 }
        ]);
        const kpi = asIs.kpis[0];
        expect([kpi.status, kpi.trend, kpi.ownerId, kpi.targetDate]).toEqual(['off', 'improving', 'Ecommerce', '2026-Q4']);
        expect(kpi.benchmarks.map(benchmark => [benchmark.competitorId, benchmark.date])).toEqual([
            ['ShopLeader', '2025'],
            ['MarketMedian', '2026-Q1']
        ]);
        const opportunities = asIs.touchpoints.flatMap(touchpoint =>
            touchpoint.opportunities.map(opportunity => [
                opportunity.id,
                opportunity.answersPain,
                opportunity.status,
                opportunity.portfolio
            ])
        );
        expect(opportunities).toEqual([
            ['SizeAdvice', 0, 'planned', 'quick-win'],
            [undefined, 0, 'idea', 'big-bet']
        ]);
        expect([toBe.state, toBe.baselineId, asIs.state]).toEqual(['future', 'FashionAsIs', 'current']);
    });

    test('computes the facts a map shows', async () => {
        const [saas] = (await modelOf(readFileSync(EXAMPLE, 'utf8'))).journeys;
        expect(saas.stages.map(stage => stage.id)).toEqual(['Awareness', 'Decision', 'Onboarding']);
        expect(saas.stakeholders.map(s => [s.id, s.scope, s.quadrant])).toEqual([
            ['Sponsor', 'journey', 'keep-satisfied'],
            ['Marketing', 'journey', 'keep-informed'],
            ['Reseller', 'journey', 'monitor'],
            ['Support', 'shared', 'keep-informed']
        ]);
        expect(saas.channels.map(channel => [channel.id, channel.scope])).toEqual([
            ['Webinar', 'journey'],
            ['social', 'builtin'],
            ['web', 'builtin'],
            ['phone', 'builtin'],
            ['app', 'builtin']
        ]);
        expect(saas.emotion.average).toBe(3.6);
        expect(saas.path).toEqual(['LinkedInAd', 'Demo', 'Pricing', 'Kickoff', 'FirstProject']);
        expect(saas.flows.filter(step => step.backward).map(step => `${step.from}->${step.to}`)).toEqual(['FirstProject->Pricing']);
        const churn = saas.kpis.find(kpi => kpi.id === 'Churn')!;
        expect(churn).toMatchObject({ better: 'lower', gapToTarget: { shortBy: 1.1, meets: false, text: '1.1%' } });
        expect(churn.benchmarks[0]).toMatchObject({ source: 'Industry leader', gap: { shortBy: 1.6, text: '1.6%' } });
        expect(saas.stages[2].kpiIds).toEqual(['Nps']);
        expect(saas.stakeholders.find(s => s.id === 'Sponsor')).toMatchObject({
            involvedIn: ['Pricing'],
            needs: [{ stageId: 'Decision', text: 'ROI figures and case studies' }],
            engaged: true
        });
    });
});

describe('facts', () => {
    test('version 2: an opportunity answers the pain it is nested in, never a pain chosen by written order', async () => {
        const tp = (
            await journeyOf(`stage S { touchpoint T {
            opportunity "General idea"
            pain "Slow" evidence "Analytics" { opportunity "Cache" opportunity "CDN" }
            pain "Ugly"
            opportunity "Redesign"
        } }`)
        ).touchpoints[0];
        expect(tp.opportunities.map(o => [o.text, o.answersPain])).toEqual([
            ['General idea', undefined],
            ['Cache', 0],
            ['CDN', 0],
            ['Redesign', undefined]
        ]);
        expect(tp.pains.map(p => p.answeredBy)).toEqual([[1, 2], []]);
        expect(tp.pains[0].evidence).toBe('Analytics');
        expect(tp.pains[0].findings).toEqual([{ finding: 'Analytics' }]);
    });

    test('version 2: an opportunity written in a touchpoint with exactly one pain answers it, wherever it is written', async () => {
        const tp = (await journeyOf('stage S { touchpoint T { opportunity "Cache" pain "Slow" } }')).touchpoints[0];
        expect(tp.opportunities.map(o => o.answersPain)).toEqual([0]);
        expect(tp.pains[0].answeredBy).toEqual([0]);
    });

    test('without flows, the path is the written order; emotions average per persona', async () => {
        const j = await journeyOf(`
            persona A
            persona B
            stage S1 { touchpoint T1 { persona A emotion delighted } touchpoint T2 { persona B emotion angry } }
            stage S2 { touchpoint T3 { persona A emotion neutral } touchpoint T4 }`);
        expect(j.pathFrom).toBe('written-order');
        expect(j.path).toEqual(['T1', 'T2', 'T3', 'T4']);
        expect(j.emotion).toEqual({
            average: 3,
            count: 3,
            byPersona: [
                { personaId: 'A', average: 4, count: 2 },
                { personaId: 'B', average: 1, count: 1 }
            ]
        });
        expect(j.touchpoints.map(t => t.emotionScore)).toEqual([5, 1, 3, undefined]);
        expect(j.touchpoints.map(t => [t.index, t.indexInStage, t.stageId])).toEqual([
            [0, 0, 'S1'],
            [1, 1, 'S1'],
            [2, 0, 'S2'],
            [3, 1, 'S2']
        ]);
    });

    test('quadrants: only high counts as the high half; unknown levels leave the quadrant out', async () => {
        const j = await journeyOf(`
            stakeholder A { power high interest high }
            stakeholder B { power high interest low }
            stakeholder C { power medium interest high }
            stakeholder D { power low interest medium }
            stakeholder E { power high }
            stage S { touchpoint T { involves A, B, C, D, E } }`);
        expect(j.stakeholders.map(s => s.quadrant)).toEqual(['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor', undefined]);
        expect(j.stakeholders[4].attitude).toBe('neutral');
    });

    test('influences pull shared stakeholders onto the map and are mirrored as influencedBy', async () => {
        const j = await journeyOf('stakeholder Local { influences Board }\nstage S { touchpoint T { owner Local } }', {
            'shared.cjourney': 'stakeholder Board { influences Ceo }\nstakeholder Ceo\n'
        });
        expect(j.stakeholders.map(s => [s.id, s.scope, s.loc.file])).toEqual([
            ['Local', 'journey', undefined],
            ['Board', 'shared', 'shared.cjourney'],
            ['Ceo', 'shared', 'shared.cjourney']
        ]);
        expect(j.stakeholders.find(s => s.id === 'Ceo')?.influencedBy).toEqual(['Board']);
    });

    test('a KPI mixing units has no gap; an unreadable number is left out', async () => {
        const j = await journeyOf(
            'stage S { touchpoint T }\nkpi K { current 3% target 5 }\nkpi L { current 1' + '9'.repeat(400) + ' target 3 }'
        );
        expect(j.kpis[0]).toMatchObject({ mixedUnits: true });
        expect(j.kpis[0].gapToTarget).toBeUndefined();
        expect(j.kpis[1].current).toBeUndefined();
    });

    test('a broken document still gives a model: duplicates get numbered ids, unresolved references are left out', async () => {
        const j = await journeyOf('stage S { touchpoint T { owner Nobody channel nope } touchpoint T { emotion sad } }\nflow T -> Missing');
        expect(j.touchpoints.map(t => t.id)).toEqual(['T', 'T_2']);
        expect(j.touchpoints[0].ownerId).toBeUndefined();
        expect(j.touchpoints[1].emotion).toBeUndefined();
        expect(j.flows).toEqual([]);
    });

    test('regression (fuzz): an element the parser recovered without a name still has a title, its id', async () => {
        const model = await modelOf('channel Web "Web" online\nchannel// a comment where the name should be\nchannel Next offline\n');
        expect(model.shared.channels.map(channel => [channel.id, channel.title])).toEqual([
            ['Web', 'Web'],
            ['unnamed', 'unnamed'],
            ['Next', 'Next']
        ]);
    });

    test('regression (fuzz): a need, pain or opportunity the parser recovered without its text has an empty text', async () => {
        const model = await modelOf(
            'stakeholder Cfo { type internal }\njourney J {\n  stage S {\n    needs Cfo Word\n    touchpoint T { channel web pain Sign opportunity Word }\n  }\n}\n'
        );
        const [journey] = model.journeys;
        expect(journey.stages[0].needs.map(need => need.text)).toEqual(['']);
        expect(journey.touchpoints[0].pains.map(pain => pain.text)).toEqual(['']);
        expect(journey.touchpoints[0].opportunities.map(opportunity => opportunity.text)).toEqual(['']);
        expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    });

    test('top-level shared definitions of a file are in `shared`', async () => {
        const model = await modelOf('stakeholder S { power high interest low }\npersona P { goal "g" }\nchannel C offline\n');
        expect(model.file).toBe('main.cjourney');
        expect(model.shared.stakeholders[0]).toMatchObject({ id: 'S', scope: 'shared', quadrant: 'keep-satisfied' });
        expect(model.shared.personas[0]).toMatchObject({ id: 'P', goals: ['g'] });
        expect(model.shared.channels[0]).toMatchObject({ id: 'C', mode: 'offline' });
        expect(MAIN_URI).toContain('main.cjourney');
    });
});
