/**
 * The opportunities view: every opportunity on the impact × effort portfolio in the quadrant
 * its rating gives it, with status and owner in words and the pain and step it answers;
 * unrated ones apart; a calm notice without opportunities; changed opportunities marked.
 */
import { diffJourneys, type CjourneyModel } from '@cjourney/model';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyDiffMarks, diffMarksFor, layout, renderView } from '../src/index.js';
import { EXAMPLES_DIR, loadExampleModels, modelOfText } from '@cjourney/test-support/examples';
import { frameOf, groupById, groupsOf, inside, wordsOf } from './scene-queries.js';

let fashion: CjourneyModel;
beforeAll(async () => {
    fashion = (await loadExampleModels()).get('fashion-first-order')!;
});

describe('the opportunity portfolio of the contract example', () => {
    test('each opportunity is a card in the quadrant of its impact and effort', async () => {
        const scene = await layout(fashion, 'opportunities');
        const quadrant = (place: string) => frameOf(groupById(scene.marks, `cj-quadrant-${place}`));
        // Size advice: impact high, effort medium (the low half) → quick win.
        expect(inside(frameOf(groupById(scene.marks, 'cj-opportunity-Size-0')), quadrant('quick-win'))).toBe(true);
        // Promise a delivery date: impact high, effort high → big bet.
        expect(inside(frameOf(groupById(scene.marks, 'cj-opportunity-Checkout-0')), quadrant('big-bet'))).toBe(true);
        expect(wordsOf(scene.marks)).toMatch(/Quick wins\s+·\s+1 opportunity.*Big bets\s+·\s+1 opportunity.*Fill-ins.*Money pits/);
    });

    test('cards say the status and owner in words, and the pain and step they answer', async () => {
        const scene = await layout(fashion, 'opportunities');
        const size = groupById(scene.marks, 'cj-opportunity-Size-0');
        expect(size).toMatchObject({ kind: 'opportunity', modelId: 'Size', index: 0 });
        expect(wordsOf([size])).toContain('planned · owner E-commerce team');
        expect(wordsOf([size])).toContain('Answers “No size advice for gift buyers” at Picks a size (stage Choose)');
        const checkout = groupById(scene.marks, 'cj-opportunity-Checkout-0');
        expect(wordsOf([checkout])).toContain('idea · owner Warehouse and carriers');
        expect(checkout.tooltip).toContain('Delivery shown as');
        // The marker's shape differs with the status: a diamond path for planned, a circle for idea.
        expect(size.children.some(child => child.type === 'path' && child.role === 'opportunity-mark')).toBe(true);
        expect(checkout.children.some(child => child.type === 'circle' && child.role === 'opportunity-mark')).toBe(true);
    });

    test('opportunities without impact or effort are listed apart, not on the grid', async () => {
        const model = await modelOfText(`journey J "Rated and not" {
  stage S "Stage" {
    touchpoint T "Step" {
      pain "Slow" {
        opportunity "Faster" { impact low effort low }
        opportunity "Unrated idea" { status doing }
      }
    }
  }
}`);
        const scene = await layout(model, 'opportunities');
        const unrated = frameOf(groupById(scene.marks, 'cj-opportunity-T-1'));
        const grid = ['quick-win', 'big-bet', 'fill-in', 'money-pit'].map(place => frameOf(groupById(scene.marks, `cj-quadrant-${place}`)));
        expect(grid.some(quadrant => inside(unrated, quadrant))).toBe(false);
        expect(inside(frameOf(groupById(scene.marks, 'cj-opportunity-T-0')), grid[2])).toBe(true);
        expect(wordsOf(scene.marks)).toMatch(/Not yet rated\s+·\s+1 opportunity/);
        expect(wordsOf([groupById(scene.marks, 'cj-opportunity-T-1')])).toContain('impact and effort not rated');
    });

    test('a journey without opportunities gets a calm notice saying how to write one, without backticks', async () => {
        const model = await modelOfText('journey J "Nothing yet" { stage S "Stage" { touchpoint T "Step" { emotion pleased } } }');
        const svg = await renderView(model, 'opportunities');
        expect(svg).toContain('No opportunities yet');
        expect(svg).not.toContain('`');
        expect(groupsOf((await layout(model, 'opportunities')).marks).filter(group => group.kind === 'opportunity')).toEqual([]);
    });

    test('the same model gives the same bytes', async () => {
        expect(await renderView(fashion, 'opportunities', { theme: 'dark' })).toBe(
            await renderView(fashion, 'opportunities', { theme: 'dark' })
        );
    });

    test('an opportunity whose status changed is marked on its card, with the change', async () => {
        const text = readFileSync(`${EXAMPLES_DIR}/fashion-first-order.cjourney`, 'utf8');
        const changed = await modelOfText(text.replace('status planned', 'status doing'), 'fashion-first-order.cjourney');
        const before = await modelOfText(text, 'fashion-first-order.cjourney');
        const journey = changed.journeys[0];
        const marks = diffMarksFor(diffJourneys(before, changed), journey, changed.file, 'the last commit');
        const scene = applyDiffMarks(await layout(changed, 'opportunities'), marks);
        const card = groupById(scene.marks, 'cj-opportunity-Size-0');
        expect(card.diff).toBe('changed');
        expect(card.tooltip).toMatch(/Changed: status .*“planned” → “doing”/);
        expect(groupById(scene.marks, 'cj-opportunity-Checkout-0').diff).toBeUndefined();
    });
});
