/**
 * `cjourney render FILE -o OUT` and `cjourney render FOLDER --out-dir DIR`: the views as the
 * preview draws them (the same @cjourney/render code), written as SVG, HTML, PNG or PDF.
 *
 * A journey with errors is still drawn from what its model holds — a reviewer sees the map
 * of a broken pull request — with a notice in the drawing; the exit code is 1, as for
 * `check`. Unreadable input or a bad option: exit 2 with a one-line message.
 */
import { imageDataUri } from '../images.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type CjourneyModel, plural, selectJourney } from '@cjourney/model';
import { mapLaneNames, renderView, type ThemeKind, type ViewName } from '@cjourney/render';
import { ExitCode, UsageError } from '../cli-error.js';
import { drawnPath } from '../files.js';
import { warnLine, type Output } from '../output.js';
import { ProjectConfigs } from '../project-config.js';
import { oneLine } from '../safe-text.js';
import { encode, fontFile, formatOf, loadPdf, type Encoded, type RenderFormat } from '../render/output-formats.js';
import type { RenderPage } from '../command-options.js';
import { loadRenderDiff, marksFor, type RenderDiff, type RenderDiffOptions } from '../render/render-diff.js';
import { diagnosticsOf, loadWorkspace, modelOf, type LoadedJourney } from '../workspace.js';

export { RENDER_THEMES, RENDER_VIEWS } from '../command-options.js';

export interface RenderOptions extends RenderDiffOptions {
    output?: string;
    outDir?: string;
    view: ViewName;
    theme: ThemeKind;
    journey?: string;
    /** `--persona P,Q`: only these personas' steps and curves. */
    persona?: string;
    /** `--lanes a,b`: only these lanes of the map, in this order. */
    lanes?: string;
    /** Format of the files written with --out-dir. */
    format: RenderFormat;
    /** Pages of a PDF (default poster). */
    page?: RenderPage;
}

/** As given on the command line: without --view or --theme, the project's cjourney.config.json decides. */
export type RenderCommandOptions = Omit<RenderOptions, 'view' | 'theme'> & Partial<Pick<RenderOptions, 'view' | 'theme'>>;

interface Job {
    target: LoadedJourney;
    model: CjourneyModel;
    errors: number;
    out: string;
    /** The visual diff's source, with --diff or --diff-git. */
    changes?: RenderDiff;
}

async function write(file: string, bytes: Buffer | string): Promise<void> {
    try {
        await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
        await fs.writeFile(file, bytes);
    } catch (error) {
        throw new UsageError(`cannot write '${file}': ${(error as Error).message}`);
    }
}

function commaList(value: string | undefined): string[] | undefined {
    return value === undefined
        ? undefined
        : value
              .split(',')
              .map(item => item.trim())
              .filter(Boolean);
}

/** Every id of `asked` must be one of `valid`; else a usage error naming the file, the journey and the valid ids. */
function checkIds(asked: readonly string[] | undefined, valid: readonly string[], what: string, where: string): void {
    const unknown = (asked ?? []).filter(id => !valid.includes(id));
    if (unknown.length > 0) {
        const list = valid.length > 0 ? `; its ${what}s are ${valid.join(', ')}` : `; it has no ${what}s`;
        throw new UsageError(`${where}: no ${what} ${unknown.map(id => `'${id}'`).join(', ')}${list}`);
    }
}

/** --persona and --lanes, checked against the journey drawn. */
function filtersOf(job: Job, options: RenderOptions): { personas?: string[]; lanes?: string[] } {
    const personas = commaList(options.persona);
    const lanes = commaList(options.lanes);
    const journey = selectJourney(job.model, options.journey).journey;
    if (journey) {
        const where = `${job.target.file.display} (journey ${journey.id})`;
        checkIds(
            personas,
            journey.personas.map(persona => persona.id),
            'persona',
            `--persona: ${where}`
        );
        checkIds(lanes, mapLaneNames(journey), 'lane', `--lanes: ${where}`);
    }
    return { personas, lanes };
}

async function renderJob(job: Job, options: RenderOptions, output: Output): Promise<void> {
    const notices =
        job.errors > 0
            ? [
                  `${drawnPath(job.target.file.absolute)} has ${plural(job.errors, 'error')} (run cjourney check): this drawing may be incomplete.`
              ]
            : [];
    const diff = marksFor(job.changes, job.model, options.journey);
    const filters = filtersOf(job, options);
    // Images are embedded (data URIs) so every output stays self-contained.
    const svg = await renderView(job.model, options.view, {
        theme: options.theme,
        journeyId: options.journey,
        notices,
        diff,
        ...filters,
        imageHref: imageDataUri
    });
    const selection = selectJourney(job.model, options.journey);
    const title = `${selection.journey?.title ?? drawnPath(job.target.file.absolute)} — ${options.view}${diff ? ` — changes since ${diff.against}` : ''}`;
    const format = formatOf(job.out);
    const encoded =
        format === 'pdf' && options.page && options.page !== 'poster'
            ? await pagedPdf(job, options, { svg, title, notices, ...filters })
            : await encode(svg, format, { title, theme: options.theme });
    await write(job.out, encoded.bytes);
    if (encoded.warning) {
        warnLine(output, `${job.out}: ${encoded.warning}`);
    }
}

