#!/usr/bin/env node
// The main job on the embedded default: check every example journey and export the
// contract's example as the journey model. (`npm start` builds first.)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/bin/cjourney.js', import.meta.url));

function cjourney(...args) {
    console.log(`\n$ cjourney ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
    return result.status ?? 2;
}

const checked = cjourney('check', 'examples');
const exported = cjourney('export', 'examples/saas-onboarding.cjourney', '--format', 'json', '-o', 'out/saas-onboarding.model.json');
if (exported === 0) {
    console.log('Wrote out/saas-onboarding.model.json (the journey model every view reads).');
}
process.exitCode = Math.max(checked, exported);
