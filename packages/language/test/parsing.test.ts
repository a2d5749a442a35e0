/** Parsing every construct of the contract's element table, with Langium's parseHelper. */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { createCJourneyServices } from '../src/cjourney-module.js';
import { isChannel, isJourney, isPersona, isStakeholder, type Journey, type JourneyFile } from '../src/generated/ast.js';

let parse: (input: string) => Promise<LangiumDocument<JourneyFile>>;

beforeAll(() => {
    const services = createCJourneyServices(EmptyFileSystem);
    parse = parseHelper<JourneyFile>(services.CJourney);
});

async function parseClean(text: string): Promise<JourneyFile> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
    return document.parseResult.value;
}

async function parseJourney(body: string): Promise<Journey> {
    const root = await parseClean(`journey J "Title" {\n${body}\n}`);
    const journey = root.elements[0];
    if (!isJourney(journey)) throw new Error('not a journey');
    return journey;
}

describe('top level', () => {
    test('holds journeys and shared stakeholders, personas and channels, with or without titles and bodies', async () => {
        const root = await parseClean(`
            // line comment
            /* block
               comment */
            stakeholder Support "Support team" { type internal }
            stakeholder Legal
            persona Ann "Ann, buyer"
            channel Kiosk "In-store kiosk" offline
            channel Podcast
            journey Empty { }
            journey Titled "A title" { }
        `);
        expect(root.elements.map(element => element.$type)).toEqual([
            'Stakeholder',
            'Stakeholder',
            'Persona',
            'Channel',
            'Channel',
            'Journey',
            'Journey'
        ]);
        expect(root.elements.filter(isStakeholder).map(s => s.title)).toEqual(['Support team', undefined]);
        expect(root.elements.filter(isChannel).map(c => c.mode)).toEqual(['offline', undefined]);
        expect(root.elements.filter(isPersona)[0].title).toBe('Ann, buyer');
    });

    test('an empty file is a valid file', async () => {
        expect((await parseClean('')).elements).toEqual([]);
    });
});

describe('journey', () => {
    test('description, objectives and every member kind in any order', async () => {
        const journey = await parseJourney(`
            objective "First value in 7 days"
            kpi K { target 1 }
            description "Why"
            stage S { touchpoint T }
            objective "Referral rate above 15%"
            flow T -> T
            persona P
            stakeholder X
            channel C online`);
        expect(journey.description).toBe('Why');
        expect(journey.objectives).toEqual(['First value in 7 days', 'Referral rate above 15%']);
        expect([
            journey.stages.length,
            journey.kpis.length,
            journey.flows.length,
            journey.personas.length,
            journey.stakeholders.length,
            journey.channels.length
        ]).toEqual([1, 1, 1, 1, 1, 1]);
    });
});

describe('stakeholder', () => {
    test('type, power, interest, attitude, role, risks and influences', async () => {
        const journey = await parseJourney(`
            stakeholder Cfo "Chief financial officer" {
              type internal
              power high
              interest medium
              attitude sceptic
              role "Signs the budget"
              risk "Cuts the budget"
              risk "Delays approval"
              influences Ceo, Board
              influences Team
              description "Joined last year"
            }`);
        const cfo = journey.stakeholders[0];
        expect([cfo.type, cfo.power, cfo.interest, cfo.attitude, cfo.role, cfo.description]).toEqual([
            'internal',
            'high',
            'medium',
            'sceptic',
            'Signs the budget',
            'Joined last year'
        ]);
        expect(cfo.risks).toEqual(['Cuts the budget', 'Delays approval']);
        expect(cfo.influences.map(reference => reference.$refText)).toEqual(['Ceo', 'Board', 'Team']);
    });
});

describe('persona', () => {
    test('segments, goals, needs and expectations repeat; description once', async () => {
        const journey = await parseJourney(`
            persona Priya "Priya, project manager" {
              segment "Mid-market"
              segment "EMEA"
              goal "Team running in a week"
              need "Templates"
              expectation "Answers within a day"
              description "Runs five projects at once"
            }`);
        const priya = journey.personas[0];
        expect([priya.segments, priya.goals, priya.needs, priya.expectations]).toEqual([
            ['Mid-market', 'EMEA'],
            ['Team running in a week'],
            ['Templates'],
            ['Answers within a day']
        ]);
        expect(priya.description).toBe('Runs five projects at once');
    });
});

