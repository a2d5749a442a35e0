/**
 * The persona chips and lane toggles as state (map-filter.ts): which choices a journey offers,
 * what the renderer is asked to draw, and how the choice is remembered per panel for each
 * document and journey beside the view and zoom memory.
 */
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import type { Journey } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import {
    BUILT_IN_LANES,
    filterOf,
    laneChoices,
    layoutFilter,
    personaChoices,
    REMEMBERED_FILTERS,
    toggleInState,
    withFilter
} from '../src/map-filter.js';
import type { PreviewState } from '../src/protocol.js';
import { changeState } from '../src/view-memory.js';

const A = 'file:///ws/a.cjourney';
const B = 'file:///ws/b.cjourney';

let two: Journey;
let one: Journey;

beforeAll(async () => {
    const text = `journey Two "Two personas" {
  lane Promise "What we promise"
  persona Ana "Ana"
  persona Tobias "Tobias"
  stage S "S" { touchpoint T "T" { persona Ana, Tobias lane Promise "Free returns" } }
}
journey One "One persona" {
  persona Solo "Solo"
  stage S "S" { touchpoint T "T" { persona Solo } }
}`;
    const { documents } = await loadSources([{ uri: A, text }]);
    const model = buildCjourneyModel(documents[0]);
    [two, one] = model.journeys;
});

describe('what the toolbar offers', () => {
    test('persona chips only for a journey with two or more personas', () => {
        expect(personaChoices(two, {}).map(choice => choice.id)).toEqual(['Ana', 'Tobias']);
        expect(personaChoices(one, {})).toEqual([]);
    });

    test('lane toggles: the built-in lanes in map order, then the custom lanes', () => {
        expect(laneChoices(two, {}).map(choice => choice.id)).toEqual([...BUILT_IN_LANES.map(lane => lane.id), 'Promise']);
        expect(laneChoices(two, { hiddenLanes: ['emotion'] }).find(choice => choice.id === 'emotion')?.shown).toBe(false);
    });
});

describe('what the renderer is asked to draw', () => {
    test('everything (no options) until something is switched off', () => {
        expect(layoutFilter(two, {})).toEqual({ personas: undefined, lanes: undefined });
    });

    test('the personas and lanes still shown, in map order', () => {
        const filter = { hiddenPersonas: ['Ana'], hiddenLanes: ['doing', 'kpis'] };
        expect(layoutFilter(two, filter)).toEqual({
            personas: ['Tobias'],
            lanes: ['touchpoints', 'emotion', 'pains', 'blueprint', 'stakeholders', 'Promise']
        });
    });
});

describe('pressing chips and toggles', () => {
    const start: PreviewState = { documentUri: A, view: 'map', journeyId: 'Two' };

    test('a press switches off, a second press switches on again', () => {
        let state = toggleInState(start, two, 'persona', 'Ana');
        expect(filterOf(state, 'Two').hiddenPersonas).toEqual(['Ana']);
        state = toggleInState(state, two, 'lane', 'emotion');
        expect(layoutFilter(two, filterOf(state, 'Two')).lanes).not.toContain('emotion');
        state = toggleInState(toggleInState(state, two, 'persona', 'Ana'), two, 'lane', 'emotion');
        expect(filterOf(state, 'Two')).toEqual({});
        expect(state.filters).toEqual({});
    });

    test('the last persona shown cannot be switched off', () => {
        let state = toggleInState(start, two, 'persona', 'Ana');
        state = toggleInState(state, two, 'persona', 'Tobias');
        expect(layoutFilter(two, filterOf(state, 'Two')).personas).toEqual(['Tobias']);
    });

    test('remembered per document and journey, across view switches and another document', () => {
        let state = toggleInState(start, two, 'lane', 'pains');
        state = changeState(state, { view: 'flow' });
        state = changeState(state, { documentUri: B, journeyId: undefined });
        expect(filterOf(state, 'Two')).toEqual({});
        state = changeState(state, { documentUri: A, journeyId: 'Two', view: 'map' });
        expect(filterOf(state, 'Two')).toEqual({ hiddenPersonas: undefined, hiddenLanes: ['pains'] });
        expect(JSON.parse(JSON.stringify(state)).filters).toEqual(state.filters);
    });

    test('the oldest filters are forgotten beyond the limit', () => {
        let state = start;
        for (let i = 0; i <= REMEMBERED_FILTERS; i++) {
            state = withFilter({ ...state, documentUri: `file:///ws/${i}.cjourney` }, 'Two', { hiddenLanes: ['kpis'] });
        }
        expect(Object.keys(state.filters ?? {})).toHaveLength(REMEMBERED_FILTERS);
        expect(filterOf({ ...state, documentUri: 'file:///ws/0.cjourney' }, 'Two')).toEqual({});
    });
});
