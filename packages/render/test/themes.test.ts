/**
 * Themes as data: every role has a colour in every palette, the drawing names only roles the
 * palettes know, and the preview stylesheet maps them to VS Code's theme variables so the
 * preview follows light, dark and high-contrast themes without inline styles.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { PALETTES, previewStylesheet, renderView, ROLES, THEMES, VIEWS } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

describe('themes', () => {
    test('every role is painted in every palette', () => {
        for (const theme of THEMES) {
            for (const role of ROLES) {
                const paint = PALETTES[theme][role];
                expect(paint.fill ?? paint.stroke, `${theme} ${role}`).toMatch(/^#[0-9a-f]{6}$/);
            }
        }
    });

    test('every class in a drawing has a rule in the preview stylesheet of each theme kind', async () => {
        const stylesheet = previewStylesheet();
        for (const view of VIEWS) {
            const svg = await renderView(models.get('retail-repurchase')!, view);
            const classes = new Set([...svg.matchAll(/class="(cj-[a-z0-9-]+)"/g)].map(match => match[1]));
            for (const name of classes) {
                for (const bodyClass of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
                    expect(stylesheet, `${bodyClass} .${name}`).toContain(`body.${bodyClass} .${name} {`);
                }
            }
        }
    });

    test("VS Code's light high-contrast theme has its own rules: pains and opportunities keep dark text on a light fill", () => {
        const css = previewStylesheet();
        const rule = (role: string) => new RegExp(`body\\.vscode-high-contrast-light \\.cj-${role} \\{ ([^}]*) \\}`).exec(css)?.[1] ?? '';
        const fillOf = (role: string) => /#([0-9a-f]{6})\)?;/.exec(rule(role))?.[1] ?? '';
        const brightness = (hex: string) => parseInt(hex.slice(0, 2), 16) + parseInt(hex.slice(2, 4), 16) + parseInt(hex.slice(4, 6), 16);
        for (const [box, text] of [
            ['pain', 'pain-text'],
            ['opportunity', 'opportunity-text']
        ]) {
            expect(brightness(fillOf(box)), `${box} fill`).toBeGreaterThan(700);
            expect(brightness(fillOf(text)), `${text}`).toBeLessThan(100);
        }
        // Its rules come after the dark high-contrast ones, so they win where a body carries both classes.
        expect(css.lastIndexOf('body.vscode-high-contrast .cj-')).toBeLessThan(css.indexOf('body.vscode-high-contrast-light .cj-'));
    });

    test('the preview stylesheet uses VS Code variables with the palette as fallback', () => {
        const dark = previewStylesheet('dark');
        expect(dark).toContain('.cj-background { fill: var(--vscode-editor-background, #161b22); }');
        expect(dark).toContain(
            '.cj-card { fill: var(--vscode-editorWidget-background, #22272e); stroke: var(--vscode-editorWidget-border, #3d444d); }'
        );
        expect(previewStylesheet('high-contrast')).toContain('.cj-background { fill: var(--vscode-editor-background, #000000); }');
    });

    test("drawings carry no inline style (the preview's CSP forbids it)", async () => {
        for (const view of VIEWS) {
            const svg = await renderView(models.get('saas-onboarding')!, view, { theme: 'high-contrast' });
            expect(svg).not.toMatch(/<style|\sstyle="/);
        }
    });

    test('paint: classes leaves every colour to the stylesheet, and keeps lines unfilled', async () => {
        for (const view of VIEWS) {
            const svg = await renderView(models.get('retail-repurchase')!, view, { paint: 'classes' });
            expect(svg).not.toMatch(/#[0-9a-f]{6}/);
            // Flow steps are drawn on the map and the flow view.
            if (view === 'map' || view === 'flow') expect(svg).toContain('class="cj-edge" d="');
            for (const line of svg
                .split('\n')
                .filter(text => /<path class="cj-(edge|influence|emotion-line|persona-line-\d|baseline-line)"/.test(text))) {
                expect(line).toContain('fill="none"');
            }
        }
    });
});
