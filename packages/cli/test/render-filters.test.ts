/**
 * `cjourney render --persona` and `--lanes` as a user runs them on the contract's version 2
 * example: the map draws only the chosen persona's steps and curve, only the chosen lanes;
 * an unknown persona or lane is a located usage error that lists the valid ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, makeTempDir, runCli } from './helpers.js';

const FILE = path.join(EXAMPLES, 'fashion-first-order.cjourney');
let dir: string;
beforeAll(() => {
    dir = makeTempDir('cjourney-filters-');
});

function render(args: readonly string[]): { code: number | null; stderr: string; svg: string } {
    const out = path.join(dir, `${args.join('_').replace(/[^a-z]/gi, '')}.svg`);
    const result = runCli(['render', FILE, '--journey', 'FashionAsIs', '-o', out, ...args], dir);
    return { code: result.code, stderr: result.stderr, svg: result.code === 0 ? readFileSync(out, 'utf8') : '' };
}

describe('cjourney render --persona and --lanes', () => {
    test('--persona Tobias draws only Tobias’ steps and curve', () => {
        const { code, svg } = render(['--persona', 'Tobias']);
        expect(code).toBe(0);
        expect(svg).toContain('id="cj-emotion-Size-Tobias"');
        expect(svg).toContain('id="cj-emotion-Checkout-Tobias"');
        expect(svg).not.toContain('-Jana"');
        expect(svg).not.toContain('Jana, repeat buyer');
        expect(svg).toContain('only Tobias, first-time gift buyer');
    });

    test('--lanes touchpoints,emotion draws only those lanes', () => {
        const { code, svg } = render(['--lanes', 'touchpoints,emotion']);
        expect(code).toBe(0);
        const labels = [...svg.matchAll(/class="cj-lane-label"[^>]*>([^<]+)</g)].map(match => match[1]);
        expect(labels).toEqual(['Touchpoints', 'Emotion']);
        expect(svg).not.toContain('data-cj-kind="pain"');
        expect(svg).not.toContain('data-cj-kind="kpi"');
    });

    test('an unknown persona: exit 2, the file and journey named, the valid personas listed', () => {
        const { code, stderr } = render(['--persona', 'Tobias,Zoe']);
        expect(code).toBe(2);
        expect(stderr).toContain("fashion-first-order.cjourney (journey FashionAsIs): no persona 'Zoe'");
        expect(stderr).toMatch(/^cjourney: --persona: /);
        expect(stderr).toContain('its personas are Jana, Tobias');
        expect(stderr).not.toMatch(/\n\s+at /);
    });

    test('an unknown lane: exit 2, the valid lanes listed, custom ones included', () => {
        const { code, stderr } = render(['--lanes', 'touchpoints,feelings']);
        expect(code).toBe(2);
        expect(stderr).toContain("no lane 'feelings'");
        expect(stderr).toContain('its lanes are touchpoints, doing, emotion, pains, blueprint, stakeholders, kpis, Message');
    });
});
