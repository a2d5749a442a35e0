/** Hover explains elements in domain words, closed-list words, keywords and built-ins. */
import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { beforeEach, describe, test } from 'vitest';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';

let services: CJourneyServices;
beforeEach(async () => {
    const created = createCJourneyServices(EmptyFileSystem);
    await ensureBuiltinDocument(created.shared);
    services = created.CJourney;
});

const JOURNEY = `journey Shop "Web shop" {
  stakeholder Cfo "Finance lead" { type internal power high interest high attitude sceptic risk "Cuts the budget" }
  stakeholder Ops "Operations" { type internal power low interest high }
  persona Ann "Ann, buyer" { goal "Pay fast" }
  stage Cart "Cart" {
    needs Cfo "Fewer payment failures"
    touchpoint Review "Reviews the cart" { channel web persona Ann emotion frustrated owner Ops pain "Late fees" evidence "Exit survey" opportunity "Show fees early" }
    touchpoint Pay "Pays" { channel app emotion delighted involves C<|>fo }
  }
  flow Re<|>view -> Pay
  kpi Churn "Monthly churn" { stage Cart better lower current 3.1% target 2% benchmark 1.5% "Industry leader" benchmark 4% "Average" }
  kpi Nps { current 50 target 45 }
}
`;

async function hoverAt(index: number, hover: RegExp, text = JOURNEY) {
    await expectHover(services)({ text, index, hover, disposeAfterCheck: true });
}

describe('hover', () => {
    test('a stakeholder: quadrant with advice, attitude, risks and where it is engaged', async () => {
        await hoverAt(
            0,
            /\*\*Finance lead\*\* · stakeholder \(internal\)[\s\S]*\*Manage closely\* — High power, high interest[\s\S]*attitude sceptic: Doubts the value[\s\S]*Cuts the budget[\s\S]*Involved in Pays[\s\S]*Needs at Cart: Fewer payment failures/
        );
    });

    test('a touchpoint: channel, persona, owner, emotion against the journey average, pains with evidence, paired opportunities', async () => {
        await hoverAt(
            1,
            /\*\*Reviews the cart\*\* · touchpoint in \*Cart\*[\s\S]*Channel: Website · Persona: Ann, buyer · Owner: Operations[\s\S]*Feels frustrated \(2\/5\): 1\.5 below the journey average of 3\.5[\s\S]*Late fees \*\(evidence: Exit survey\)\*[\s\S]*Show fees early \*\(answers: Late fees\)\*/
        );
    });

    test('closed-list words are explained', async () => {
        await hoverAt(
            0,
            /\*\*delighted\*\* · emotion[\s\S]*Best on the scale \(5\)/,
            'journey J { stage S { touchpoint T { emotion deli<|>ghted } } }'
        );
        await hoverAt(0, /\*\*sceptic\*\* · attitude[\s\S]*needs evidence/, 'stakeholder S { attitude scep<|>tic }');
    });

    test("keywords are explained from the grammar's documentation", async () => {
        await hoverAt(0, /five-step scale: delighted \(5\)/, 'journey J { stage S { touchpoint T { emo<|>tion pleased } } }');
        await hoverAt(0, /one axis of the power\/interest grid/, 'stakeholder S { po<|>wer high }');
        await hoverAt(0, /Which direction is better/, 'journey J { kpi K { bet<|>ter lower } }');
    });

    test('a built-in channel explains itself', async () => {
        await hoverAt(
            0,
            /\*\*Website\*\* · built-in channel \(online\)[\s\S]*Pages of the website[\s\S]*Used by 1 touchpoint/,
            'journey J { stage S { touchpoint T { channel w<|>eb } } }'
        );
    });

    test('a KPI: gap to target and to each benchmark in its direction, with the unit', async () => {
        const text =
            'journey J { stage S { touchpoint T { channel web } } kpi W<|>ait "Waiting time" { stage S better lower unit "days" current 12 target 9 benchmark 5 "Leader" benchmark 20 "Average" } }';
        await hoverAt(
            0,
            /Waiting time\*\* · KPI for \*S\* \(lower is better\)[\s\S]*Current 12 days, target 9 days: 3 days short of target[\s\S]*5 days \(Leader\): 7 days behind[\s\S]*20 days \(Average\): matched or beaten/,
            text
        );
    });
});
