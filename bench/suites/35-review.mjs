/**
 * Pull-request review: the semantic diff of two versions of a journey (every 20th emotion
 * changed, a pain added to every 50th touchpoint, one touchpoint moved to another stage),
 * its Markdown comment, `cjourney diff` as a whole process, and the Mermaid export and
 * import of the journey.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URI } from 'langium';
import { buildCjourneyModel, loadSources, reservedWords } from '@cjourney/language';
import { diffJourneys } from '@cjourney/model';
import { CLI, ROOT, generatedFile, measure, round, timeProcess } from '../lib.mjs';

const cli = module => import(path.join(ROOT, 'packages/cli/out', module));

export const name = 'review';

/** The edited version: what a typical pull request changes, scaled with the journey. */
function edited(text) {
    let count = 0;
    let changed = text.replace(/emotion (\w+)/g, (whole, emotion) =>
        ++count % 20 === 0 ? `emotion ${emotion === 'angry' ? 'delighted' : 'angry'}` : whole
    );
    count = 0;
    changed = changed.replace(/(\n\s*touchpoint \w+ "[^"]*" \{)/g, whole =>
        ++count % 50 === 0 ? `${whole}\n      pain "Added in review ${count}"` : whole
    );
    // Move the first touchpoint of the first stage to the end of the last stage.
    const first = /\n(\s*touchpoint \w+ "[^"]*" \{[\s\S]*?\n\s*\})/.exec(changed);
    changed = changed.replace(first[0], '');
    const lastStage = changed.lastIndexOf('  stage ');
    const insertAt = changed.indexOf('{', lastStage) + 1;
    return changed.slice(0, insertAt) + '\n' + first[1] + changed.slice(insertAt);
}

export async function run({ sizes }) {
    const { formatDiffMarkdown } = await cli('diff/format-markdown.js');
    const { journeyToMermaid } = await cli('mermaid/export-mermaid.js');
    const { parseMermaidJourney } = await cli('mermaid/parse-mermaid-journey.js');
    const { mermaidToCjourney } = await cli('mermaid/mermaid-to-cjourney.js');
    const rows = [];
    for (const size of sizes) {
        const oldFile = generatedFile(size);
        const oldText = readFileSync(oldFile, 'utf8');
        // The new version in a folder of its own: each version is a workspace.
        const newFile = path.join(mkdtempSync(path.join(tmpdir(), 'cjourney-bench-new-')), path.basename(oldFile));
        writeFileSync(newFile, edited(oldText));
        const load = async (file, text) => buildCjourneyModel((await loadSources([{ uri: URI.file(file).toString(), text }])).documents[0]);
        const before = await load(oldFile, oldText);
        const after = await load(newFile, readFileSync(newFile, 'utf8'));
        const runs = size >= 5000 ? 3 : 7;

        const diff = diffJourneys(before, after);
        rows.push({
            metric: 'semantic diff of two models',
            size,
            unit: 'ms',
            value: round(await measure(() => diffJourneys(before, after), { runs }))
        });
        rows.push({
            metric: 'Markdown comment from the diff',
            size,
            unit: 'ms',
            value: round(await measure(() => formatDiffMarkdown(diff), { runs }))
        });
        rows.push({ metric: 'changes found (summary items)', size, unit: 'kinds', value: diff.summary.items.length });

        const process = timeProcess([CLI, 'diff', oldFile, newFile, '--format', 'markdown'], { runs: size >= 5000 ? 3 : 5 });
        rows.push({ metric: 'cjourney diff, whole process', size, unit: 'ms', value: round(process.ms, 0) });

        const journey = before.journeys[0];
        rows.push({
            metric: 'Mermaid export',
            size,
            unit: 'ms',
            value: round(await measure(() => journeyToMermaid(journey, 'bench.cjourney'), { runs }))
        });
        const mermaid = journeyToMermaid(journey, 'bench.cjourney');
        rows.push({
            metric: 'Mermaid import (parse + .cjourney)',
            size,
            unit: 'ms',
            value: round(
                await measure(
                    () => {
                        const parsed = parseMermaidJourney(mermaid);
                        return mermaidToCjourney(parsed.journey, 'bench.mmd', { reserved: reservedWords() });
                    },
                    { runs }
                )
            )
        });
    }
    return {
        rows,
        notes: ['diff sizes: every 20th emotion changed, a pain added to every 50th touchpoint, one touchpoint moved between stages.']
    };
}
