/**
 * `cjourney export FILE --format json|markdown|mermaid`: the journey model for other tools,
 * a Markdown page for wikis and PR descriptions, or a Mermaid journey diagram.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type CjourneyModel, plural, selectJourney } from '@cjourney/model';
import { ExitCode, UsageError } from '../cli-error.js';
import { warnLine, type Output } from '../output.js';
import { exportMarkdown } from '../export/export-markdown.js';
import { exportMermaid } from '../mermaid/export-mermaid.js';
import { diagnosticsOf, loadWorkspace, modelOf, type WorkspaceOptions } from '../workspace.js';

/** Each export format turns the journey model into text. */
export const EXPORTERS: Readonly<Record<string, (model: CjourneyModel) => string>> = {
    json: model => JSON.stringify(model, null, 2) + '\n',
    markdown: exportMarkdown,
    mermaid: exportMermaid
};

export interface ExportOptions extends WorkspaceOptions {
    format: string;
    /** Write here instead of standard output. */
    output?: string;
    /** Export only this journey of the file. */
    journey?: string;
}

export async function runExport(input: string, options: ExportOptions, output: Output): Promise<number> {
    const exporter = EXPORTERS[options.format];
    if (!exporter) {
        throw new UsageError(`unknown export format '${options.format}'; use ${Object.keys(EXPORTERS).join(', ')}`);
    }
    const { targets } = await loadWorkspace([input], options, message => warnLine(output, message));
    if (targets.length !== 1) {
        throw new UsageError(`export takes one .cjourney file, but '${input}' holds ${targets.length}`);
    }
    const [target] = targets;
    const text = exporter(onlyJourney(modelOf(target), options.journey));
    if (options.output) {
        await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
        await fs.writeFile(options.output, text, 'utf8');
    } else {
        output.out(text);
    }
    const errors = diagnosticsOf(target).filter(diagnostic => diagnostic.severity === 1).length;
    if (errors > 0) {
        warnLine(output, `${target.file.display} has ${plural(errors, 'error')}; the export may be incomplete (run cjourney check).`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}

/** The model with only the chosen journey (and no shared definitions), when one is chosen. */
function onlyJourney(model: CjourneyModel, journeyId: string | undefined): CjourneyModel {
    if (journeyId === undefined) {
        return model;
    }
    const choice = selectJourney(model, journeyId);
    if (!choice.journey) {
        throw new UsageError(
            `${model.file} has no journey '${journeyId}'${choice.known.length > 0 ? `; it has ${choice.known.join(', ')}` : ''}`
        );
    }
    return { ...model, journeys: [choice.journey], shared: { stakeholders: [], personas: [], channels: [], sources: [], competitors: [] } };
}
