/**
 * `cjourney render --view opportunities|blueprint|summary` as a user runs it: each view as SVG,
 * HTML and PNG, files named after the view in a folder render, and a visual diff that marks
 * an opportunity whose status changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli as run, makeTempDirWithExamples } from './helpers.js';

let dir: string;
beforeEach(() => {
    dir = makeTempDirWithExamples('cjourney-new-views-');
});

describe('cjourney render of the new views', () => {
    // One test per view: three processes each, within the timeout on a busy machine.
    test.each([
        ['opportunities', 'id="cj-opportunity-Size-0"'],
        ['blueprint', 'line of visibility'],
        ['summary', 'Top pains by evidence']
    ])('%s of the contract example as SVG, HTML and PNG', (view, content) => {
        for (const format of ['svg', 'html', 'png']) {
            const out = `${view}.${format}`;
            const result = run(
                ['render', 'examples/fashion-first-order.cjourney', '-o', out, '--view', view, '--journey', 'FashionAsIs'],
                dir
            );
            expect(result, `${view} ${format}`).toMatchObject({ code: 0, stderr: '' });
            expect(readFileSync(path.join(dir, out)).length).toBeGreaterThan(1000);
        }
        const svg = readFileSync(path.join(dir, `${view}.svg`), 'utf8');
        expect(svg).toContain(`data-cj-view="${view}"`);
        expect(svg).toContain(content);
        expect(readFileSync(path.join(dir, `${view}.html`), 'utf8')).toContain(`data-cj-view="${view}"`);
        expect(
            readFileSync(path.join(dir, `${view}.png`))
                .subarray(1, 4)
                .toString()
        ).toBe('PNG');
    });

    test('a folder render names each file after the view', () => {
        expect(run(['render', 'examples', '--out-dir', 'rendered', '--view', 'summary'], dir).code).toBe(0);
        expect(existsSync(path.join(dir, 'rendered/fashion-first-order.summary.svg'))).toBe(true);
        expect(existsSync(path.join(dir, 'rendered/saas-onboarding.summary.svg'))).toBe(true);
    });

    test('--diff marks the card of an opportunity whose status changed', () => {
        const file = path.join(dir, 'examples/fashion-first-order.cjourney');
        const old = path.join(dir, 'old.cjourney');
        writeFileSync(old, readFileSync(file, 'utf8'));
        writeFileSync(file, readFileSync(file, 'utf8').replace('status planned', 'status doing'));
        const result = run(
            [
                'render',
                'examples/fashion-first-order.cjourney',
                '-o',
                'diff.svg',
                '--view',
                'opportunities',
                '--journey',
                'FashionAsIs',
                '--diff',
                'old.cjourney'
            ],
            dir
        );
        expect(result.code).toBe(0);
        const svg = readFileSync(path.join(dir, 'diff.svg'), 'utf8');
        expect(svg).toMatch(/<g id="cj-opportunity-Size-0"[^>]*data-cj-diff="changed"/);
        expect(svg).not.toMatch(/<g id="cj-opportunity-Checkout-0"[^>]*data-cj-diff/);
    });
});
