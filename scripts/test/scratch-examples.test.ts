/**
 * `npm start` opens a scratch copy of examples/, so editing a journey in that VS Code never
 * changes the golden tests' inputs (issue 19: a new user's edit made 8 golden tests fail).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { prepareScratchExamples } from '../scratch-examples.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');
const temp = mkdtempSync(path.join(tmpdir(), 'cjourney-scratch-'));
afterEach(() => rmSync(temp, { recursive: true, force: true }));

test('the scratch copy is made once, keeps edits between runs, and --fresh copies examples/ again', () => {
    const target = path.join(temp, 'examples');
    const file = 'saas-onboarding.cjourney';
    const golden = readFileSync(path.join(EXAMPLES, file), 'utf8');

    expect(prepareScratchExamples({ source: EXAMPLES, target })).toBe('created');
    expect(readFileSync(path.join(target, file), 'utf8')).toBe(golden);

    writeFileSync(path.join(target, file), `${golden}\n// tried the preview\n`);
    expect(prepareScratchExamples({ source: EXAMPLES, target })).toBe('kept');
    expect(readFileSync(path.join(target, file), 'utf8')).toContain('tried the preview');
    expect(readFileSync(path.join(EXAMPLES, file), 'utf8')).toBe(golden);

    expect(prepareScratchExamples({ source: EXAMPLES, target, fresh: true })).toBe('refreshed');
    expect(readFileSync(path.join(target, file), 'utf8')).toBe(golden);
});

test('npm start opens the scratch copy, never examples/ itself', () => {
    const script = readFileSync(path.join(ROOT, 'scripts/start-vscode.mjs'), 'utf8');
    expect(script).toMatch(/startCodeServer\(\{ dataDir, folder: scratch,/);
    expect(script).toContain("const scratch = path.join(ROOT, '.e2e/examples');");
});

test('npm start reports a failure in one line, never a stack trace', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/start-vscode.mjs'), '--prot', '9000'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^npm start: Unknown option '--prot'[^\n]*\n$/);
});
