/**
 * Golden SVGs of every view of two examples, reviewed like code. Regenerate them with
 * `npm run golden:update` after a deliberate change to the drawings, and look at the diff.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderView, VIEWS } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';

const GOLDEN_EXAMPLES = ['saas-onboarding', 'retail-repurchase'];

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

describe('golden drawings', () => {
    for (const name of GOLDEN_EXAMPLES) {
        for (const view of VIEWS) {
            test(`${name}: ${view}`, async () => {
                const svg = await renderView(models.get(name)!, view);
                await expect(svg).toMatchFileSnapshot(`golden/${name}.${view}.svg`);
            });
        }
    }
    test('the dark theme of the contract example', async () => {
        const svg = await renderView(models.get('saas-onboarding')!, 'map', { theme: 'dark' });
        await expect(svg).toMatchFileSnapshot('golden/saas-onboarding.map.dark.svg');
    });
});
