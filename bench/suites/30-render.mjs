/**
 * The views: layout and SVG rendering per view and size, the preview's path (journey model
 * → SVG of the default view, redrawn on every keystroke), the flow view with a cold and a
 * warm ELK cache (a text-only edit keeps the graph, so layout is skipped), and
 * `cjourney render` as a whole process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { applyDiffMarks, clearElkCache, layout, renderScene, renderView } from '@cjourney/render';
import { generateJourney } from '../journey-generator.mjs';
import { CLI, generatedFile, measure, round, timeProcess } from '../lib.mjs';

export const name = 'render';

const VIEWS = ['map', 'stakeholders', 'flow'];
const PREVIEW_GOALS = { 200: 50, 1000: 250 };

async function modelOf(touchpoints) {
    const { documents } = await loadSources([
        { uri: `file:///bench/generated-${touchpoints}.cjourney`, text: generateJourney({ touchpoints }) }
    ]);
    return buildCjourneyModel(documents[0]);
}

/** The worst visual diff: every touchpoint and its emotion point marked, so every group is outlined. */
async function measureDiffMarks(model, runs) {
    const scene = await layout(model, 'map');
    const diff = {
        against: 'HEAD',
        summary: [`${model.journeys[0].touchpoints.length} touchpoints edited`],
        removed: [],
        elements: model.journeys[0].touchpoints.map(touchpoint => ({
            status: 'changed',
            label: touchpoint.title,
            changes: ['emotion pleased → frustrated (worse)'],
            targets: [
                { kind: 'touchpoint', modelId: touchpoint.id },
                { kind: 'emotion', modelId: touchpoint.id }
            ]
        }))
    };
    return measure(() => applyDiffMarks(scene, diff), { runs });
}

/** Layout and writing of each view, the visual diff's marks and the flow with a warm ELK cache, at one size. */
async function viewRows(model, size, notes) {
    const rows = [];
    const runs = size >= 5000 ? 3 : 7;
    for (const view of VIEWS) {
        // The flow's layout is measured cold: the cache would otherwise answer every run.
        const cold = view === 'flow' ? () => clearElkCache() : () => undefined;
        let scene;
        const layoutMs = await measure(
            async () => {
                cold();
                scene = await layout(model, view);
            },
            { runs: view === 'flow' && size >= 1000 ? 3 : runs, warmup: 1 }
        );
        const renderMs = await measure(() => renderScene(scene), { runs });
        rows.push({ metric: `${view}: layout`, size, unit: 'ms', value: round(layoutMs) });
        rows.push({ metric: `${view}: render (scene → SVG)`, size, unit: 'ms', value: round(renderMs) });
        if (scene.notes.length > 0) notes.push(`${view} @ ${size}: ${scene.notes.join(' ')}`);
    }
    rows.push({
        metric: 'map: visual diff marks, every touchpoint changed',
        size,
        unit: 'ms',
        value: round(await measureDiffMarks(model, runs))
    });
    await renderView(model, 'flow');
    rows.push({
        metric: 'flow: model → SVG after a text-only edit (ELK cache hit)',
        size,
        unit: 'ms',
        value: round(await measure(() => renderView(model, 'flow'), { runs }))
    });
    return rows;
}

/** `cjourney render` as a whole process from the workspace: the map at every size, every view at 1,000. */
function processRows(sizes) {
    const rows = [];
    const out = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-render-'));
    for (const size of sizes) {
        const file = generatedFile(size);
        for (const view of VIEWS) {
            if (view !== 'map' && size !== 1000) continue;
            const result = timeProcess(
                [CLI, 'render', '--workspace', path.dirname(file), file, '-o', path.join(out, `${size}.${view}.svg`), '--view', view],
                { runs: size >= 5000 ? 3 : 5 }
            );
            if (result.status !== 0) throw new Error(`cjourney render ${view} @ ${size} exited ${result.status}`);
            rows.push({
                metric: `cjourney render --view ${view}, whole process (workspace)`,
                size,
                unit: 'ms',
                value: round(result.ms, 0)
            });
            if (view === 'map') rows.push({ metric: 'cjourney render, peak memory', size, unit: 'MB', value: round(result.peakMb, 0) });
        }
    }
    return rows;
}

export async function run({ sizes }) {
    const rows = [];
    const notes = [];
    for (const size of sizes) rows.push(...(await viewRows(await modelOf(size), size, notes)));
    for (const size of [200, 1000]) {
        const model = await modelOf(size);
        rows.push({
            metric: 'preview path: model → SVG, journey map',
            size,
            unit: 'ms',
            goal: PREVIEW_GOALS[size],
            value: round(await measure(() => renderView(model, 'map'), { runs: 9, warmup: 3 }))
        });
    }
    rows.push(...processRows(sizes));
    notes.push(
        "Whole processes here run the workspace's entry point (packages/cli/bin/cjourney.js: unbundled ES modules, a few hundred ms more to load than the bundle). The goal of issue 14 (the map of 1,000 touchpoints within 1 s) is checked on the packaged CLI users install: the startup suite's `render -o x.svg, packaged CLI` row at 1,000 touchpoints.",
        "The journey map places everything itself (no ELK: ELK needs ~300 ms for a 200-touchpoint flow, six times a keystroke's budget); the flow view uses ELK up to 1,000 touchpoints and a linear layout above."
    );
    return { rows, notes };
}
