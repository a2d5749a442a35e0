/** `cjourney export FILE --format json|markdown|mermaid`: the journey model for other tools. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CjourneyModel, Journey } from '@cjourney/language';
import { ExitCode, UsageError } from '../cli-error.js';
import { exportMarkdown } from '../export/markdown.js';
import { exportMermaid } from '../export/mermaid.js';
import { plural } from '../format/diagnostics.js';
import type { Output } from '../output.js';
import { diagnosticsOf, loadWorkspace, modelOf, type WorkspaceOptions } from '../workspace.js';

/** Each export format turns the journey model into text. */
export const EXPORTERS: Readonly<Record<string, (model: CjourneyModel, journeyId?: string) => string>> = {
    json: model => JSON.stringify(model, null, 2) + '\n',
    markdown: model => exportMarkdown(model),
    mermaid: (model, journeyId) => exportMermaid(selectJourney(model, journeyId))
};

/** The journey named `id`, or the file's first journey. */
export function selectJourney(model: CjourneyModel, id: string | undefined): Journey {
    const journey = id === undefined ? model.journeys[0] : model.journeys.find(candidate => candidate.id === id);
    if (!journey) {
        const known = model.journeys.map(candidate => candidate.id).join(', ');
        throw new UsageError(id === undefined ? `${model.file} holds no journey` : `${model.file} has no journey '${id}'${known ? ` (it has ${known})` : ''}`);
    }
    return journey;
}

export interface ExportOptions extends WorkspaceOptions {
    format: string;
    /** Write here instead of standard output. */
    output?: string;
    /** Which journey of the file (Mermaid draws one); default: the first. */
    journey?: string;
}

export async function runExport(input: string, options: ExportOptions, output: Output): Promise<number> {
    const exporter = EXPORTERS[options.format];
    if (!exporter) {
        throw new UsageError(`unknown export format '${options.format}'; use ${Object.keys(EXPORTERS).join(', ')}`);
    }
    const { targets } = await loadWorkspace([input], options, message => output.err(`cjourney: ${message}\n`));
    if (targets.length !== 1) {
        throw new UsageError(`export takes one .cjourney file, but '${input}' holds ${targets.length}`);
    }
    const [target] = targets;
    const text = exporter(modelOf(target), options.journey);
    if (options.output) {
        await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
        await fs.writeFile(options.output, text, 'utf8');
    } else {
        output.out(text);
    }
    const errors = diagnosticsOf(target).filter(diagnostic => diagnostic.severity === 1).length;
    if (errors > 0) {
        output.err(`cjourney: ${target.file.display} has ${plural(errors, 'error')}; the export may be incomplete (run cjourney check).\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}
