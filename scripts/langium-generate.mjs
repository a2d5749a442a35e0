#!/usr/bin/env node
// Runs `langium generate`, hiding one warning the grammar triggers on purpose: single-valued
// properties (emotion, channel, owner…) use `=` inside a repeated group so they can be
// written in any order; the validator reports a property written twice (duplicate-property),
// so no value is lost silently. Every other message is shown, and the exit code is kept.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { encoding: 'utf8' });
const intended = /Found multiple assignments to '\w+' with the '=' assignment operator/;
for (const [stream, text] of [
    [process.stdout, result.stdout],
    [process.stderr, result.stderr]
]) {
    const shown = (text ?? '')
        .split('\n')
        .filter(line => !intended.test(line))
        .join('\n');
    stream.write(shown);
}
process.exitCode = result.status ?? 1;
// The lexer's token types, precomputed from the grammar just generated (scripts/grammar-tokens.mjs).
if (process.exitCode === 0) await import('./grammar-tokens.mjs');
