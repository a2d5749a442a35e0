#!/usr/bin/env node
/**
 * Where the time of one edit goes (issue 17, part 4): an editor session in-process (the
 * document open, one character of a touchpoint title changed, DocumentBuilder.update as the
 * language server runs it), timed per build phase with the builder's own phase events, then
 * the journey model built from the result (what the preview push adds). Medians over
 * `runs` edits after three warm-up edits, in CPU time of the process (ms; `clock: 'wall'` for
 * wall time). The build is single-threaded, so on an idle machine the two agree; on a busy
 * one CPU time still says what the work costs.
 *
 * Usage: node bench/edit-phases.mjs [touchpoints…]     (default 1000 5000)
 * Exported for bench/suites/66-edit-phases.mjs.
 */
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { buildCjourneyModel, createCJourneyServices, ensureBuiltinDocument } from '@cjourney/language';
import { generateJourney } from './journey-generator.mjs';
import { median } from './lib.mjs';

/** The phases as Langium names its states, and what each does. */
export const PHASES = [
    ['Parsed', 'parse (lexer + parser → AST)'],
    ['IndexedContent', 'index exported names'],
    ['ComputedScopes', 'local scopes'],
    ['Linked', 'link references'],
    ['IndexedReferences', 'index references'],
    ['Validated', 'validate']
];

/** CPU time of this process in ms (user + system): unlike wall time, it does not count the time other processes on a busy machine take. */
function cpuNow() {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}

export async function editPhases(touchpoints, { runs = 7, clock = 'cpu' } = {}) {
    const now = clock === 'cpu' ? cpuNow : () => performance.now();
    const text = generateJourney({ touchpoints });
    const uri = URI.parse(`file:///bench/phases-${touchpoints}.cjourney`);
    const { shared, CJourney } = createCJourneyServices(EmptyFileSystem);
    await ensureBuiltinDocument(shared);
    const builder = shared.workspace.DocumentBuilder;
    let marks = {};
    for (const [state] of PHASES) {
        builder.onBuildPhase(DocumentState[state], () => {
            marks[state] = now();
        });
    }
    const lines = text.split('\n');
    const line = lines.findIndex((content, index) => index >= lines.length / 2 && /^\s*touchpoint \S+ "/.test(content));
    const offset = lines.slice(0, line).reduce((sum, content) => sum + content.length + 1, 0) + lines[line].indexOf('"') + 1;
    let current = text;
    const samples = [];
    for (let i = 0; i < runs + 3; i++) {
        current = i === 0 ? current : current.slice(0, offset) + 'x' + current.slice(offset);
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'cjourney', i, current));
        marks = {};
        const start = now();
        await builder.update([uri], []);
        const built = now();
        buildCjourneyModel(shared.workspace.LangiumDocuments.getDocument(uri));
        const modelled = now();
        if (i < 3) continue;
        let previous = start;
        const sample = {};
        for (const [state] of PHASES) {
            sample[state] = marks[state] - previous;
            previous = marks[state];
        }
        sample.total = built - start;
        sample.model = modelled - built;
        samples.push(sample);
    }
    void CJourney;
    return Object.fromEntries(Object.keys(samples[0]).map(key => [key, median(samples.map(sample => sample[key]))]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const sizes = process.argv.slice(2).map(Number);
    for (const size of sizes.length ? sizes : [1000, 5000]) {
        const result = await editPhases(size);
        console.log(
            size,
            JSON.stringify(result, (key, value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value))
        );
    }
}
