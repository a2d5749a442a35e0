/**
 * The golden visual diff: the review scenario's journey map against the example as it is,
 * reviewed like code. Regenerate with `npm run golden:update` after a deliberate change to
 * the drawing, and look at the diff.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from './helpers.js';
import { SCENARIO_FILE, scenarioFolder } from './render-diff-support.js';

test('golden: the review scenario as a visual diff of the journey map', async () => {
    const dir = scenarioFolder();
    const result = runCli(['render', `new/${SCENARIO_FILE}`, '--diff', `old/${SCENARIO_FILE}`, '-o', 'diff.svg'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(readFileSync(path.join(dir, 'diff.svg'), 'utf8')).toMatchFileSnapshot('golden/render/saas-onboarding.diff.map.svg');
});
