/**
 * Side by side with Mermaid (issue 8): the same generated journey drawn as cjourney's
 * journey map and as the Mermaid `journey` diagram cjourney exports for it
 * (`cjourney export --format mermaid`, called in-process), at every size, two ways:
 *   1. in the browser: `mermaid.render()` of the export against cjourney's layout + render of
 *      the journey model (`renderView`, bundled for the browser with esbuild as the preview
 *      is), in the same headless Chromium page, timed inside the page;
 *   2. as a whole process: `cjourney render FILE -o OUT.svg` against Mermaid's CLI path
 *      (browser start, Mermaid page load, render, write the SVG: bench/mermaid-cli.mjs).
 * The goal is cjourney faster at every size (ratio cjourney / Mermaid ≤ 1) while drawing
 * more, so the suite also counts what each SVG holds. Mermaid is given a time limit per
 * render and per process; if it fails or runs out of time, that is reported, not thrown.
 *
 * Run alone: npm run bench -- --only mermaid
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { exportMermaid } from '../../packages/cli/out/mermaid/export-mermaid.js';
import { CLI, generatedFile, median, round, ROOT, timeProcess } from '../lib.mjs';
import { launchChromium, openMermaidPage } from '../mermaid-page.mjs';

export const name = 'mermaid';

const MERMAID_CLI = fileURLToPath(new URL('../mermaid-cli.mjs', import.meta.url));
/** Per Mermaid render in the page and per Mermaid CLI process (BENCH_MERMAID_TIME_LIMIT_MS to change it). */
const TIME_LIMIT_MS = Number(process.env.BENCH_MERMAID_TIME_LIMIT_MS ?? 180_000);
const RATIO_GOAL = 1;

/** What the map's SVG holds, by the renderer's classes (see packages/render/src/themes.ts). */
const CJOURNEY_PARTS = {
    cards: '.cj-card',
    stages: '.cj-stage-header',
    lanes: '.cj-lane-label',
    'emotion words (a point each, and the scale)': '.cj-emotion-label',
    pains: '.cj-pain',
    opportunities: '.cj-opportunity',
    thoughts: '.cj-thought',
    'stakeholder needs': '.cj-need-text',
    KPIs: '.cj-kpi',
    'flow arrows': '.cj-edge, .cj-edge-loop'
};

export async function run({ sizes }) {
    const renderViewBundle = await bundleRenderView();
    const out = mkdtempSync(path.join(tmpdir(), 'cjourney-bench-mermaid-'));
    const rows = [];
    const notes = [];
    for (const size of sizes) {
        const runs = size >= 5000 ? 3 : 5;
        const file = generatedFile(size);
        const model = await modelOf(file);
        const mermaidFile = path.join(out, `generated-${size}.mmd`);
        writeFileSync(mermaidFile, exportMermaid(model));

        const browser = await compareInBrowser(renderViewBundle, model, readFileSync(mermaidFile, 'utf8'), runs);
        rows.push({
            metric: 'in browser: cjourney map, layout + render (model → SVG)',
            size,
            unit: 'ms',
            value: round(browser.cjourneyMs)
        });
        rows.push(...mermaidRows('in browser: Mermaid journey, mermaid.render() (text → SVG)', size, browser.mermaid));
        if (browser.mermaid.parseMs !== undefined) {
            rows.push({
                metric: 'in browser: Mermaid parse only (part of its render)',
                size,
                unit: 'ms',
                value: round(browser.mermaid.parseMs)
            });
        }
        rows.push(...ratioRows('in browser: ratio cjourney / Mermaid', size, browser.cjourneyMs, browser.mermaid));

        const cli = compareProcesses(file, mermaidFile, out, size, runs);
        rows.push({ metric: 'whole process: cjourney render FILE -o map.svg', size, unit: 'ms', value: round(cli.cjourneyMs, 0) });
        rows.push(...mermaidRows('whole process: Mermaid CLI path (browser start + load + render + write SVG)', size, cli.mermaid, 0));
        rows.push(...ratioRows('whole process: ratio cjourney / Mermaid', size, cli.cjourneyMs, cli.mermaid));

        rows.push({ metric: 'drawn: SVG elements, cjourney map', size, unit: 'elements', value: browser.cjourneyDrawn.elements });
        if (browser.mermaid.drawn) {
            rows.push({ metric: 'drawn: SVG elements, Mermaid journey', size, unit: 'elements', value: browser.mermaid.drawn.elements });
        }
        notes.push(drawnNote(size, model.journeys[0], browser));
        if (browser.mermaid.error) notes.push(`Mermaid in the browser @ ${size}: ${browser.mermaid.error}`);
        if (cli.mermaid.error) notes.push(`Mermaid CLI path @ ${size}: ${cli.mermaid.error}`);
    }
    notes.push(
        'In the browser, cjourney starts from the journey model (the preview receives it from the language server, whose parse + link + validate and model build the language suite measures) and Mermaid from its text, so its parse is shown apart. ' +
            `Mermaid's CLI (mermaid-cli) drives a browser puppeteer downloads; bench/mermaid-cli.mjs does the same steps with playwright-core and Debian's Chromium. Mermaid runs with maxTextSize lifted (its default of 50,000 characters refuses the 5,000-touchpoint export) and a time limit of ${TIME_LIMIT_MS / 1000} s per render and per process. ` +
            'Ratios below 1 mean cjourney is faster.'
    );
    return { rows, notes };
}

