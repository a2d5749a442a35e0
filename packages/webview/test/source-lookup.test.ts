/**
 * Map ↔ source: the location of a clicked element, and the element under the editor's
 * cursor (the most specific one, in this file only).
 */
import { describe, expect, test } from 'vitest';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { elementAt, journeyOf, locationOf } from '../src/source-lookup.js';

const SHARED = 'stakeholder Finance "Finance team" { type internal power high interest medium }\n';
const JOURNEY = `journey Trial "Free trial" {
  stage Start "Start" {
    touchpoint Signup "Signs up" { channel web owner Finance }
  }
  kpi Activation "Activation" { stage Start current 30 target 40 }
}
journey Second "Second journey" {
  stage Only "Only" {
    touchpoint Lone "Alone" { channel web }
  }
}
`;

async function model() {
    const { documents } = await loadSources([
        { uri: 'file:///ws/trial.cjourney', text: JOURNEY },
        { uri: 'file:///ws/shared.cjourney', text: SHARED }
    ]);
    return buildCjourneyModel(documents[0]);
}

describe('source lookup', () => {
    test('the shown journey is the chosen one, else the first', async () => {
        const built = await model();
        expect(journeyOf(built, 'Second')?.id).toBe('Second');
        expect(journeyOf(built, undefined)?.id).toBe('Trial');
        expect(journeyOf(built, 'Removed')?.id).toBe('Trial');
    });

    test('a clicked element leads to its name; a shared definition to its own file', async () => {
        const journey = journeyOf(await model(), undefined)!;
        expect(locationOf(journey, { kind: 'touchpoint', id: 'Signup' })?.nameRange).toEqual({
            start: { line: 2, character: 15 },
            end: { line: 2, character: 21 }
        });
        const finance = locationOf(journey, { kind: 'stakeholder', id: 'Finance' });
        expect(finance?.file).toBe('file:///ws/shared.cjourney');
        expect(finance?.nameRange?.start).toEqual({ line: 0, character: 12 });
        expect(locationOf(journey, { kind: 'kpi', id: 'Nope' })).toBeUndefined();
    });

    test('the cursor finds the most specific element around it, in this file only', async () => {
        const journey = journeyOf(await model(), undefined)!;
        expect(elementAt(journey, { line: 2, character: 40 })).toEqual({ kind: 'touchpoint', id: 'Signup' });
        expect(elementAt(journey, { line: 1, character: 4 })).toEqual({ kind: 'stage', id: 'Start' });
        expect(elementAt(journey, { line: 4, character: 10 })).toEqual({ kind: 'kpi', id: 'Activation' });
        expect(elementAt(journey, { line: 0, character: 2 })).toEqual({ kind: 'journey', id: 'Trial' });
        expect(elementAt(journey, { line: 8, character: 4 })).toBeUndefined(); // in the second journey
    });
});