describe('stage and touchpoint', () => {
    test('a stage has a description, needs and touchpoints; a touchpoint every property', async () => {
        const journey = await parseJourney(`
            stage Buy "Purchase" {
              description "Checkout"
              needs Cfo "A clear invoice"
              touchpoint Cart "Reviews the cart" {
                channel web
                persona Ann
                goal "Pay quickly"
                action "Opens the cart"
                action "Applies a coupon"
                thought "\\"Is shipping free?\\""
                emotion frustrated
                owner Shop
                involves Cfo, Bank
                pain "Shipping cost shows late" evidence "Exit survey, n=412"
                pain "Coupon field hidden"
                opportunity "Show shipping on the product page"
                trigger "Cart abandoned for 24 h"
                description "Line one\\nline two \\\\ end"
              }
              touchpoint Bare
            }`);
        const stage = journey.stages[0];
        expect(stage.description).toBe('Checkout');
        expect(stage.needs.map(need => [need.stakeholder.$refText, need.text])).toEqual([['Cfo', 'A clear invoice']]);
        const cart = stage.touchpoints[0];
        expect(cart.channel?.$refText).toBe('web');
        expect(cart.personas.map(reference => reference.$refText)).toEqual(['Ann']);
        expect(cart.actions).toEqual(['Opens the cart', 'Applies a coupon']);
        expect(cart.thoughts.map(thought => thought.text)).toEqual(['"Is shipping free?"']);
        expect(cart.emotions.map(line => line.emotion)).toEqual(['frustrated']);
        expect(cart.owner?.$refText).toBe('Shop');
        expect(cart.involves.map(reference => reference.$refText)).toEqual(['Cfo', 'Bank']);
        expect(cart.pains.map(pain => [pain.text, pain.evidence.map(evidence => evidence.finding)])).toEqual([
            ['Shipping cost shows late', ['Exit survey, n=412']],
            ['Coupon field hidden', []]
        ]);
        expect(cart.opportunities.map(opportunity => opportunity.text)).toEqual(['Show shipping on the product page']);
        expect(cart.trigger).toBe('Cart abandoned for 24 h');
        expect(cart.description).toBe('Line one\nline two \\ end');
        expect(stage.touchpoints[1].name).toBe('Bare');
    });

    test('strings hold any Unicode', async () => {
        const journey = await parseJourney('stage S "Étape – 1 €, 日本語 😀" { touchpoint T }');
        expect(journey.stages[0].title).toBe('Étape – 1 €, 日本語 😀');
    });
});

describe('flow and KPI', () => {
    test('a flow is a chain of two or more touchpoints', async () => {
        const journey = await parseJourney('stage S { touchpoint A touchpoint B }\nflow A -> B -> A');
        expect(journey.flows[0].steps.map(step => step.$refText)).toEqual(['A', 'B', 'A']);
    });

    test('a KPI has a stage, a direction, values with or without %, a unit and benchmarks', async () => {
        const journey = await parseJourney(`
            kpi Churn "Monthly churn" {
              stage S
              better lower
              current 3.1%
              target 2%
              unit "of accounts"
              benchmark 1.5% "Industry leader"
              benchmark 2.5%
              description "Accounts lost per month"
            }`);
        const churn = journey.kpis[0];
        expect(churn.stages.map(reference => reference.$refText)).toEqual(['S']);
        expect(churn.better).toBe('lower');
        expect([churn.current?.value, churn.current?.percent, churn.target?.value]).toEqual([3.1, true, 2]);
        expect(churn.unit).toBe('of accounts');
        expect(churn.benchmarks.map(benchmark => [benchmark.value.value, benchmark.source])).toEqual([
            [1.5, 'Industry leader'],
            [2.5, undefined]
        ]);
    });

    test('a flow of one touchpoint is a syntax error', async () => {
        const document = await parse('journey J { flow A }');
        expect(document.parseResult.parserErrors).toHaveLength(1);
    });
});

describe('robustness', () => {
    test('CRLF line endings and a byte order mark parse like LF', async () => {
        const root = await parseClean('\uFEFFjourney J {\r\n  stage S { touchpoint T }\r\n}\r\n');
        expect(root.elements).toHaveLength(1);
    });
});
