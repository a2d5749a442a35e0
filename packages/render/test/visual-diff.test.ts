/**
 * The visual diff on the laid-out scene, without the CLI: `applyDiffMarks` marks the groups
 * a diff names (every group of a model element, in every view), leaves the layout it is
 * given untouched, escapes what it is given and is deterministic.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyDiffMarks, layout, renderView, type DiffMarks, type GroupMark, type Mark } from '../src/index.js';
import { loadExampleModels } from '@cjourney/test-support/examples';

let model: CjourneyModel;
beforeAll(async () => {
    model = (await loadExampleModels()).get('saas-onboarding')!;
});

function groups(marks: readonly Mark[]): GroupMark[] {
    return marks.flatMap(mark => (mark.type === 'group' ? [mark, ...groups(mark.children)] : []));
}

const DIFF: DiffMarks = {
    against: 'old & <b>bold</b>',
    summary: ['1 flow step added', '1 stakeholder changed'],
    elements: [
        {
            status: 'added',
            targets: [{ kind: 'flow', modelId: 'Kickoff->FirstProject' }],
            label: 'flow Kick-off call → Creates the first project',
            changes: []
        },
        {
            status: 'changed',
            targets: [{ kind: 'stakeholder', modelId: 'Marketing' }],
            label: 'Stakeholder <Marketing>',
            changes: ['interest medium → high (up)']
        }
    ],
    removed: [{ kind: 'touchpoint', title: 'Old <i>step</i>', where: 'was in stage Awareness' }]
};

describe('applyDiffMarks', () => {
    test('an added flow arrow gets a broad stroke under its line; a stakeholder is marked on every chip', async () => {
        const scene = applyDiffMarks(await layout(model, 'map'), DIFF);
        const flow = groups(scene.marks).find(group => group.id === 'cj-flow-Kickoff-FirstProject')!;
        expect(flow.diff).toBe('added');
        expect(flow.children[0]).toMatchObject({ type: 'path', role: 'diff-added', strokeWidth: 6 });
        const chips = groups(scene.marks).filter(group => group.kind === 'stakeholder' && group.modelId === 'Marketing');
        expect(chips.length).toBe(2);
        chips.forEach(chip => {
            expect(chip.diff).toBe('changed');
            expect(chip.tooltip).toContain('Changed: interest medium → high (up)');
        });
    });

    test('the scene it is given is not changed; the result is the same every time', async () => {
        const laidOut = await layout(model, 'map');
        const before = JSON.stringify(laidOut);
        const first = applyDiffMarks(laidOut, DIFF);
        expect(JSON.stringify(laidOut)).toBe(before);
        expect(JSON.stringify(applyDiffMarks(laidOut, DIFF))).toBe(JSON.stringify(first));
        expect(first.height).toBeGreaterThan(laidOut.height);
    });

    test('every text it is given is escaped', async () => {
        const svg = await renderView(model, 'stakeholders', { diff: DIFF });
        expect(svg).not.toMatch(/<b>|<i>|<Marketing>/);
        expect(svg).toContain('Changes since old &amp; &lt;b&gt;bold&lt;/b&gt;');
        expect(svg).toContain('Old &lt;i&gt;step&lt;/i&gt;');
        expect(svg).toContain('Stakeholder &lt;Marketing&gt;');
    });
});