/** `renderView` of @cjourney/render as one browser script (global `cjourneyBench`), minified as the shipped preview is. */
async function bundleRenderView() {
    const result = await esbuild.build({
        stdin: { contents: "export { renderView } from '@cjourney/render';", resolveDir: ROOT, sourcefile: 'bench-render-view.js' },
        bundle: true,
        write: false,
        format: 'iife',
        globalName: 'cjourneyBench',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        logLevel: 'warning'
    });
    return result.outputFiles[0].text;
}

async function modelOf(file) {
    const { documents } = await loadSources([{ uri: `file://${file}`, text: readFileSync(file, 'utf8') }]);
    return buildCjourneyModel(documents[0]);
}

/** Medians of both renders in one Chromium page, and what the last SVG of each holds. */
async function compareInBrowser(renderViewBundle, model, mermaidText, runs) {
    const browser = await launchChromium();
    try {
        const page = await openMermaidPage(browser, [{ content: renderViewBundle }]);
        await page.evaluate(({ model, text }) => Object.assign(window, { benchModel: model, benchText: text }), {
            model,
            text: mermaidText
        });
        const cjourneyMs = await timeInPage(page, 'cjourney', runs);
        const cjourneyDrawn = await countDrawn(page, CJOURNEY_PARTS);
        const mermaid = {};
        try {
            mermaid.ms = await timeInPage(page, 'mermaid', runs);
            mermaid.drawn = await countDrawn(page, {});
            if (mermaid.drawn.errorDiagram) mermaid.error = 'Mermaid drew an error diagram';
            mermaid.parseMs = await timeInPage(page, 'mermaid-parse', runs);
        } catch (error) {
            mermaid.error = error.message.split('\n')[0];
            mermaid.timedOut = error instanceof TimeLimit;
        }
        return { cjourneyMs, cjourneyDrawn, mermaid };
    } finally {
        await browser.close();
    }
}

class TimeLimit extends Error {}

/** Median of `runs` draws after one warm-up, each timed inside the page; a draw over the time limit throws TimeLimit. */
async function timeInPage(page, who, runs) {
    const times = [];
    for (let i = 0; i <= runs; i++) {
        const draw = page.evaluate(
            async ({ who, id }) => {
                const start = performance.now();
                if (who === 'cjourney') {
                    window.benchSvg = await window.cjourneyBench.renderView(window.benchModel, 'map');
                } else if (who === 'mermaid') {
                    window.benchSvg = (await window.mermaid.render(id, window.benchText)).svg;
                } else {
                    await window.mermaid.parse(window.benchText);
                }
                return performance.now() - start;
            },
            { who, id: `mermaid-bench-${i}` }
        );
        let timer;
        const limit = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new TimeLimit(`no SVG after ${TIME_LIMIT_MS / 1000} s`)), TIME_LIMIT_MS);
        });
        try {
            const ms = await Promise.race([draw, limit]);
            if (i > 0) times.push(ms);
        } finally {
            clearTimeout(timer);
        }
    }
    return median(times);
}

