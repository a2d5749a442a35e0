/**
 * The stakeholder map in a real browser (headless Debian Chromium), for every journey of every
 * example and for a crowded map: no two cards overlap; no influence arrow — line or head —
 * passes under a card other than its source and target; and every arrow is a visible line
 * (not a lone arrowhead), also between neighbouring cards. Positions are measured in the page
 * with getBBox and getPointAtLength.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderView } from '../src/index.js';
import { useSvgPage } from '@cjourney/test-support/browser';
import { loadExampleModels, modelOfText } from '@cjourney/test-support/examples';

const drawing = useSvgPage();
let models: Map<string, CjourneyModel>;

/** Nine stakeholders in one cell (three columns of neighbours) plus others, influencing across, along and back. */
const CROWDED = `journey Crowded "Crowded stakeholder map" {
  stage S "Stage" { touchpoint T "Touchpoint" }
${['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']
    .map(
        (id, i, all) =>
            `  stakeholder ${id} "Stakeholder ${id}" { power high interest high influences ${all[(i + 1) % 9]}, ${all[(i + 4) % 9]} }`
    )
    .join('\n')}
  stakeholder L "Low one" { power low interest low influences E, A }
  stakeholder M "Medium one" { power medium interest high influences I }
  stakeholder N "Not placed" { influences A, L }
}
`;

beforeAll(async () => {
    models = await loadExampleModels();
    models.set('crowded (synthetic)', await modelOfText(CROWDED, 'crowded.cjourney'));
}, 60_000);

interface ArrowReport {
    cards: number;
    arrows: number;
    overlaps: string[];
    underCards: string[];
    tooShort: string[];
}

/** Runs in the page. */
function inspectArrows(): ArrowReport {
    const svg = document.querySelector('svg')!;
    const cards = [...svg.querySelectorAll('g[data-cj-kind="stakeholder"]')].map(group => ({
        id: group.getAttribute('data-cj-id')!,
        box: (group.querySelector(':scope > rect') as SVGRectElement).getBBox()
    }));
    const overlaps: string[] = [];
    cards.forEach((a, i) =>
        cards.slice(i + 1).forEach(b => {
            if (
                a.box.x < b.box.x + b.box.width &&
                b.box.x < a.box.x + a.box.width &&
                a.box.y < b.box.y + b.box.height &&
                b.box.y < a.box.y + a.box.height
            )
                overlaps.push(`${a.id} × ${b.id}`);
        })
    );
    const underCards: string[] = [];
    const tooShort: string[] = [];
    const arrows = [...svg.querySelectorAll('g[data-cj-kind="influence"]')];
    for (const arrow of arrows) {
        const edge = arrow.getAttribute('data-cj-id')!;
        const [from, to] = edge.split('->');
        const [line, head] = [...arrow.querySelectorAll('path')] as SVGPathElement[];
        if (line.getTotalLength() < 12) tooShort.push(`${edge}: ${line.getTotalLength().toFixed(1)} px`);
        for (const path of [line, head]) {
            const length = path.getTotalLength();
            for (let at = 0; at <= length; at += 1.5) {
                const p = path.getPointAtLength(at);
                const under = cards.find(
                    card =>
                        card.id !== from &&
                        card.id !== to &&
                        p.x > card.box.x + 0.5 &&
                        p.x < card.box.x + card.box.width - 0.5 &&
                        p.y > card.box.y + 0.5 &&
                        p.y < card.box.y + card.box.height - 0.5
                );
                if (under) {
                    underCards.push(`${edge} under ${under.id} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
                    break;
                }
            }
        }
    }
    return { cards: cards.length, arrows: arrows.length, overlaps, underCards, tooShort };
}

describe('the stakeholder map in headless Chromium', () => {
    test('on every example and a crowded map, arrows go around cards, stay visible, and cards never overlap', async () => {
        let arrowsChecked = 0;
        for (const [name, model] of models) {
            for (const journey of model.journeys) {
                const svg = await renderView(model, 'stakeholders', { journeyId: journey.id });
                expect(await drawing.show(svg), name).toEqual([]);
                const report = await drawing.page.evaluate(inspectArrows);
                expect(report.overlaps, `${name}/${journey.id}`).toEqual([]);
                expect(report.underCards, `${name}/${journey.id}`).toEqual([]);
                expect(report.tooShort, `${name}/${journey.id}`).toEqual([]);
                arrowsChecked += report.arrows;
            }
        }
        // The examples have 14 influences; the crowded map 23.
        expect(arrowsChecked).toBeGreaterThanOrEqual(30);
    }, 120_000);
});
