/** The same model gives the same bytes: twice in a row, with a cold or warm ELK cache, in every theme. */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { clearElkCache, renderView, THEMES, VIEWS } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

describe('determinism', () => {
    test('render twice, same bytes (every example, view and theme)', async () => {
        for (const [name, model] of models) {
            for (const view of VIEWS) {
                for (const theme of THEMES) {
                    clearElkCache();
                    const first = await renderView(model, view, { theme });
                    const second = await renderView(structuredClone(model), view, { theme });
                    expect(second, `${name} ${view} ${theme}`).toBe(first);
                }
            }
        }
    });

    test('no randomness or clock in the output: coordinates have at most one decimal', async () => {
        const svg = await renderView(models.get('retail-repurchase')!, 'flow');
        expect(svg.match(/="-?\d+\.\d{2,}"/g)).toBeNull();
    });
});