/** Elements of the page's last SVG in all, and per part (CSS selectors). */
function countDrawn(page, parts) {
    return page.evaluate(parts => {
        const svg = new DOMParser().parseFromString(window.benchSvg, 'image/svg+xml');
        const counts = {
            elements: svg.querySelectorAll('*').length,
            bytes: window.benchSvg.length,
            errorDiagram: svg.querySelector('parsererror, .error-icon') !== null
        };
        for (const [part, selector] of Object.entries(parts)) counts[part] = svg.querySelectorAll(selector).length;
        return counts;
    }, parts);
}

/** Whole-process medians: `cjourney render` and the Mermaid CLI path, each after one unmeasured run. */
function compareProcesses(file, mermaidFile, out, size, runs) {
    const cjourneyArgs = [CLI, 'render', '--workspace', path.dirname(file), file, '-o', path.join(out, `${size}.map.svg`)];
    timeProcess(cjourneyArgs, { runs: 1 });
    const cjourney = timeProcess(cjourneyArgs, { runs });
    if (cjourney.status !== 0) throw new Error(`cjourney render @ ${size} exited ${cjourney.status}`);

    const mermaidArgs = [MERMAID_CLI, mermaidFile, path.join(out, `${size}.mermaid.svg`), '--timeout', String(TIME_LIMIT_MS)];
    const first = spawnSync(process.execPath, mermaidArgs, { encoding: 'utf8', timeout: TIME_LIMIT_MS + 30_000 });
    const mermaid = {};
    if (first.status !== 0) {
        mermaid.timedOut = first.status === 124 || first.status === null;
        mermaid.error = mermaid.timedOut
            ? `no SVG after ${TIME_LIMIT_MS / 1000} s`
            : first.stderr.trim().split('\n')[0] || `exited ${first.status}`;
    } else {
        const timed = timeProcess(mermaidArgs, { runs, timeout: TIME_LIMIT_MS + 30_000 });
        if (timed.status === 0) mermaid.ms = timed.ms;
        else mermaid.error = `exited ${timed.status} on a repeated run`;
    }
    return { cjourneyMs: cjourney.ms, mermaid };
}

/** Mermaid's time, or what happened instead (a timed-out or failed render is a row, not a crash). */
function mermaidRows(metric, size, mermaid, digits = 1) {
    if (mermaid.ms !== undefined && !mermaid.error) return [{ metric, size, unit: 'ms', value: round(mermaid.ms, digits) }];
    return [{ metric, size, unit: '', value: mermaid.timedOut ? `timed out (> ${TIME_LIMIT_MS / 1000} s)` : 'failed (see notes)' }];
}

/**
 * cjourney / Mermaid against the goal of 1. When Mermaid ran out of time, the time limit
 * bounds the ratio from above; when it failed outright, there is no ratio to give.
 */
function ratioRows(metric, size, cjourneyMs, mermaid) {
    if (mermaid.ms !== undefined && !mermaid.error) {
        return [{ metric, size, unit: '×', goal: RATIO_GOAL, value: round(cjourneyMs / mermaid.ms, 2) }];
    }
    if (mermaid.timedOut) {
        return [
            {
                metric: `${metric} (at most: Mermaid timed out)`,
                size,
                unit: '×',
                goal: RATIO_GOAL,
                value: round(cjourneyMs / TIME_LIMIT_MS, 3)
            }
        ];
    }
    return [];
}

/** What each diagram shows at this size: Mermaid's tasks, sections and actors; the map's cards, lanes, curve, pains, KPIs… */
function drawnNote(size, journey, browser) {
    const actors = new Set(journey.touchpoints.flatMap(touchpoint => [touchpoint.personaId, ...touchpoint.involvedIds].filter(Boolean)));
    const { elements, bytes, errorDiagram: _, ...parts } = browser.cjourneyDrawn;
    const mapParts = Object.entries(parts)
        .map(([part, count]) => `${count} ${part}`)
        .join(', ');
    const mermaidSvg = browser.mermaid.drawn
        ? ` (${browser.mermaid.drawn.elements} SVG elements, ${kilobytes(browser.mermaid.drawn.bytes)})`
        : '';
    return (
        `drawn @ ${size}: Mermaid's journey shows ${journey.touchpoints.length} tasks with a score face each, in ${journey.stages.length} sections, ` +
        `with ${actors.size} actors${mermaidSvg}; cjourney's map shows ${mapParts}, plus the emotion curve (a line per persona) ` +
        `(${elements} SVG elements, ${kilobytes(bytes)}).`
    );
}

function kilobytes(length) {
    return `${round(length / 1024, 0)} kB`;
}
