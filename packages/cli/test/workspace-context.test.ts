/**
 * The context a command loads beside the files it checks: only the files of their folders
 * that share a name with them, so a folder of thousands of journeys is scanned, not built,
 * and the context never grows past its limit (with a warning naming the folder). `site` and
 * `serve` load their context the same way (SiteWorkspace).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SiteWorkspace } from '../src/site/site-workspace.js';
import { loadWorkspace, modelOf, diagnosticsOf } from '../src/workspace.js';
import { makeTempDir, runCli, writeIn } from './helpers.js';

const UNRELATED = 3000;

function unrelatedJourney(index: number): string {
    return `journey trip${index} "Trip ${index}" {\n  stakeholder Crew${index}\n  stage go {\n    touchpoint book${index} { channel web owner Crew${index} }\n  }\n}\n`;
}

describe('a journey in a folder of thousands of others', () => {
    let dir: string;

    beforeAll(() => {
        dir = makeTempDir('cjourney-context-');
        for (let index = 0; index < UNRELATED; index++) {
            writeIn(dir, `trips/${String(index).padStart(4, '0')}.cjourney`, unrelatedJourney(index));
        }
        writeIn(dir, 'shared/people.cjourney', 'stakeholder Support { type internal influences Board }\n');
        writeIn(dir, 'shared/board.cjourney', 'stakeholder Board { type internal power high }\n');
        writeIn(
            dir,
            'reviews/uses-ann.cjourney',
            'journey review {\n  stage look {\n    touchpoint read { channel web persona Ann }\n  }\n}\n'
        );
        writeIn(
            dir,
            'shop.cjourney',
            'persona Ann\njourney shop {\n  stage buy {\n    touchpoint pay { channel web owner Support }\n  }\n}\n'
        );
    }, 120_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('only the files sharing a name with it are built, and its shared definitions resolve', async () => {
        const warnings: string[] = [];
        const { targets, context } = await loadWorkspace([path.join(dir, 'shop.cjourney')], {}, message => warnings.push(message));
        expect(warnings).toEqual([]);
        // Support is defined in people, Board (which Support influences) in board; uses-ann uses the shared persona Ann.
        expect(context.map(file => path.basename(file)).sort()).toEqual(['board.cjourney', 'people.cjourney', 'uses-ann.cjourney']);
        const errors = diagnosticsOf(targets[0]).filter(diagnostic => diagnostic.severity === 1);
        expect(errors).toEqual([]);
        const journey = modelOf(targets[0]).journeys[0];
        expect(journey.stakeholders.map(stakeholder => stakeholder.id)).toEqual(['Support', 'Board']);
    }, 60_000);

    test('the real command checks it without loading the folder tree', () => {
        const result = runCli(['check', 'shop.cjourney'], dir);
        expect(result.stderr).toBe('Checked 1 file: 0 errors, 0 warnings, 0 info, 0 hints.\n');
        expect(result.code).toBe(0);
    }, 60_000);

    test('site and serve load the same context: its page shows the shared stakeholders, the folder tree is not built', async () => {
        const workspace = new SiteWorkspace(dir);
        const warnings: string[] = [];
        await workspace.load([path.join(dir, 'shop.cjourney')], message => warnings.push(message));
        expect(warnings).toEqual([]);
        const context = workspace.files.filter(file => !file.target).map(file => path.basename(file.absolute));
        expect(context.sort()).toEqual(['board.cjourney', 'people.cjourney', 'uses-ann.cjourney']);
        const out = path.join(dir, 'site-out');
        const result = runCli(['site', 'shop.cjourney', '-o', out], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const page = readFileSync(path.join(out, 'journeys/shop.html'), 'utf8');
        expect(page).toContain('data-cj-kind="stakeholder" data-cj-id="Board"');
    }, 60_000);
});

describe('a shared definition used by more files than the context holds', () => {
    let dir: string;

    beforeAll(() => {
        dir = makeTempDir('cjourney-context-cap-');
        for (let index = 0; index < 60; index++) {
            writeIn(
                dir,
                `users/${String(index).padStart(2, '0')}.cjourney`,
                `journey use${index} {\n  stage look {\n    touchpoint read${index} { channel web persona Ann }\n  }\n}\n`
            );
        }
        writeIn(dir, 'zz-support.cjourney', 'stakeholder Support { type internal }\n');
        writeIn(
            dir,
            'shop.cjourney',
            'persona Ann\njourney shop {\n  stage buy {\n    touchpoint pay { channel web owner Support }\n  }\n}\n'
        );
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('keeps the definitions first, loads no more than the limit and says so, naming the folder', async () => {
        const warnings: string[] = [];
        const { targets, context } = await loadWorkspace([path.join(dir, 'shop.cjourney')], { maxContextFiles: 20 }, message =>
            warnings.push(message)
        );
        expect(context).toHaveLength(20);
        expect(context.some(file => file.endsWith('zz-support.cjourney'))).toBe(true);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain(`'${dir}'`);
        expect(warnings[0]).toContain('61 journey files share names');
        expect(warnings[0]).toContain('--workspace');
        expect(diagnosticsOf(targets[0]).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
    });

    test('site and serve load no more than the limit either, and say so in the same words', async () => {
        const workspace = new SiteWorkspace(dir);
        const warnings: string[] = [];
        await workspace.load([path.join(dir, 'shop.cjourney')], message => warnings.push(message), { maxContextFiles: 20 });
        const context = workspace.files.filter(file => !file.target);
        expect(context).toHaveLength(20);
        expect(context.some(file => file.absolute.endsWith('zz-support.cjourney'))).toBe(true);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain(`'${dir}'`);
        expect(warnings[0]).toContain('61 journey files share names');
        expect(warnings[0]).toContain('--workspace');
        const shop = workspace.files.find(file => file.target)!;
        expect(workspace.errorCount(shop)).toBe(0);
        expect(workspace.modelOf(shop)?.journeys[0].touchpoints[0].ownerId).toBe('Support');
    });

    test('site --workspace names the folder of the shared definitions: only it is the context', () => {
        const out = path.join(dir, 'site-out');
        writeIn(dir, 'defs/support.cjourney', 'stakeholder Support { type internal }\npersona Ann\n');
        writeIn(
            dir,
            'solo/shop.cjourney',
            'journey solo {\n  stage buy {\n    touchpoint pay { channel web owner Support persona Ann }\n  }\n}\n'
        );
        const result = runCli(['site', 'solo/shop.cjourney', '--workspace', 'defs', '-o', out], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(out, 'journeys/solo.html'), 'utf8')).toContain('data-cj-id="Support"');
    }, 60_000);
});
