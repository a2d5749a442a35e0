/**
 * The action's pull-request steps on names and situations a real pull request brings: real
 * bash, real git (a repository whose base commit is the pull request's base), the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, runStep } from './action-steps.js';
import { makeTempDir, writeIn } from './helpers.js';

const SHOP = (emotion: string) => `journey Shop "Web shop" { stage Buy { touchpoint Pay "Pays" { channel web emotion ${emotion} } } }\n`;

/** A repository with one commit, the pull request's base. */
function baseCommit(files: Record<string, string>): { dir: string; base: string } {
    const dir = makeTempDir('cjourney-pr-');
    git(dir, 'init', '-q');
    Object.entries(files).forEach(([name, text]) => writeIn(dir, name, text));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

describe('changed files with any name (git diff -z, core.quotePath=false, --)', () => {
    test('café.cjourney and -x.cjourney are diffed, listed and rendered; a name with a line break is left out with a warning', () => {
        const { dir, base } = baseCommit({ 'journeys/café.cjourney': SHOP('pleased'), 'journeys/-x.cjourney': SHOP('pleased') });
        writeIn(dir, 'journeys/café.cjourney', SHOP('angry'));
        writeIn(dir, 'journeys/-x.cjourney', SHOP('frustrated'));
        writeIn(dir, 'journeys/new\nline.cjourney', SHOP('neutral'));
        git(dir, 'add', '.');
        const diff = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        expect(diff.code).toBe(0);
        expect(diff.outputs.changed).toBe('true');
        expect(diff.outputs['changed-files'].split('\n')).toEqual(['journeys/-x.cjourney', 'journeys/café.cjourney']);
        expect(diff.stderr).toContain('::warning::skipping a changed file whose name holds a line break: journeys/new%0Aline.cjourney');
        const markdown = readFileSync(diff.outputs['diff-file'], 'utf8');
        expect(markdown).toContain('`journeys/café.cjourney`');
        expect(markdown).toContain('`journeys/-x.cjourney`');

        const render = runStep('render.sh', dir, { CJOURNEY_CHANGED_FILES: diff.outputs['changed-files'], CJOURNEY_RENDER_DIR: path.join(dir, 'svg'), BASE_SHA: base });
        expect(render.code).toBe(0);
        for (const name of ['café', '-x']) {
            expect(existsSync(path.join(dir, `svg/journeys/${name}.svg`)), name).toBe(true);
            expect(existsSync(path.join(dir, `svg/journeys/${name}.diff.svg`)), name).toBe(true);
        }
    });
});