/** A PDF of a4, a3 or slides pages, made from the model (pdf/journey-pdf.ts). */
interface DrawnView {
    svg: string;
    title: string;
    notices: string[];
    personas?: string[];
    lanes?: string[];
}

async function pagedPdf(job: Job, options: RenderOptions, drawn: DrawnView): Promise<Encoded> {
    const { journeyPdf } = await loadPdf();
    const journey = selectJourney(job.model, options.journey).journey;
    return journeyPdf({ ...drawn, model: job.model, journey, view: options.view, theme: options.theme, page: options.page!, fontFile });
}

/** --page is for PDF only: say so rather than ignore it. */
function checkPage(options: RenderOptions, format: RenderFormat): void {
    if (options.page !== undefined && format !== 'pdf') {
        throw new UsageError(`--page ${options.page} is for PDF output: write to a .pdf file (or --format pdf with --out-dir)`);
    }
}

function errorCount(target: LoadedJourney): number {
    return diagnosticsOf(target).filter(diagnostic => diagnostic.severity === 1).length;
}

async function renderFile(target: LoadedJourney, changes: RenderDiff | undefined, options: RenderOptions, output: Output): Promise<number> {
    if (!options.output) {
        throw new UsageError('render of a file needs -o OUT (.svg, .html, .png or .pdf)');
    }
    checkPage(options, formatOf(options.output));
    const model = modelOf(target);
    const selection = selectJourney(model, options.journey);
    if (options.journey !== undefined && !selection.journey) {
        throw new UsageError(
            `${target.file.display}: no journey '${options.journey}'${selection.known.length ? `; its journeys are ${selection.known.join(', ')}` : ''}`
        );
    }
    if (!options.journey && model.journeys.length > 1) {
        warnLine(
            output,
            `${target.file.display} has ${model.journeys.length} journeys; drew the first, ${model.journeys[0].id} (choose with --journey ID)`
        );
    }
    const errors = errorCount(target);
    await renderJob({ target, model, errors, out: options.output, changes }, options, output);
    if (errors > 0) {
        warnLine(output, `${target.file.display} has ${plural(errors, 'error')}; the drawing may be incomplete (run cjourney check).`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}

/** DIR/<path relative to the folder, without .cjourney>.<view>.<format> */
function outputPath(folder: string, target: LoadedJourney, options: RenderOptions): string {
    const relative = path.relative(folder, target.file.absolute).replace(/\.cjourney$/, '');
    return path.join(options.outDir!, `${relative}.${options.view}.${options.format}`);
}

async function renderFolder(
    folder: string,
    targets: readonly LoadedJourney[],
    changes: RenderDiff | undefined,
    options: RenderOptions,
    output: Output
): Promise<number> {
    checkPage(options, options.format);
    let failed = 0;
    let written = 0;
    for (const target of targets) {
        const model = modelOf(target);
        // A file of shared definitions has only a stakeholder map to show.
        if (model.journeys.length === 0 && options.view !== 'stakeholders') {
            if (output.isTerminal) output.out(`  skipped ${oneLine(target.file.display)} (shared definitions only)\n`);
            continue;
        }
        const errors = errorCount(target);
        const out = outputPath(folder, target, options);
        const started = performance.now();
        await renderJob({ target, model, errors, out, changes }, options, output);
        written++;
        if (errors > 0) failed++;
        if (output.isTerminal) {
            output.out(
                `  ${oneLine(target.file.display)} → ${oneLine(path.relative(process.cwd(), out))} (${Math.round(performance.now() - started)} ms${errors ? `, ${plural(errors, 'error')}` : ''})\n`
            );
        }
    }
    if (output.isTerminal) {
        output.out(`Rendered ${plural(written, 'file')}${failed ? `, ${failed} with errors` : ''}.\n`);
    }
    if (failed > 0) {
        output.err(`cjourney: ${plural(failed, 'file')} with errors; the drawings may be incomplete (run cjourney check).\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}

export async function runRender(input: string, given: RenderCommandOptions, output: Output): Promise<number> {
    const stat = await fs.stat(input).catch(() => undefined);
    const isFolder = stat?.isDirectory() ?? false;
    // The config of the file, or of the folder for a folder: one view and theme for the whole run.
    const config = await new ProjectConfigs(line => output.err(`cjourney: ${line}\n`)).forFile(
        isFolder ? path.join(path.resolve(input), 'folder') : path.resolve(input)
    );
    const options: RenderOptions = {
        ...given,
        view: given.view ?? config.preview.defaultView ?? 'map',
        theme: given.theme ?? config.theme ?? 'light'
    };
    if (isFolder && !options.outDir) {
        throw new UsageError(`'${input}' is a folder: give --out-dir DIR to render every journey in it`);
    }
    if (isFolder && options.journey !== undefined) {
        throw new UsageError('--journey picks a journey of one file; it cannot be used with a folder');
    }
    if (!isFolder && options.outDir && !options.output) {
        throw new UsageError('--out-dir is for folders; render a file with -o OUT');
    }
    const warn = (message: string) => warnLine(output, message);
    const { targets } = await loadWorkspace([input], options, warn);
    const changes = await loadRenderDiff(input, options, warn);
    if (isFolder) {
        return renderFolder(path.resolve(input), targets, changes, options, output);
    }
    return renderFile(targets[0], changes, options, output);
}
