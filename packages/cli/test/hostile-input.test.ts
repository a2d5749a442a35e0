/**
 * The command line on hostile and huge files, as real processes: a 5 MB file checks, broken
 * braces render with a notice and exit 1, and the HTML a hostile journey renders to runs
 * nothing when opened in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '@cjourney/test-support/browser';
import { deepNesting, exampleText, generateJourney, withHostileStrings, XSS_ALL } from '@cjourney/test-support/hostile-input';
import { expectNoScriptRan, openTracedPage } from '@cjourney/test-support/xss-page';
import { makeTempDir, runCli, writeIn } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

describe('cjourney on hostile and huge files', () => {
    test('check on a 5 MB file: no error', () => {
        const dir = makeTempDir();
        writeIn(dir, 'huge.cjourney', generateJourney({ touchpoints: 25_000 }));
        const result = runCli(['check', 'huge.cjourney'], dir);
        expect(result.stderr).toMatch(/^Checked 1 file: 0 errors/);
        expect(result.code).toBe(0);
    }, 300_000);

    test('render of 50 levels of braces: a drawing with a notice, exit 1 and a located reason', () => {
        const dir = makeTempDir();
        writeIn(dir, 'deep.cjourney', deepNesting(50));
        const result = runCli(['render', 'deep.cjourney', '-o', 'deep.svg'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/deep\.cjourney has \d+ errors?; the drawing may be incomplete/);
        expect(readFileSync(path.join(dir, 'deep.svg'), 'utf8')).toContain('deep.cjourney has 2 errors (run cjourney check)');
    });

    test.each([
        ['a journey', false],
        ['the visual diff of a journey whose every text changed', true]
    ])(
        'the HTML rendered from %s carrying the XSS corpus runs nothing in Chromium',
        async (_, visualDiff) => {
            const dir = makeTempDir();
            // The old version in a folder of its own: a workspace of its own.
            const old = writeIn(
                makeTempDir(),
                'hostile.cjourney',
                `${withHostileStrings(exampleText('shared/stakeholders'), 5)}\n${withHostileStrings(exampleText('saas-onboarding'), 5)}`
            );
            writeIn(
                dir,
                'hostile.cjourney',
                `${withHostileStrings(exampleText('shared/stakeholders'), 3)}\n${withHostileStrings(exampleText('saas-onboarding'), 0, [XSS_ALL])}`
            );
            const result = runCli(['render', 'hostile.cjourney', '-o', 'hostile.html', ...(visualDiff ? ['--diff', old] : [])], dir);
            expect(result.stderr).toBe('');
            expect(result.code).toBe(0);
            const context = await browser.newContext();
            try {
                const { finish } = await openTracedPage(
                    context,
                    { '/map.html': { body: readFileSync(path.join(dir, 'hostile.html')), contentType: 'text/html' } },
                    '/map.html'
                );
                const trace = await finish();
                expectNoScriptRan(trace);
                expect(trace.scriptElements).toBe(0);
            } finally {
                await context.close();
            }
        },
        60_000
    );
});
