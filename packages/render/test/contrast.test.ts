/**
 * WCAG AA for every text in every theme: each text role is checked against every background it
 * is drawn on. The pairs are not a hand-kept list: they are read from the laid-out scenes of every
 * example in every view (the last filled shape painted under a text's first letter), so a new
 * card colour or a text moved onto another box is checked without anyone remembering to.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, PALETTES, THEMES, VIEWS, type Mark, type Role, type TextMark } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';

/** Relative luminance and contrast ratio as WCAG 2.x defines them. */
function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5]
        .map(at => parseInt(hex.slice(at, at + 2), 16) / 255)
        .map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

interface Box {
    role: Role;
    contains(x: number, y: number): boolean;
}

function boxOf(mark: Mark): Box | undefined {
    if (mark.type === 'rect')
        return { role: mark.role, contains: (x, y) => x >= mark.x && x <= mark.x + mark.width && y >= mark.y && y <= mark.y + mark.height };
    if (mark.type === 'circle') return { role: mark.role, contains: (x, y) => (x - mark.cx) ** 2 + (y - mark.cy) ** 2 <= mark.r ** 2 };
    if (mark.type === 'path' && mark.filled) {
        // A marker's diamond, triangle or hexagon: its bounding box is close enough for a probe at its centre.
        const points = mark.segments.flatMap(segment => ('to' in segment ? [segment.to] : []));
        const xs = points.map(p => p.x),
            ys = points.map(p => p.y);
        const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        return { role: mark.role, contains: (x, y) => x >= left && x <= right && y >= top && y <= bottom };
    }
    return undefined;
}

/** A point inside the text's first glyph, whatever its anchor. */
function probe(text: TextMark): [number, number] {
    const dx = text.anchor === 'end' ? -2 : text.anchor === 'middle' ? 0 : 2;
    return [text.x + dx, text.y - text.size / 3];
}

/** Text role → the background roles it is drawn on, in paint order. */
function collectPairs(marks: readonly Mark[], pairs: Map<Role, Set<Role>>): void {
    const painted: Box[] = [];
    const walk = (list: readonly Mark[]) =>
        list.forEach(mark => {
            if (mark.type === 'group') return walk(mark.children);
            if (mark.type === 'text') {
                if (mark.rotate) return;
                const [x, y] = probe(mark);
                const under = mark.halo ? 'halo' : (painted.findLast(box => box.contains(x, y))?.role ?? 'background');
                pairs.set(mark.role, (pairs.get(mark.role) ?? new Set()).add(under));
                return;
            }
            const box = boxOf(mark);
            if (box) painted.push(box);
        });
    walk(marks);
}

let pairs: Map<Role, Set<Role>>;
beforeAll(async () => {
    const models: Map<string, CjourneyModel> = await loadExampleModels();
    pairs = new Map();
    for (const model of models.values()) {
        for (const view of VIEWS) collectPairs((await layout(model, view)).marks, pairs);
    }
});

describe('contrast (WCAG AA, 4.5:1)', () => {
    test('the contrast formula gives the known extremes', () => {
        expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
        expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    });

    test('every text role drawn in the examples meets 4.5:1 on every background it is drawn on, in every theme', () => {
        expect(pairs.size).toBeGreaterThan(10);
        expect(THEMES).toEqual(['light', 'dark', 'high-contrast', 'high-contrast-light']);
        const failures: string[] = [];
        for (const theme of THEMES) {
            const palette = PALETTES[theme];
            for (const [text, backgrounds] of pairs) {
                for (const background of backgrounds) {
                    const fill = palette[text].fill!;
                    const under = background === 'halo' ? palette.halo.stroke! : palette[background].fill!;
                    const ratio = contrast(fill, under);
                    if (ratio < 4.5) failures.push(`${theme}: ${text} ${fill} on ${background} ${under} = ${ratio.toFixed(2)}`);
                }
            }
        }
        expect(failures).toEqual([]);
    });
});
